import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { UsersService } from '../../../libs/identity/src/users.service.js';
import { AppConfig, AppLogger, createValidationPipe, OutboxRelay } from '../../../libs/platform/src/index.js';
import { AppModule } from './app.module.js';
import { mountQueueDashboard } from './queue-dashboard.js';
import { mountWebUi } from './web-static.js';

/** Builds the API application; main.ts and the end-to-end tests both start it this way. */
export async function createApiApp(config: AppConfig, opts: { relay?: boolean } = {}): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(config), { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(AppLogger));
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  mountQueueDashboard(app);
  mountWebUi(app);
  await app.get(UsersService).ensureFirstAdmin();
  // Every process may relay the outbox; SKIP LOCKED keeps replicas from sending a row twice.
  if (opts.relay ?? true) app.get(OutboxRelay).start();
  return app;
}
