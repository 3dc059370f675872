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
/** Restart back-off: 1 s, 2 s, 4 s … up to 30 s; a process that then ran a minute is healthy again and starts over at 1 s. */
const FIRST_DELAY_MS = Number(process.env.LZ_RESTART_DELAY_MS ?? 1000);
const MAX_DELAY_MS = 30_000;
const HEALTHY_AFTER_MS = 60_000;

interface Supervised {
  name: 'api' | 'worker';
  args: string[];
  child?: ChildProcess;
  startedAt: number;
  restarts: number;
  delayMs: number;
  timer?: NodeJS.Timeout;
}

const log = (line: string) => console.error(`[lianzhao start] ${line}`);

/**
 * `npm start`: check the services, apply migrations once, then run the API and the worker as two processes
 * (as they would run on separate machines) and supervise them: one that crashes is started again after a
 * growing back-off, with one line saying so, while the other keeps going (the API keeps serving, and its
 * /health says the worker is down). Ctrl-C / SIGTERM stops both.
 */
runMain('start', async () => {
  const config = loadConfig();
  await preflight(config, { createDatabase: true });
  const applied = await migrate(config);
  console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database is up to date');
  const seeded = await seedDemoDataIfEmpty(config);
  if (seeded) console.log(`Seeded ${seeded} demo enterprises (set DEMO_DATA=false to start empty)`);

  let stopping = false;
  const processes: Supervised[] = [
    { name: 'api', args: [...API_NODE_FLAGS, join(here, '../apps/api/src/main.js')], startedAt: 0, restarts: 0, delayMs: FIRST_DELAY_MS },
    // The worker's live data is a few batches; a capped heap makes V8 collect instead of growing to its default.
    { name: 'worker', args: [`--max-old-space-size=${WORKER_HEAP_MB}`, join(here, '../apps/worker/src/main.js')], startedAt: 0, restarts: 0, delayMs: FIRST_DELAY_MS },
  ];

  const launch = (p: Supervised) => {
    p.timer = undefined;
    p.startedAt = Date.now();
    const child = spawn(process.execPath, p.args, { stdio: 'inherit' });
    p.child = child;
    log(`${p.name} started (pid ${child.pid})`);
    child.once('exit', (code, signal) => {
      if (stopping) return;
      if (Date.now() - p.startedAt > HEALTHY_AFTER_MS) p.delayMs = FIRST_DELAY_MS;
      p.restarts++;
      log(`${p.name} (pid ${child.pid}) exited (${signal ? `signal ${signal}` : `code ${code}`}); restarting it in ${p.delayMs / 1000} s (restart ${p.restarts})`);
      p.timer = setTimeout(() => launch(p), p.delayMs);
      p.delayMs = Math.min(p.delayMs * 2, MAX_DELAY_MS);
    });
  };
  for (const p of processes) launch(p);

  const stop = () => {
    if (stopping) return;
    stopping = true;
    for (const p of processes) {
      if (p.timer) clearTimeout(p.timer);
      if (p.child && p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGTERM');
    }
    setTimeout(() => process.exit(0), 15_000).unref();
    Promise.all(
      processes.map((p) => (!p.child || p.child.exitCode !== null || p.child.signalCode !== null ? null : new Promise((r) => p.child!.once('exit', r)))),
    ).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
});
