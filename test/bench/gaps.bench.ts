/**
 * Chain-gap benchmark (`npm run bench:gaps`, BENCH_SIZE=50000 for a quick run): over a registry of BENCH_SIZE
 * generated enterprises with their profiles, times one full gap analysis plus matching (the job's own code,
 * GapAnalysisService.run) against one plain SQL aggregate counting in-park firms per node, in the same run.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { WorkerModule } from '../../apps/worker/src/worker.module.js';
import { GapAnalysisService } from '../../libs/gaps/src/gap-analysis.service.js';
import { seedDemoEnterprises } from '../../libs/enterprises/src/demo/seed-demo.js';
import { ProfilerService } from '../../libs/profiles/src/profiler.service.js';
import { loadConfig } from '../../libs/platform/src/index.js';
import { clearQueuePrefix, fmt, freshDatabase, now, onCleanup, PG_BASE, printTable, REDIS_URL, runBench, verdict } from './bench-support.js';

const BENCH_SIZE = Number(process.env.BENCH_SIZE ?? 1_000_000);
const DB_NAME = 'lz_bench_gaps';
const QUEUE_PREFIX = 'lzbench-gaps';
const TARGET_RATIO = 10;
const RUNS = 3;

runBench(async () => {
  console.log(`Chain-gap benchmark over ${fmt.int(BENCH_SIZE)} enterprises`);
  // BENCH_REUSE_DB names a database that already holds a profiled registry (e.g. the profiles benchmark's).
  const reuse = process.env.BENCH_REUSE_DB;
  const url = reuse ? `${PG_BASE}/${reuse}` : await freshDatabase(DB_NAME);
  await clearQueuePrefix(QUEUE_PREFIX);
  // The worker's own module, so the analysis runs exactly as in production; its relay is never started, so
  // nothing it enqueues runs meanwhile.
  const app = await NestFactory.createApplicationContext(
    WorkerModule.forRoot(loadConfig({ DATABASE_URL: url, REDIS_URL, QUEUE_PREFIX, LOG_LEVEL: 'warn', DEMO_DATA: 'false' })),
    { logger: ['error', 'warn'] },
  );
  onCleanup(() => app.close());
  const ds = app.get(DataSource);

  let t = now();
  if (!reuse) {
    await seedDemoEnterprises(ds, BENCH_SIZE);
    console.log(`seeded in ${fmt.s(now() - t)}`);
    t = now();
    const [{ id: runId }] = await ds.query(`INSERT INTO job_runs (kind) VALUES ('RecomputeProfiles') RETURNING id`);
    await app.get(ProfilerService).recomputeAll(String(runId));
    console.log(`profiled in ${fmt.s(now() - t)}`);
  }
  await ds.query('VACUUM ANALYZE');
  const [{ n: size }] = await ds.query('SELECT count(*)::int AS n FROM enterprises');
  console.log(`registry: ${fmt.int(size)} enterprises`);

  const baseline: number[] = [];
  const full: number[] = [];
  let last = { gaps: 0, matches: 0 };
  for (let i = 0; i < RUNS; i++) {
    t = now();
    await ds.query(
      `SELECT en.node_code, count(*) FROM enterprise_nodes en JOIN enterprises e ON e.id = en.enterprise_id AND e.status = 'IN_PARK' GROUP BY en.node_code`,
    );
    baseline.push(now() - t);
    t = now();
    last = await app.get(GapAnalysisService).run();
    full.push(now() - t);
    console.log(`run ${i + 1}: aggregate ${fmt.ms(baseline[i]!)}, analysis + matching ${fmt.ms(full[i]!)} (${last.gaps} gaps, ${last.matches} matches)`);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const ratio = median(full) / median(baseline);
  printTable(`Chain gaps over ${fmt.int(size)} enterprises (median of ${RUNS})`, ['measure', 'value', 'target', 'result'], [
    ['plain aggregate: in-park firms per node', fmt.ms(median(baseline)), '', ''],
    ['gap analysis + matching (all scopes)', fmt.ms(median(full)), '', ''],
    ['ratio', `${ratio.toFixed(1)}×`, `≤ ${TARGET_RATIO}×`, verdict(ratio <= TARGET_RATIO)],
    ['gap rows / matches written', `${fmt.int(last.gaps)} / ${fmt.int(last.matches)}`, '', ''],
  ]);
});
