/**
 * Profiling benchmark ("Precise profiling"; `node dist/test/bench/profiles.bench.js`, BENCH_SIZE=200000 for a
 * quick run): seeds a large registry and measures the profile engine through the real API + worker —
 * a full recompute against a bare SQL UPDATE of a comparable score, the worker's peak memory, a recompute after
 * 10% of the inputs changed, and the delay from an updateEnterprise to the new profile. Missed targets are
 * reported as FAIL; the exit code is non-zero only when something crashed.
 */
import 'reflect-metadata';
import { cpus, loadavg } from 'node:os';
import pg from 'pg';
import { idRange } from '../../libs/profiles/src/profile-facts.js';
import { profileStepSql } from '../../libs/profiles/src/profiles.repository.js';
import type { ProfilingModelConfig } from '../../libs/profiles/src/engine/model.js';
import { shanghaiDate } from '../../libs/platform/src/index.js';
import {
  benchDatabase, fmt, freePort, gql, memoryOf, now, percentiles, printTable, REDIS_URL, runBench,
  SCRIPTS, seedRegistry, signIn, sleep, startChild, verdict, waitForQuiet, type Child,
} from './bench-support.js';

const BENCH_SIZE = Number(process.env.BENCH_SIZE ?? 1_000_000);
const DB_NAME = 'lz_bench_profiles';
const QUEUE_PREFIX = 'lzbench-profiles';
const ADMIN = { email: 'bench-admin@lianzhao.local', password: 'bench-admin-password' };
const TARGET = { fullVsUpdate: 2, workerPeakMb: 512, changedVsFull: 0.3, delayP95Ms: 2000 };
const DELAY_SAMPLES = 50;
const DELAY_POLL_MS = 20;
/** The worker's step size (ProfilerService RANGE), for the per-step breakdown. */
const STEP = 5000;
/**
 * The worker runs as production runs it: scripts/start.ts and docker-compose.yml start it with
 * --max-old-space-size=320. BENCH_WORKER_NODE_OPTIONS overrides it ('' for a plain `node`).
 */
const WORKER_NODE_OPTIONS = process.env.BENCH_WORKER_NODE_OPTIONS ?? '--max-old-space-size=320';

/**
 * The baseline: one UPDATE writing a score of comparable shape (four indicators of the joined enterprise, each
 * scaled to 0..1 and saturating, weighted to 0..100) to every profile row. It reads the same enterprise rows and
 * writes the same number of profile rows as the full recompute, with none of the engine's rules.
 *   revenue (fen → 万元) on a log scale, full marks at 10亿元      35 points
 *   R&D intensity rd_expense / revenue, full marks at 10%        25 points
 *   employees, full marks at 1,000                               20 points
 *   invention patents, full marks at 20                          20 points
 */
const BASELINE_SQL = `
  UPDATE enterprise_profiles p SET
    total = least(100, greatest(0, round((
        35 * least(1, ln(1 + greatest(coalesce(e.revenue, 0), 0)::float8 / 1e6) / ln(1 + 1e5))
      + 25 * least(1, greatest(coalesce(e.rd_expense, 0), 0)::float8 / greatest(coalesce(e.revenue, 0), 1) / 0.10)
      + 20 * least(1, coalesce(e.employees, 0) / 1000.0)
      + 20 * least(1, coalesce(e.invention_patents, 0) / 20.0)
    )::numeric, 2))),
    computed_at = now()
  FROM enterprises e
  WHERE e.id = p.enterprise_id`;

const JOB_QUERY = 'query($id: ID!) { job(id: $id) { state progress failedReason result } }';
const ENTERPRISE_QUERY = 'query($id: ID!) { enterprise(id: $id) { id version uscc name status revenue profile { computedAt } } }';
const COMPUTED_AT_QUERY = 'query($id: ID!) { enterprise(id: $id) { profile { computedAt } } }';
const UPDATE_MUTATION = 'mutation($id: ID!, $input: EnterpriseInput!) { updateEnterprise(id: $id, input: $input) { id version } }';

const summary: string[][] = [];
const log = (s: string) => console.log(s);

