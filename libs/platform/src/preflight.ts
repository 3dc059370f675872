import pg from 'pg';
import type { AppConfig } from './config/app-config.js';
import { closeRedis, createRedis, describeRedisUrl } from './queue/redis.js';

export class ServiceUnreachableError extends Error {}

function describePgUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return url;
  }
}

/**
 * Checks that PostgreSQL and Redis answer before anything else starts, so an operator reads one line that
 * names the service, where it was looked for and how to start it — not a stack trace from deep in a driver.
 */
export async function preflight(config: AppConfig, opts: { createDatabase?: boolean } = {}): Promise<void> {
  await checkPostgres(config.DATABASE_URL, opts.createDatabase ?? false);
  await checkRedis(config.REDIS_URL);
}

async function checkPostgres(url: string, createDatabase: boolean): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
  } catch (error) {
    const err = error as { code?: string; message: string };
    if (err.code === '3D000') {
      if (createDatabase) return createMissingDatabase(url);
      throw new ServiceUnreachableError(
        `PostgreSQL at ${describePgUrl(url)} has no such database yet: run \`npm start\` or \`npm run migrate\`, which create and migrate it.`,
      );
    }
    throw new ServiceUnreachableError(
      `PostgreSQL is not reachable at ${describePgUrl(url)} (${err.code ?? err.message}). ` +
        `Start it (e.g. \`pg_ctlcluster 15 main start\` or \`docker compose up -d postgres\`) or set DATABASE_URL.`,
    );
  }
}

/** A fresh machine has a server but not our database yet: create it rather than make the user do it. */
async function createMissingDatabase(url: string): Promise<void> {
  const u = new URL(url);
  const name = u.pathname.slice(1);
  u.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: u.toString(), connectionTimeoutMillis: 3000 });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
}

async function checkRedis(url: string): Promise<void> {
  const redis = createRedis(url, 'producer', { lazyConnect: true, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new ServiceUnreachableError(
      `Redis is not reachable at ${describeRedisUrl(url)} (${(error as Error).message}). ` +
        `Start it (e.g. \`redis-server --daemonize yes\` or \`docker compose up -d redis\`) or set REDIS_URL.`,
    );
  } finally {
    await closeRedis(redis);
  }
}
