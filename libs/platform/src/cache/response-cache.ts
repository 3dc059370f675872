import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { getOperationAST, Kind, parse, type OperationDefinitionNode } from 'graphql';
import type { DataEpoch } from './data-epoch.js';

/** Another request computing the same answer: wait for it, but never longer than it is worth. */
function waitFor(p: Promise<Buffer | null>, ms = 5000): Promise<Buffer | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/** A byte-bounded LRU: Map keeps insertion order, so the first key is the least recently used. */
export class ByteLru<V> {
  private readonly map = new Map<string, { value: V; bytes: number; expires: number }>();
  private bytes = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly ttlMs: number,
  ) {}

  get(key: string, now = Date.now()): V | undefined {
    const hit = this.map.get(key);
    if (!hit) return undefined;
    this.map.delete(key);
    if (hit.expires <= now) {
      this.bytes -= hit.bytes;
      return undefined;
    }
    this.map.set(key, hit);
    return hit.value;
  }

  set(key: string, value: V, bytes: number, now = Date.now()): void {
    if (bytes > this.maxBytes) return;
    const old = this.map.get(key);
    if (old) {
      this.map.delete(key);
      this.bytes -= old.bytes;
    }
    this.map.set(key, { value, bytes, expires: now + this.ttlMs });
    this.bytes += bytes;
    for (const [k, v] of this.map) {
      if (this.bytes <= this.maxBytes) break;
      this.map.delete(k);
      this.bytes -= v.bytes;
    }
  }

  get size(): number {
    return this.map.size;
  }
}

export interface ResponseCacheOptions {
  /** Root fields whose whole answer may be cached: read-only, and a function of the data and the caller's scope. */
  rootFields: ReadonlySet<string>;
  maxBytes: number;
  /** Bounds how long an answer may lag the clock (nothing in the data changed, but time passed). */
  ttlMs: number;
  /** Who may share an answer: callers with the same key see exactly the same records. null: do not cache. */
  audienceOf(req: Request): string | null;
}

/** A read-only operation whose root fields are all cacheable. */
function cacheableOperation(op: OperationDefinitionNode | null | undefined, rootFields: ReadonlySet<string>): boolean {
  if (!op || op.operation !== 'query') return false;
  return op.selectionSet.selections.every((s) => s.kind === Kind.FIELD && rootFields.has(s.name.value) && !s.directives?.length);
}

function wroteSomething(body: GraphQLRequestContext<object>['response']['body']): boolean {
  if (body?.kind !== 'single') return true;
  const data = body.singleResult.data as Record<string, unknown> | null | undefined;
  return !!data && Object.values(data).some((v) => v !== null);
}

const MAX_QUERY_CHARS = 8192;

/** What the middleware leaves on a request it could not answer, for the plugin to fill. */
const SLOT = Symbol('responseCacheSlot');
type Slot = { key: string; store(bytes: Buffer): void };

/**
 * Caches whole answers of read-only queries (the lead board) as the bytes sent, per audience and data epoch.
 *
 * The middleware answers a repeated request (same audience, same epoch, same body) without GraphQL, SQL or
 * serialisation; anything else goes on to Apollo. The Apollo plugin decides what may be stored: only a query that
 * was parsed, validated and held to the depth and cost limits, whose root fields are all cacheable, and that
 * produced no error. Any committed write moves the epoch (DataEpoch), so an answer is served only while the data
 * it was computed from is current; mutations move it as they finish, so a caller reads their own writes at once on
 * this process, and on any other as soon as its notification arrives (milliseconds; route a user to one process
 * where even that matters). Concurrent misses on one key are computed once.
 */
export class ResponseCache {
  private readonly bytes: ByteLru<Buffer>;
  private readonly inFlight = new Map<string, Promise<Buffer | null>>();
  /** Query texts seen, and whether their shape may be cached: parsed once each, not per request. */
  private readonly shapes = new Map<string, boolean>();