runBench(async () => {
  log(`Profiling benchmark: ${fmt.int(BENCH_SIZE)} enterprises (${cpus().length} cores)`);

  // ---------- 1. fresh database, seed ----------
  const { databaseUrl, db } = await benchDatabase(DB_NAME, QUEUE_PREFIX);
  const { seeded, ms: seedMs } = await seedRegistry(databaseUrl, BENCH_SIZE);
  let t = now();
  await db.query('VACUUM ANALYZE');
  log(`   Seeded ${fmt.int(seeded)} enterprises in ${fmt.s(seedMs)} (${fmt.rate(seeded, seedMs)})`);

  // ---------- 2. API, worker, and the first recompute (fills enterprise_profiles) ----------
  const port = await freePort(3911);
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    DATABASE_URL: databaseUrl, REDIS_URL, QUEUE_PREFIX, PORT: String(port), LOG_LEVEL: 'warn', DEMO_DATA: 'false',
    ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, JWT_SECRET: 'bench-profiles-secret-0123456789', NODE_ENV: 'production',
  };
  const workerEnv = { ...env, NODE_OPTIONS: WORKER_NODE_OPTIONS };
  await startChild('api', SCRIPTS.api, env, /API listening/);
  const token = await signIn(baseUrl, ADMIN.email, ADMIN.password);
  log(`   worker started with NODE_OPTIONS='${WORKER_NODE_OPTIONS}'`);
  let worker = await startChild('worker', SCRIPTS.worker, workerEnv, /worker started/);

  const recompute = async (label: string) => {
    const started = now();
    const { recomputeProfiles: job } = await gql<{ recomputeProfiles: { id: string } }>(baseUrl, 'mutation { recomputeProfiles { id } }', {}, token);
    let lastShown = -1;
    for (;;) {
      const { job: j } = await gql(baseUrl, JOB_QUERY, { id: job.id }, token);
      if (j.state === 'COMPLETED') {
        const ms = now() - started;
        log(`   ${label}: ${fmt.s(ms)}, ${fmt.int(j.result?.written ?? 0)} profiles written (${fmt.rate(j.result?.written ?? 0, ms)})`);
        return { ms, written: Number(j.result?.written ?? 0) };
      }
      if (j.state === 'FAILED') throw new Error(`${label} failed: ${j.failedReason}`);
      // No worker, no progress: say so now rather than wait out the timeout.
      if (worker.proc.exitCode !== null || worker.proc.signalCode !== null) {
        throw new Error(`${label}: the worker died (code ${worker.proc.exitCode}, signal ${worker.proc.signalCode}) at ${(j.progress ?? 0).toFixed(1)}%`);
      }
      if (now() - started > 60 * 60_000) throw new Error(`${label} still ${j.state} after an hour`);
      const decile = Math.floor((j.progress ?? 0) / 20);
      if (decile > lastShown) {
        log(`     ${fmt.s(now() - started).padStart(7)}  ${j.state} ${(j.progress ?? 0).toFixed(0)}%`);
        lastShown = decile;
      }
      await sleep(100);
    }
  };

  log('\n2. First recompute (empty enterprise_profiles: inserts every profile and its first history row)');
  const first = await recompute('first recompute');
  const quiet = () => waitForQuiet(db, QUEUE_PREFIX, { say: log });
  const firstSettle = await quiet();
  const firstMem = memoryOf(worker.pid);
  log(`   the work it started (chain-gap analysis, then re-profiling where a node's need moved) took ${fmt.s(firstSettle)} more`);
  log(`   worker VmHWM ${fmt.mb(firstMem.peakMb)}`);
  summary.push(
    [`first recompute (inserts ${fmt.int(first.written)})`, `${fmt.s(first.ms)}, ${fmt.rate(first.written, first.ms)}`, '', ''],
    ['  + the gap analysis and re-profiling it started', fmt.s(firstSettle), '', ''],
    ['  worker VmHWM over both (not restarted)', fmt.mb(firstMem.peakMb), '', ''],
  );

  // ---------- 3. baseline: a bare UPDATE over the same rows ----------
  // Autovacuum is off: without VACUUM the UPDATEs below would each start on a table full of dead rows.
  await db.query('VACUUM ANALYZE enterprise_profiles, profile_history');
  await db.query('CHECKPOINT');
  t = now();
  const { rowCount: baselineRows } = await db.query(BASELINE_SQL);
  const baselineMs = now() - t;
  log(`\n3. Baseline UPDATE (score of revenue, R&D intensity, employees, patents): ${fmt.s(baselineMs)}, ${fmt.int(baselineRows ?? 0)} rows (${fmt.rate(baselineRows ?? 0, baselineMs)})`);
  summary.push([`baseline bare UPDATE (${fmt.int(baselineRows ?? 0)} rows)`, `${fmt.s(baselineMs)}, ${fmt.rate(baselineRows ?? 0, baselineMs)}`, '', '']);

  // ---------- 4. full recompute ----------
  // Every stored hash stops matching, so every profile is recomputed and rewritten (an UPDATE of existing rows,
  // like the baseline). The baseline changed every total, so the run also appends one history row per firm —
  // what a model activation does.
  await db.query(`UPDATE enterprise_profiles SET input_hash = ''`);
  await db.query('VACUUM ANALYZE enterprise_profiles');
  await db.query('CHECKPOINT');
  await quiet();
  await worker.stop();
  worker = await startChild('worker', SCRIPTS.worker, workerEnv, /worker started/);
  log('\n4. Full recompute (every input hash invalidated; worker restarted so VmHWM is this run\'s peak)');
  const memSamples = sampleMemory(worker);
  const full = await recompute('full recompute');
  const fullMem = memSamples.stop();
  const fullRatio = full.ms / baselineMs;
  log(`   full / baseline UPDATE = ${fullRatio.toFixed(2)}x (target <= ${TARGET.fullVsUpdate}x)`);
  log(`   worker VmHWM ${fmt.mb(fullMem.peakMb)} (VmRSS at the end ${fmt.mb(fullMem.rssMb)}, sampled max VmRSS ${fmt.mb(fullMem.maxRssMb)})`);
  summary.push(
    [`full recompute (${fmt.int(full.written)} written)`, `${fmt.s(full.ms)}, ${fmt.rate(full.written, full.ms)}`, '', ''],
    ['full / baseline UPDATE', `${fullRatio.toFixed(2)}x`, `<= ${TARGET.fullVsUpdate}x`, verdict(fullRatio <= TARGET.fullVsUpdate)],
    [`worker peak RSS (VmHWM) @ ${fmt.int(BENCH_SIZE)}`, fmt.mb(fullMem.peakMb), `<= ${TARGET.workerPeakMb} MB`, verdict(fullMem.peakMb <= TARGET.workerPeakMb)],
  );

  const fullSettle = await quiet();
  log(`   then the chain-gap analysis it started (and any re-profiling) took ${fmt.s(fullSettle)}`);

  // Where one step of the worker's loop spends its time, so a missed ratio points at the part to fix.
  await stepBreakdown(db, BENCH_SIZE, full.ms);

  // ---------- 5. 10% of the inputs changed ----------
  const { rowCount: changedRows } = await db.query('UPDATE enterprises SET revenue = revenue + 1000000 WHERE id % 10 = 0');
  await db.query('VACUUM ANALYZE enterprises');
  await db.query('CHECKPOINT');
  log(`\n5. ${fmt.int(changedRows ?? 0)} enterprises changed (revenue + 1 万元 where id % 10 = 0)`);
  const tenth = await recompute('recompute after 10% changed');
  const tenthRatio = tenth.ms / full.ms;
  log(`   10% changed / full = ${tenthRatio.toFixed(3)} (target <= ${TARGET.changedVsFull})`);
  summary.push(
    [`recompute, 10% changed (${fmt.int(tenth.written)} written)`, fmt.s(tenth.ms), '', ''],
    ['10% changed / full', tenthRatio.toFixed(3), `<= ${TARGET.changedVsFull}`, verdict(tenthRatio <= TARGET.changedVsFull)],
  );

  const tenthSettle = await quiet();
  log(`   then the chain-gap analysis it started (and any re-profiling) took ${fmt.s(tenthSettle)}`);

  // ---------- 6. update → profile delay ----------
  const gapRuns = async () =>
    Number((await db.query(`SELECT CASE WHEN to_regclass('gap_runs') IS NULL THEN 0 ELSE (SELECT count(*) FROM gap_runs) END::int AS n`)).rows[0].n);
  const gapRunsBefore = await gapRuns();
  log(`\n6. Update → profile delay: ${DELAY_SAMPLES} sequential updateEnterprise on random enterprises, polling every ${DELAY_POLL_MS} ms`);
  const [{ min, max }] = (await db.query('SELECT min(id)::int AS min, max(id)::int AS max FROM enterprises')).rows;
  const delays: number[] = [];
  let timeouts = 0;
  for (let i = 0; i < DELAY_SAMPLES; i++) {
    const id = String(min + Math.floor(Math.random() * (max - min + 1)));
    const { enterprise: e } = await gql(baseUrl, ENTERPRISE_QUERY, { id }, token);
    if (!e) throw new Error(`enterprise ${id} not found`);
    const before = e.profile?.computedAt ?? null;
    const started = now();
    await gql(baseUrl, UPDATE_MUTATION, {
      id,
      input: { uscc: e.uscc, name: e.name, status: e.status, version: e.version, revenue: Math.round(((e.revenue ?? 0) + 1) * 100) / 100 },
    }, token);
    for (;;) {
      const { enterprise } = await gql(baseUrl, COMPUTED_AT_QUERY, { id }, token);
      const at = enterprise?.profile?.computedAt ?? null;
      if (at !== null && at !== before) break;
      if (now() - started > 30_000) {
        timeouts++;
        break;
      }
      await sleep(DELAY_POLL_MS);
    }
    delays.push(now() - started);
  }
  const d = percentiles(delays);
  log(`   p50 ${fmt.ms(d.p50)}, p95 ${fmt.ms(d.p95)}, max ${fmt.ms(d.max)} (n = ${d.n}${timeouts ? `, ${timeouts} timed out after 30 s` : ''})`);
  // Each update also schedules a coalesced gap analysis; say whether one ran while we measured.
  log(`   chain-gap analyses that ran during the test: ${(await gapRuns()) - gapRunsBefore}`);
  summary.push([
    'update → profile delay',
    `p50 ${fmt.ms(d.p50)} / p95 ${fmt.ms(d.p95)} / max ${fmt.ms(d.max)}`,
    `p95 <= ${fmt.s(TARGET.delayP95Ms)}`,
    verdict(d.p95 <= TARGET.delayP95Ms && timeouts === 0),
  ]);

  log(`   load average at the end: ${loadavg()[0]!.toFixed(1)}`);
  printTable(`Summary (${fmt.int(BENCH_SIZE)} enterprises, ${DB_NAME})`, ['measure', 'result', 'target', ''], summary);
});

