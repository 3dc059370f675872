import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/** The server the tests use; each suite gets its own database on it, cloned from a migrated template. */
export const TEST_PG_BASE = process.env.TEST_PG_BASE ?? 'postgres://postgres@127.0.0.1:5432';
export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * The template is named for the migrations it holds, so a changed migration gets a new template and runs of
 * different checkouts (or two Jest runs at once) never clone each other's or drop one in use.
 */
function migrationsHash(): string {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '../../migrations');
  const hash = createHash('sha256');
  for (const f of readdirSync(dir).filter((n) => /\.(ts|js)$/.test(n)).sort()) hash.update(f).update(readFileSync(join(dir, f)));
  return hash.digest('hex').slice(0, 12);
}
export const TEMPLATE_DB = `lianzhao_template_${migrationsHash()}`;

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
