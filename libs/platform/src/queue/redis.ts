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
  return new Redis(url, { ...options, lazyConnect: false, ...extra });
}

export function describeRedisUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 6379}`;
  } catch {
    return url;
  }
}
