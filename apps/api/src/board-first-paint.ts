import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoggerService } from '@nestjs/common';
import type { Request, Response } from 'express';
import jwt from 'jsonwebtoken';
import { cookieValue, sessionToken } from './session-cookie.js';

/** What apps/web/src/entry-server.tsx exports (built by `vite build --ssr` into apps/web/dist-ssr). */
interface BoardRenderer {
  sessionRequest: GraphQLRequest;
  boardRequest(search: string, meId: string): GraphQLRequest;
  renderBoard(input: { url: string; lang: 'zh-CN' | 'en'; expiresAt: string; session: { me: { id: string } | null }; board: unknown }): Promise<{ root: string; data: string }>;
}
interface GraphQLRequest { operationName: string; query: string; variables: unknown }

/** The data must come quickly, or the browser gets the plain app (which shows its shell and fetches itself). */
const DATA_TIMEOUT_MS = 3_000;

/**
 * The board (/board) opened with the session cookie answers HTML with its columns already in it: the web app's own
 * components rendered here (entry-server.tsx), from the same two GraphQL requests the page would send, made to
 * this server with the caller's token so every scope rule and the response cache apply as for the browser. The
 * browser paints it before any JavaScript runs, then hydrates it.
 *
 * The head goes out at once (the browser reads the stylesheet while the board is computed); the body follows with
 * the board, or, should anything be amiss (an invalid token, no SSR build, an error), empty: the app in the browser
 * then does the rest as it does on every other page.
 */
export function boardFirstPaint(dist: string, index: string, logger?: LoggerService) {
  const bundle = join(dist, '..', 'dist-ssr', 'entry-server.js');
  let renderer: Promise<BoardRenderer | null> | undefined;
  const load = () =>
    (renderer ??= existsSync(bundle)
      ? import(pathToFileURL(bundle).href).then((m) => m as BoardRenderer, (e) => (logger?.warn(`board first paint unavailable: ${(e as Error).message}`), null))
      : Promise.resolve(null));

  /** Answers the request and resolves true, or resolves false (no session cookie: the plain index.html serves it). */
  return async function serve(req: Request, res: Response): Promise<boolean> {
    const token = sessionToken(req);
    const claims = token ? (jwt.decode(token) as { sub?: unknown; exp?: unknown } | null) : null;
    if (!token || typeof claims?.sub !== 'string' || typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now()) return false;
    const [ssr, template] = await Promise.all([load(), readFile(index, 'utf8')]);
    if (!ssr) return false;
    const lang = cookieValue(req, 'lz_lang') === 'en' ? 'en' : 'zh-CN';
    const [head, body] = split(template, lang);
    // One user's board: never kept by a cache, and another cookie is another page.
    res.setHeader('cache-control', 'private, no-store');
    res.setHeader('vary', 'Cookie');
    res.type('html');
    res.write(head);
    let painted = '<div id="root"></div>';
    try {
      const search = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
      const post = (request: GraphQLRequest) => loopback(req, token, request);
      const [session, board] = await Promise.all([post(ssr.sessionRequest), post(ssr.boardRequest(search, claims.sub))]);
      if (session && board && (session as { me?: { id?: string } }).me?.id === claims.sub) {
        const { root, data } = await ssr.renderBoard({
          url: req.originalUrl, lang, expiresAt: new Date(claims.exp * 1000).toISOString(), session: session as { me: { id: string } }, board,
        });
        painted = `<div id="root">${root}</div>${data}`;
      }
    } catch (e) {
      logger?.warn(`board first paint skipped: ${(e as Error).message}`);
    }
    res.end(body.replace('<div id="root"></div>', () => painted));
    return true;
  };
}

/**
 * index.html as a head to send at once and a body to fill in. Rendering waits for the end of the board (the data
 * element after it), so that the browser lays the page out and paints it once, not a part at every pause of the
 * parser; a body without the board ends that wait when it ends.
 */
function split(template: string, lang: 'zh-CN' | 'en'): [string, string] {
  const html = afterFirstPaint(template)
    .replace('<html lang="zh-CN">', `<html lang="${lang}">`)
    .replace('</title>', '</title><link rel="expect" href="#lz-first-paint" blocking="render">');
  const at = html.indexOf('<body>');
  return [html.slice(0, at), html.slice(at)];
}

/**
 * The app's entry runs once the whole board has been painted (the first frame after the HTML is parsed): as a module
 * script it would run as soon as the HTML is parsed, before the browser paints, and hold the painted board back by
 * the whole app's start-up. Its preload links go too: the browser compiles a preloaded module as it arrives, on the
 * thread that is parsing the board.
 */
function afterFirstPaint(template: string): string {
  return template.replace(/<link rel="modulepreload"[^>]*>/g, '').replace(/<script type="module" crossorigin src="([^"]+)"><\/script>/, (_, src: string) =>
    `<script>document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(() => setTimeout(() => { const s = document.createElement('script'); s.type = 'module'; s.crossOrigin = ''; s.src = ${JSON.stringify(src)}; document.head.append(s); })));</script>`);
}

/**
 * One GraphQL request to this very server, as the caller; null unless it answered data without errors. A fresh
 * connection each time (agent: false): a pooled keep-alive socket would outlive the request and hold a process
 * (or a test's worker) open after the server has closed.
 */
function loopback(req: Request, token: string, body: GraphQLRequest): Promise<unknown> {
  const { localAddress, localPort } = req.socket;
  const host = !localAddress || localAddress === '::' || localAddress === '0.0.0.0' ? '127.0.0.1' : localAddress.replace(/^::ffff:/, '');
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const out = httpRequest({
      host, port: localPort, path: '/graphql', method: 'POST', agent: false, timeout: DATA_TIMEOUT_MS,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), authorization: `Bearer ${token}` },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        if (res.statusCode !== 200) return resolve(null);
        try {
          const json = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data?: unknown; errors?: unknown[] };
          resolve(json.errors?.length ? null : (json.data ?? null));
        } catch (e) {
          reject(e);
        }
      });
    });
    out.on('timeout', () => out.destroy(new Error(`no answer within ${DATA_TIMEOUT_MS} ms`)));
    out.on('error', reject);
    out.end(payload);
  });
}
