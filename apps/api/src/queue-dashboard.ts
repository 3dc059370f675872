import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AuthService } from '../../../libs/identity/src/auth.service.js';
import { Role } from '../../../libs/identity/src/role.js';
import { QueueRegistry } from '../../../libs/platform/src/index.js';
import { sessionToken } from './session-cookie.js';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * The BullMQ dashboard, for administrators only. A browser cannot send a bearer header on navigation,
 * so the token may also come as the `lz_token` cookie the web UI sets.
 */
export function mountQueueDashboard(app: INestApplication): void {
  const auth = app.get(AuthService);
  const queues = app.get(QueueRegistry);
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({ queues: queues.all().map((q) => new BullMQAdapter(q)), serverAdapter });

  const adminOnly = async (req: Request, res: Response, next: NextFunction) => {
    const cookieToken = sessionToken(req);
    const header = req.headers.authorization ?? (cookieToken ? `Bearer ${cookieToken}` : undefined);
    const scope = await auth.resolveScope(header).catch(() => null);
    if (!scope) return res.status(401).json({ error: 'UNAUTHENTICATED' });
    if (scope.role !== Role.ADMIN) return res.status(403).json({ error: 'FORBIDDEN' });
    next();
  };
  app.use(QUEUE_DASHBOARD_PATH, adminOnly, serverAdapter.getRouter());
}
