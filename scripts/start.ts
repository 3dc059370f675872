import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, preflight, runMain } from '../libs/platform/src/index.js';
import { seedDemoDataIfEmpty } from './demo-data.js';
import { migrate } from './migrate.js';

const here = dirname(fileURLToPath(import.meta.url));
const WORKER_HEAP_MB = 320;
const API_HEAP_MB = 320;
/**
 * A GraphQL answer allocates many short-lived objects; a 32 MB young generation (default 16) lets them die there
 * instead of being promoted, which measured ~20% more computed boards per second (test/bench/board.bench.ts).
 */
const API_NODE_FLAGS = [`--max-old-space-size=${API_HEAP_MB}`, '--max-semi-space-size=32'];

/**
 * `npm start`: check the services, apply migrations once, then run the API and the worker as two processes
 * (as they would run on separate machines) and stop both when either stops or on Ctrl-C / SIGTERM.
 */
runMain('start', async () => {
  const config = loadConfig();
  await preflight(config, { createDatabase: true });
  const applied = await migrate(config);
  console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database is up to date');
  const seeded = await seedDemoDataIfEmpty(config);
  if (seeded) console.log(`Seeded ${seeded} demo enterprises (set DEMO_DATA=false to start empty)`);

  const children: ChildProcess[] = [
    spawn(process.execPath, [...API_NODE_FLAGS, join(here, '../apps/api/src/main.js')], { stdio: 'inherit' }),
    // The worker's live data is a few batches; a capped heap makes V8 collect instead of growing to its default.
    spawn(process.execPath, [`--max-old-space-size=${WORKER_HEAP_MB}`, join(here, '../apps/worker/src/main.js')], { stdio: 'inherit' }),
  ];
  let stopping = false;
  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
    setTimeout(() => process.exit(code), 15_000).unref();
    Promise.all(children.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.once('exit', r))))).then(() => process.exit(code));
  };
  for (const c of children) c.once('exit', (code) => stop(code ?? 1));
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
});
