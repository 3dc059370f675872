// Plain JS: Jest loads globalSetup outside the ESM/TS pipeline. It only clears the previous run's template;
// the first suite of this run migrates a fresh one (see template.ts), so the migrations run in one place.
import pg from 'pg';

export default async function globalSetup() {
  const base = process.env.TEST_PG_BASE ?? 'postgres://postgres@127.0.0.1:5432';
  const client = new pg.Client({ connectionString: `${base}/postgres` });
  await client.connect();
  try {
    await client.query('DROP DATABASE IF EXISTS lianzhao_template WITH (FORCE)');
    await client.query('DROP DATABASE IF EXISTS lianzhao_template_build WITH (FORCE)');
    const stale = await client.query(`SELECT datname FROM pg_database WHERE datname LIKE 'lz_suite_%'`);
    for (const { datname } of stale.rows) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
