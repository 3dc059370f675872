import pg from 'pg';

/** The server the tests use; each suite gets its own database on it, cloned from a migrated template. */
export const TEST_PG_BASE = process.env.TEST_PG_BASE ?? 'postgres://postgres@127.0.0.1:5432';
export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
export const TEMPLATE_DB = 'lianzhao_template';

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${TEST_PG_BASE}/postgres` });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export const dbUrl = (name: string) => `${TEST_PG_BASE}/${name}`;