  constructor(
    private readonly epoch: DataEpoch,
    private readonly options: ResponseCacheOptions,
  ) {
    this.bytes = new ByteLru<Buffer>(options.maxBytes, options.ttlMs);
  }

  get enabled(): boolean {
    return this.options.maxBytes > 0;
  }

  /** Express middleware for the GraphQL route (after the body parser). */
  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
    // Only signed-in callers' JSON bodies of one board query: anything else (mutations, other queries, batches,
    // forms, anonymous requests) is not touched.
    if (!this.enabled || req.method !== 'POST' || !req.is('application/json')) return next();
    const e = this.epoch.current();
    const audience = e === null ? null : this.options.audienceOf(req);
    if (audience === null || !this.looksCacheable(req.body)) return next();
    const key = createHash('sha1').update(`${e}\0${audience}\0${JSON.stringify(req.body)}`).digest('base64');
    const send = (bytes: Buffer) => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': bytes.length, 'x-cache': 'HIT' });
      res.end(bytes);
    };
    const hit = this.bytes.get(key);
    if (hit) return send(hit);
    const pending = this.inFlight.get(key);
    if (pending) {
      void waitFor(pending).then((bytes) => (bytes ? send(bytes) : next()), next);
      return;
    }
    let settle!: (bytes: Buffer | null) => void;
    this.inFlight.set(key, new Promise((resolve) => (settle = resolve)));
    let stored: Buffer | null = null;
    (req as Request & { [SLOT]?: Slot })[SLOT] = {
      key,
      store: (bytes) => {
        stored = bytes;
        // Stored under the epoch the request began in: if the data moved meanwhile, nobody asks for it again.
        this.bytes.set(key, bytes, bytes.length);
      },
    };
    // Computed, whether or not the answer turns out to be cacheable (as CDNs say it).
    res.setHeader('x-cache', 'MISS');
    // Whatever happens to the request (answered, failed, aborted), waiters are released.
    res.once('close', () => {
      this.inFlight.delete(key);
      settle(stored);
    });
    next();
  };

  /** Whether a request body is one operation of a cacheable shape (the plugin checks again after validation). */
  private looksCacheable(body: unknown): boolean {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
    const { query, operationName } = body as { query?: unknown; operationName?: unknown };
    // A board query is a few hundred characters; the memo must not become a store for anything larger.
    if (typeof query !== 'string' || query.length > MAX_QUERY_CHARS || (operationName != null && typeof operationName !== 'string')) return false;
    const key = `${operationName ?? ''}\0${query}`;
    let ok = this.shapes.get(key);
    if (ok === undefined) {
      try {
        ok = cacheableOperation(getOperationAST(parse(query, { noLocation: true }), (operationName as string | undefined) ?? null), this.options.rootFields);
      } catch {
        ok = false;
      }
      if (this.shapes.size >= 1000) this.shapes.clear();
      this.shapes.set(key, ok);
    }
    return ok;
  }

  /** The Apollo plugin: fills the middleware's slot with a cacheable answer; mutations move the epoch. */
  plugin(): ApolloServerPlugin {
    const cacheable = (rc: GraphQLRequestContext<object>): boolean => cacheableOperation(rc.operation, this.options.rootFields);
    return {
      requestDidStart: async () => ({
        willSendResponse: async (rc) => {
          // A mutation that failed wrote nothing (each runs in one transaction): only one that answered moves the epoch.
          if (rc.operation?.operation === 'mutation' && wroteSomething(rc.response.body)) this.epoch.bump();
          const slot = ((rc.contextValue as { req?: Request }).req as (Request & { [SLOT]?: Slot }) | undefined)?.[SLOT];
          const body = rc.response.body;
          if (!slot || !cacheable(rc) || body.kind !== 'single' || body.singleResult.errors?.length || rc.response.http.status) return;
          // The same bytes Apollo sends (runHttpQuery: errors, data, extensions, then a newline).
          const { data, extensions } = body.singleResult;
          slot.store(Buffer.from(`${JSON.stringify({ data, extensions })}\n`));
        },
      }),
    };
  }
}
