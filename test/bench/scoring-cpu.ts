/**
 * The scoring part of a profile recompute, alone, for a CPU profile:
 *   node --cpu-prof --cpu-prof-dir=/tmp/lz-cpu dist/test/bench/scoring-cpu.js
 * Reads the facts of up to SCORING_ROWS enterprises from SCORING_DB (a database the profiles benchmark left)
 * once, then scores them SCORING_ROUNDS times with the engine the worker uses and prints µs per enterprise,
 * with and without the parse step (toFacts), so the profile shows only Node work.
 */
import pg from 'pg';
import { factsQuery, toFacts, type FactsRow } from '../../libs/enterprises/src/profiles/profile-facts.js';
import type { ProfilingModelConfig } from '../../libs/enterprises/src/profiling/model.js';
import { computeProfile } from '../../libs/enterprises/src/profiling/score.js';
import { shanghaiDate } from '../../libs/platform/src/index.js';
import { PG_BASE, now } from './bench-support.js';

const DB = process.env.SCORING_DB ?? 'lz_bench_profiles';
const ROWS = Number(process.env.SCORING_ROWS ?? 50_000);
const ROUNDS = Number(process.env.SCORING_ROUNDS ?? 5);

const db = new pg.Client({ connectionString: `${PG_BASE}/${DB}` });
await db.connect();
try {
  const [model] = (await db.query('SELECT version, config FROM profiling_models WHERE active')).rows as { version: number; config: ProfilingModelConfig }[];
  const asOf = shanghaiDate(new Date());
  const sql = factsQuery('e.id IN (SELECT id FROM enterprises ORDER BY id LIMIT $1)', { onlyChanged: false, modelParam: '$2', asOfParam: '$3' });
  const rows: FactsRow[] = (await db.query(sql, [ROWS, model!.version, asOf])).rows;
  console.log(`${rows.length} enterprises from ${DB}`);
  let sink = 0;
  for (let round = 1; round <= ROUNDS; round++) {
    const t = now();
    for (const r of rows) sink += computeProfile(toFacts(r), model!.config, asOf).total;
    const ms = now() - t;
    console.log(`round ${round}: ${ms.toFixed(0)} ms, ${((1000 * ms) / rows.length).toFixed(1)} µs per enterprise`);
  }
  const facts = rows.map(toFacts);
  const t = now();
  for (const f of facts) sink += computeProfile(f, model!.config, asOf).total;
  const ms = now() - t;
  console.log(`computeProfile only (facts parsed beforehand): ${((1000 * ms) / rows.length).toFixed(1)} µs per enterprise (checksum ${sink.toFixed(0)})`);
} finally {
  await db.end();
}
