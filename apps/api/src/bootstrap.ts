import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { UsersService } from '../../../libs/identity/src/users.service.js';
import { AppConfig, AppLogger, createValidationPipe, OutboxRelay } from '../../../libs/platform/src/index.js';
import { HttpErrorFilter } from '../../../libs/platform/src/errors/http-error.filter.js';
import { AppModule } from './app.module.js';
import { mountQueueDashboard, QUEUE_DASHBOARD_PATH } from './queue-dashboard.js';
import { originsOf, sameOriginForCookies } from './same-origin.js';
import { mountWebUi } from './web-static.js';

/** Builds the API application; main.ts and the end-to-end tests both start it this way. */
export async function createApiApp(config: AppConfig, opts: { relay?: boolean } = {}): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(config), { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(AppLogger));
  app.useGlobalPipes(createValidationPipe());
  // Bad JSON and oversized bodies on /graphql answer in GraphQL's shape with a contract code.
  app.useGlobalFilters(new HttpErrorFilter(app.getHttpAdapter()));
  // Nothing to tell a stranger about the stack.
  const express = app.getHttpAdapter().getInstance() as { disable(setting: string): void };
  express.disable('x-powered-by');
  // An ETag on a GraphQL POST answer is never revalidated, yet hashing a 70 KB board costs more than sending it.
  express.disable('etag');
  app.enableShutdownHooks();
  // Cookie-authenticated routes refuse cross-site requests (CSRF); must come before the routes themselves.
  app.use(['/imports', '/exports', QUEUE_DASHBOARD_PATH], sameOriginForCookies(originsOf(config.PUBLIC_URL)));
  mountQueueDashboard(app);
  mountWebUi(app);
  await app.get(UsersService).ensureFirstAdmin();
  // Every process may relay the outbox; SKIP LOCKED keeps replicas from sending a row twice.
  if (opts.relay ?? true) app.get(OutboxRelay).start();
  return app;
}
