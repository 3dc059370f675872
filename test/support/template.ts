import pg from 'pg';
import { loadConfig } from '../../libs/platform/src/index.js';
import { migrate } from '../../scripts/migrate.js';
import { dbUrl, TEMPLATE_DB, TEST_PG_BASE } from './databases.js';

/**
 * The migrated template every suite clones. The first suite of a run builds it; an advisory lock keeps the
 * two Jest workers from building it twice.
 */
export async function ensureTemplate(): Promise<void> {
  const client = new pg.Client({ connectionString: `${TEST_PG_BASE}/postgres` });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(7100)');
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEMPLATE_DB]);
    if (!rowCount) {
      // A build left half-done by a crashed run is ours to replace: we hold the lock every builder takes.
      await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB}_build WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${TEMPLATE_DB}_build`);
      await migrate(loadConfig({ DATABASE_URL: dbUrl(`${TEMPLATE_DB}_build`) }));
      // Renamed only when complete, so a half-migrated template is never cloned.
      await client.query(`ALTER DATABASE ${TEMPLATE_DB}_build RENAME TO ${TEMPLATE_DB}`);
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock(7100)').catch(() => undefined);
    await client.end();
  }
}
