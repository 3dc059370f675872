// Plain JS: Jest loads globalSetup outside the ESM/TS pipeline. It clears what earlier runs left behind: suite
// databases and templates nobody is connected to. Without FORCE, so a Jest run going on beside this one (another
// checkout, a second terminal) keeps its databases; templates are named for their migrations (databases.ts).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/** Same name as TEMPLATE_DB in databases.ts: the current template is kept for runs going on beside this one. */
function currentTemplate() {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '../../migrations');
  const hash = createHash('sha256');
  for (const f of readdirSync(dir).filter((n) => /\.(ts|js)$/.test(n)).sort()) hash.update(f).update(readFileSync(join(dir, f)));
  return `lianzhao_template_${hash.digest('hex').slice(0, 12)}`;
}

export default async function globalSetup() {
  const base = process.env.TEST_PG_BASE ?? 'postgres://postgres@127.0.0.1:5432';
  const client = new pg.Client({ connectionString: `${base}/postgres` });
  await client.connect();
  try {
    const stale = await client.query(
      `SELECT d.datname FROM pg_database d
       WHERE (d.datname LIKE 'lz\\_suite\\_%' OR d.datname LIKE 'lianzhao\\_template%')
         AND d.datname NOT IN ($1::text, $1::text || '_build')
         AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = d.datname)`,
      [currentTemplate()],
    );
    for (const { datname } of stale.rows) await client.query(`DROP DATABASE IF EXISTS ${datname}`).catch(() => undefined);
  } finally {
    await client.end();
  }
}
