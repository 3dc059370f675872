import { Redis, type RedisOptions } from 'ioredis';

/**
 * Producers must fail fast when Redis is down (the outbox keeps the work); workers must wait forever
 * (BullMQ requires maxRetriesPerRequest: null for blocking commands).
 */
export function createRedis(url: string, role: 'producer' | 'worker', extra: RedisOptions = {}): Redis {
  const options: RedisOptions =
    role === 'producer'
      ? { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000, retryStrategy: (n) => Math.min(n * 200, 2000) }
      : { maxRetriesPerRequest: null, retryStrategy: (n) => Math.min(n * 200, 2000) };
  // A connection being closed is destroyed 200 ms after its end if it lingers (ioredis waits 2 s, holding the process).
  return new Redis(url, { ...options, lazyConnect: false, disconnectTimeout: 200, ...extra });
}

/** Ends a connection now: QUIT on a live one has Redis close it at once; any other is dropped. */
export async function closeRedis(redis: Redis): Promise<void> {
  if (redis.status === 'ready') await redis.quit().catch(() => redis.disconnect());
  else redis.disconnect();
}

export function describeRedisUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 6379}`;
  } catch {
    return url;
  }
}
