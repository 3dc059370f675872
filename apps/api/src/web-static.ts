import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { INestApplication } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import { AppLogger } from '../../../libs/platform/src/index.js';
import { boardFirstPaint } from './board-first-paint.js';

/** Paths the API answers itself; everything else that a browser navigates to is the single-page app. */
const API_PREFIXES = ['/graphql', '/imports', '/exports', '/health', '/admin/queues'];

/**
 * Finds the built web UI (apps/web/dist): WEB_DIST when set, else the first apps/web/dist/index.html above this
 * file (the compiled dist/apps/api/src and the sources under Jest both find the repository's build).
 */
export function findWebDist(from = dirname(fileURLToPath(import.meta.url))): string | null {
  if (process.env.WEB_DIST) return existsSync(join(process.env.WEB_DIST, 'index.html')) ? resolve(process.env.WEB_DIST) : null;
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'apps/web/dist');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

/**
 * Serves the web UI from the API's origin: hashed files under /assets/ cached for a year (their names change
 * with their content), index.html never cached, and any other GET that wants HTML answered with index.html so
 * that deep links (/leads/42) survive a reload; /board with the session cookie comes with its columns rendered
 * (board-first-paint.ts). Without a build the API runs as before.
 */
export function mountWebUi(app: INestApplication, dist = findWebDist()): boolean {
  if (!dist) return false;
  const index = join(dist, 'index.html');
  const board = boardFirstPaint(dist, index, app.get(AppLogger));
  const files = express.static(dist, {
    index: false,
    fallthrough: true,
    setHeaders(res, path) {
      if (path.includes(`${join(dist, 'assets')}`)) res.setHeader('cache-control', 'public, max-age=31536000, immutable');
      else res.setHeader('cache-control', 'no-cache');
    },
  });
  const isApi = (path: string) => API_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`) || path.startsWith(`${p}?`));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApi(req.path)) return next();
    files(req, res, () => {
      // A missing hashed asset is a 404, not the app (a stale tab asking for an old chunk must see it fail).
      if (req.path.startsWith('/assets/') || !(req.headers.accept ?? '').includes('text/html')) return next();
      (req.path === '/board' && req.method === 'GET' ? board(req, res) : Promise.resolve(false)).then((served) => {
        if (served) return;
        res.setHeader('cache-control', 'no-cache');
        res.sendFile(index);
      }, next);
    });
  });
  return true;
}
