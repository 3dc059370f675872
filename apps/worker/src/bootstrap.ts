import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, AppLogger, OutboxRelay } from '../../../libs/platform/src/index.js';
import { WorkerModule } from './worker.module.js';

/** The worker: BullMQ processors and the outbox relay, no HTTP. */
export async function createWorker(config: AppConfig, opts: { relay?: boolean } = {}): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(AppLogger));
  await app.init();
  if (opts.relay ?? true) app.get(OutboxRelay).start();
  return app;
}
