import { hostname } from 'node:os';
import type { Redis } from 'ioredis';

/**
 * Workers say they are alive in one sorted set per deployment (member: host:pid, score: when last seen), so the API's
 * /health can tell "the worker is down" apart from "Redis is down" without asking Redis for its client list.
 */
export const HEARTBEAT_EVERY_MS = 3000;
/** A worker not seen for this long is down (a few missed beats, so a busy event loop is not a death). */
export const HEARTBEAT_STALE_MS = 10_000;

export const workerHeartbeatKey = (prefix: string) => `${prefix}:workers:alive`;
export const workerHeartbeatMember = () => `${hostname()}:${process.pid}`;

export async function beat(redis: Redis, prefix: string, now = Date.now()): Promise<void> {
  const key = workerHeartbeatKey(prefix);
  await redis.multi().zadd(key, now, workerHeartbeatMember()).zremrangebyscore(key, 0, now - 6 * HEARTBEAT_STALE_MS).pexpire(key, 6 * HEARTBEAT_STALE_MS).exec();
}

export async function liveWorkers(redis: Redis, prefix: string, now = Date.now()): Promise<number> {
  return redis.zcount(workerHeartbeatKey(prefix), now - HEARTBEAT_STALE_MS, '+inf');
}