/** Polls a child's memory every 200 ms until stopped; VmHWM is the kernel's own peak, the samples a cross-check. */
function sampleMemory(child: Child): { stop(): { peakMb: number; rssMb: number; maxRssMb: number } } {
  let maxRssMb = 0;
  const timer = setInterval(() => {
    try {
      maxRssMb = Math.max(maxRssMb, memoryOf(child.pid).rssMb);
    } catch {
      // the child is gone; the final read reports it
    }
  }, 200);
  return {
    stop() {
      clearInterval(timer);
      const m = memoryOf(child.pid);
      return { ...m, maxRssMb: Math.max(maxRssMb, m.rssMb) };
    },
  };
}

/**
 * Runs one worker step (STEP ids from the middle of the table) by hand with the worker's own statement under
 * EXPLAIN ANALYZE, the step's profiles first made stale as the full run found them, and extrapolates it.
 */
async function stepBreakdown(db: pg.Client, size: number, fullMs: number): Promise<void> {
  const [model] = (await db.query('SELECT version, config FROM profiling_models WHERE active')).rows as { version: number; config: ProfilingModelConfig }[];
  const asOf = shanghaiDate(new Date());
  const [{ lo }] = (await db.query(`SELECT (min(id) + (max(id) - min(id)) / 2)::bigint AS lo FROM enterprises`)).rows;
  // Committed before the step, as in the full run: a row updated earlier in the same transaction would make
  // PostgreSQL re-check its foreign keys, which the worker's step never pays. total = 0 so history is appended too.
  await db.query(`UPDATE enterprise_profiles SET input_hash = '', total = 0 WHERE enterprise_id > $1 AND enterprise_id <= $2`, [lo, Number(lo) + STEP]);
  const sql = profileStepSql(idRange, 2, model!, asOf);
  const t = now();
  const plan = (await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, [lo, Number(lo) + STEP, model!.version, asOf])).rows.map((r) => r['QUERY PLAN'] as string);
  const ms = now() - t;
  await db.query('VACUUM ANALYZE enterprise_profiles');
  const steps = Math.ceil(size / STEP);
  log(`   One step of ${fmt.int(STEP)} ids by hand (EXPLAIN ANALYZE of the worker's statement): ${fmt.ms(ms)}`);
  log(`     × ${steps} steps ≈ ${fmt.s(ms * steps)} one after another; the full run (two steps at a time) took ${fmt.s(fullMs)}`);
  log(`   Step plan:\n${plan.map((l) => `        ${l}`).join('\n')}`);
}
