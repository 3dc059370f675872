import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import { createHash } from 'node:crypto';
import { Kind } from 'graphql';
import type { DataEpoch } from './data-epoch.js';

type Result = { data?: unknown; errors?: unknown; extensions?: unknown };

/** Another request computing the same answer: wait for it, but never longer than it is worth. */
function waitFor(p: Promise<Result | null> | undefined, ms = 5000): Promise<Result | null> | null {
  if (!p) return null;
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
  audienceOf(context: unknown): string | null;
}

/**
 * Caches whole answers of read-only queries (the lead board) per audience and data epoch. A hit costs no SQL and
 * no resolver; the query is still parsed, validated and held to the depth and cost limits first. Any committed
 * write moves the epoch (DataEpoch), so an answer is served only while the data it was computed from is current.
 * Concurrent misses on one key compute it once. Mutations bump the epoch when they finish, so a caller always
 * reads their own writes.
 */
export function responseCachePlugin(epoch: DataEpoch, options: ResponseCacheOptions): ApolloServerPlugin {
  const cache = new ByteLru<Result>(options.maxBytes, options.ttlMs);
  const inFlight = new Map<string, Promise<Result | null>>();

  const cacheable = (rc: GraphQLRequestContext<object>): boolean => {
    const op = rc.operation;
    if (!op || op.operation !== 'query') return false;
    return op.selectionSet.selections.every((s) => s.kind === Kind.FIELD && options.rootFields.has(s.name.value) && !s.directives?.length);
  };

  return {
    async requestDidStart() {
      let key: string | null = null;
      let settle: ((r: Result | null) => void) | null = null;
      let mutation = false;
      return {
        async responseForOperation(rc) {
          mutation = rc.operation?.operation === 'mutation';
          if (options.maxBytes <= 0 || !cacheable(rc)) return null;
          const audience = options.audienceOf(rc.contextValue);
          const e = epoch.current();
          if (audience === null || e === null) return null;
          key = createHash('sha1')
            .update(`${e}\0${audience}\0${rc.queryHash}\0${rc.operationName ?? ''}\0${JSON.stringify(rc.request.variables ?? {})}`)
            .digest('base64');
          const found = cache.get(key) ?? (await waitFor(inFlight.get(key))) ?? undefined;
          if (found) {
            key = null;
            return { http: { headers: new HeaderMap(), status: undefined }, body: { kind: 'single', singleResult: found as never } };
          }
          inFlight.set(key, new Promise((resolve) => (settle = resolve)));
          return null;
        },
        async willSendResponse(rc) {
          if (mutation) epoch.bump();
          if (!key) return;
          const body = rc.response.body;
          const result = body.kind === 'single' && !body.singleResult.errors?.length ? (body.singleResult as Result) : null;
          // Stored under the epoch the request began in: if the data moved meanwhile, nobody asks for it again.
          if (result) cache.set(key, result, JSON.stringify(result).length * 2);
          inFlight.delete(key);
          settle?.(result);
        },
      };
    },
  };
}
