/**
 * Shared plumbing for the benchmarks in test/bench/: they run the compiled API and worker from dist as child
 * processes (as production does), so timings and memory are those of the real processes, not of a test harness.
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { seedDemoEnterprises } from '../../libs/enterprises/src/demo/seed-demo.js';
import { ENTITIES } from '../../libs/entities.js';
import { dataSourceOptions, loadConfig, QUEUES } from '../../libs/platform/src/index.js';
import { migrate } from '../../scripts/migrate.js';

const distRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const SCRIPTS = {
  api: join(distRoot, 'apps/api/src/main.js'),
  worker: join(distRoot, 'apps/worker/src/main.js'),
} as const;

// ---------- cleanup ----------

const children = new Set<ChildProcess>();
const closers: (() => Promise<unknown>)[] = [];

/** Registers something to close (a pool, a DataSource) when the benchmark ends, however it ends. */
export function onCleanup(close: () => Promise<unknown>): void {
  closers.push(close);
}

/** Stops the children we started and closes what was registered; databases and Redis keys are left for inspection. */
export async function cleanup(): Promise<void> {
  await Promise.all([...children].map((c) => stopProcess(c)));
  for (const close of closers.splice(0).reverse()) await close().catch(() => undefined);
}

// A crash or Ctrl-C must not leave an API holding the port or a worker holding the queue.
process.on('exit', () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping children`);
    void cleanup().finally(() => process.exit(130));
  });
}

/** Runs the benchmark; exit 1 only when something crashed (missed targets are reported, not fatal). */
export function runBench(main: () => Promise<void>): void {
  main()
    .then(cleanup)
    .then(() => process.exit(0))
    .catch(async (error: unknown) => {
      console.error('Benchmark crashed:', error);
      await cleanup();
      process.exit(1);
    });
}

// ---------- child processes ----------

export interface Child {
  name: string;
  pid: number;
  proc: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts `node <script>` with `env` on top of ours and resolves once it prints its ready line. Its output is
 * echoed with a prefix (LOG_LEVEL=warn keeps that to problems) so a failure is visible in the bench log.
 */
export function startChild(name: string, script: string, env: Record<string, string>, ready: RegExp, timeoutMs = 60_000): Promise<Child> {
  const proc = spawn(process.execPath, [script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(proc);
  proc.once('exit', () => children.delete(proc));
  const echo = (stream: NodeJS.WritableStream) => (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) stream.write(`  [${name}] ${line}\n`);
  };
  proc.stderr!.on('data', echo(process.stderr));
  return new Promise((resolve, reject) => {
    let out: string | null = '';
    const timer = setTimeout(() => fail(new Error(`${name} did not become ready in ${timeoutMs} ms`)), timeoutMs);
    const fail = (error: Error) => {
      clearTimeout(timer);
      void stopProcess(proc);
      reject(error);
    };
    proc.once('exit', (code, signal) => fail(new Error(`${name} exited during start-up (code ${code}, signal ${signal})`)));
    proc.stdout!.on('data', (chunk: Buffer) => {
      echo(process.stdout)(chunk);
      if (out === null) return;
      out += chunk.toString();
      if (!ready.test(out)) return;
      out = null;
      clearTimeout(timer);
      proc.removeAllListeners('exit');
      proc.once('exit', (code, signal) => {
        children.delete(proc);
        // A child that dies mid-run (crash, OOM, someone else's kill) must show in the log, with how it ended.
        if (!stopping.has(proc)) console.error(`  [${name}] exited unexpectedly (code ${code}, signal ${signal})`);
      });
      resolve({ name, pid: proc.pid!, proc, stop: () => stopProcess(proc) });
    });
  });
}

/** Children we are stopping on purpose, so their exit is not reported as unexpected. */
const stopping = new WeakSet<ChildProcess>();

async function stopProcess(proc: ChildProcess, graceMs = 10_000): Promise<void> {
  stopping.add(proc);
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  proc.kill('SIGTERM');
  const timer = setTimeout(() => proc.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** The preferred port when it is free, else one the OS picks (another run may hold it). */
export async function freePort(preferred: number): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(null));
      server.listen(port, '127.0.0.1', () => {
        const { port: bound } = server.address() as { port: number };
        server.close(() => resolve(bound));
      });
    });
  return (await tryListen(preferred)) ?? (await tryListen(0))!;
}

/** Resident memory of a live process in MB: VmHWM is the peak since it started, VmRSS the current value. */
export function memoryOf(pid: number): { peakMb: number; rssMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { peakMb: kb('VmHWM') / 1024, rssMb: kb('VmRSS') / 1024 };
}

// ---------- databases and Redis ----------

export const PG_BASE = process.env.BENCH_PG_BASE ?? 'postgres://postgres@127.0.0.1:5432';
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Drops (FORCE) and recreates `name`, applies the migrations and returns its URL. */
export async function freshDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: `${PG_BASE}/postgres` });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = `${PG_BASE}/${name}`;
  await migrate(loadConfig({ DATABASE_URL: url }));
  return url;
}

/**
 * The start of every benchmark run: a fresh migrated database, our queue keys cleared, and a client on the
 * database (closed at exit). Logs step 1.
 */
export async function benchDatabase(name: string, queuePrefix: string): Promise<{ databaseUrl: string; db: pg.Client }> {
  const t = now();
  const databaseUrl = await freshDatabase(name);
  await clearQueuePrefix(queuePrefix);
  const db = new pg.Client({ connectionString: databaseUrl, application_name: 'lianzhao-bench' });
  await db.connect();
  onCleanup(() => db.end());
  console.log(`\n1. Database ${name} created and migrated in ${fmt.s(now() - t)}`);
  return { databaseUrl, db };
}

/** Seeds `size` demo enterprises (COPY, as `npm start` does) through a short-lived pool; returns the count and ms. */
export async function seedRegistry(databaseUrl: string, size: number): Promise<{ seeded: number; ms: number }> {
  const ds = new DataSource(dataSourceOptions(loadConfig({ DATABASE_URL: databaseUrl }), ENTITIES, [], { poolSize: 2, applicationName: 'lianzhao-bench-seed' }));
  await ds.initialize();
  const t = now();
  try {
    return { seeded: await seedDemoEnterprises(ds, size), ms: now() - t };
  } finally {
    await ds.destroy();
  }
}

/**
 * Deletes the keys of our queue prefix. Job ids are derived from outbox row ids, which restart at 1 in a fresh
 * database, so a job left from the previous run would make BullMQ silently ignore this run's job.
 */
export async function clearQueuePrefix(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/**
 * Jobs of our queues that are not finished yet: waiting, active, prioritized, waiting for children, and delayed
 * ones except the next run of a recurring schedule (the worker always keeps one, e.g. the hourly stale-lead refresh).
 */
export async function pendingJobs(prefix: string): Promise<Record<string, number>> {
  const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  const queues = QUEUES.map((name) => new Queue(name, { connection, prefix }));
  try {
    const pending = async (q: Queue) => {
      const counts = await q.getJobCounts('waiting', 'active', 'prioritized', 'waiting-children');
      const delayed = (await q.getDelayed()).filter((job) => !job.repeatJobKey).length;
      return Object.values(counts).reduce((a, b) => a + b, 0) + delayed;
    };
    const counts = await Promise.all(queues.map(pending));
    return Object.fromEntries(QUEUES.map((name, i) => [name, counts[i]!]));
  } finally {
    await Promise.all(queues.map((q) => q.close()));
    connection.disconnect();
  }
}

/**
 * Waits until nothing is left to do: no unsent outbox row and no unfinished job in any queue, twice in a row a
 * second apart (a finishing job may enqueue the next one through the outbox). Work cascades — a full recompute
 * starts a chain-gap analysis, which may re-profile enterprises — and a measurement must not share the machine
 * with it. Returns how long it waited.
 */
export async function waitForQuiet(db: pg.Client, prefix: string, opts: { timeoutMs?: number; say?: (s: string) => void } = {}): Promise<number> {
  const started = performance.now();
  const timeoutMs = opts.timeoutMs ?? 60 * 60_000;
  let quietChecks = 0;
  let lastSaid = started;
  for (;;) {
    const [{ n: unsent }] = (await db.query('SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL')).rows;
    const jobs = await pendingJobs(prefix);
    const busy = Object.entries(jobs).filter(([, n]) => n > 0);
    quietChecks = unsent === 0 && busy.length === 0 ? quietChecks + 1 : 0;
    if (quietChecks >= 2) return performance.now() - started;
    if (performance.now() - started > timeoutMs) throw new Error(`queues still busy after ${timeoutMs} ms: ${JSON.stringify(jobs)}, ${unsent} unsent outbox rows`);
    if (opts.say && performance.now() - lastSaid > 15_000) {
      opts.say(`     waiting for the queues: ${busy.map(([q, n]) => `${q} ${n}`).join(', ') || 'none'}; outbox ${unsent} unsent`);
      lastSaid = performance.now();
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

// ---------- HTTP / GraphQL ----------

export async function gql<T = any>(baseUrl: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL ${res.status}: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const data = await gql<{ login: { accessToken: string } }>(
    baseUrl,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
    { e: email, p: password },
  );
  return data.login.accessToken;
}

// ---------- measuring and reporting ----------

export const now = () => performance.now();
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface Latency {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentiles, so every reported value is a latency that was actually observed. */
export function percentiles(samples: number[]): Latency {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
  return { n: s.length, p50: at(50), p95: at(95), p99: at(99), max: s[s.length - 1]! };
}

/** Runs `request` `warmup` times unmeasured, then `runs` times in sequence, and returns the latencies. */
export async function measure(request: () => Promise<unknown>, runs = 200, warmup = 20): Promise<Latency> {
  for (let i = 0; i < warmup; i++) await request();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = now();
    await request();
    samples.push(now() - t);
  }
  return percentiles(samples);
}

export const fmt = {
  ms: (x: number) => `${x < 10 ? x.toFixed(2) : x.toFixed(1)} ms`,
  s: (ms: number) => `${(ms / 1000).toFixed(1)} s`,
  rate: (rows: number, ms: number) => `${Math.round(rows / (ms / 1000)).toLocaleString('en-US')} rows/s`,
  int: (x: number) => x.toLocaleString('en-US'),
  mb: (x: number) => `${x.toFixed(0)} MB`,
};

/** A target line of the summary: PASS/FAIL when there is a target, '' for figures reported for information. */
export const verdict = (ok: boolean | null) => (ok === null ? '' : ok ? 'PASS' : 'FAIL');

/** Terminal columns of a string: CJK characters take two. */
const displayWidth = (s: string) => [...s].reduce((w, ch) => w + (ch.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0);

/** Prints rows as an aligned plain-text table (cells are preformatted strings). */
export function printTable(title: string, header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const pad = (c: string, w: number) => c + ' '.repeat(Math.max(0, w - displayWidth(c)));
  const line = (cells: string[]) => cells.map((c, i) => pad(c ?? '', widths[i]!)).join('  ').trimEnd();
  console.log(`\n${title}\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const r of rows) console.log(line(r));
}

/**
 * Leads set-based in SQL: a random enterprise each; the lead's sub-park is the enterprise's (a candidate's is
 * drawn); the owner an officer of that sub-park; stages spread like a real funnel; expected investment
 * log-uniform from 100万元 to 50亿元 (in fen, 8% unknown); updated_at over the last year; the stage path each lead
 * took to its stage. With `activities`, 0–4 per lead (2 on average) inside its life and last_activity_at; with
 * `tasks`, one open task for every fifth lead, due within ±60 days. The board, digest and web benchmarks share it.
 */
export async function seedLeads(db: pg.Client, n: number, opts: { activities?: boolean; tasks?: boolean } = {}): Promise<{ leads: number; activities: number; stageChanges: number; tasks: number }> {
  const parkIds: string[] = (await db.query('SELECT id FROM sub_parks ORDER BY id')).rows.map((r) => r.id);
  await db.query('BEGIN');
  await db.query(
    `WITH bounds AS (SELECT min(id) AS lo, max(id) AS hi FROM enterprises),
     officers AS (
       SELECT usp.sub_park_id, array_agg(u.id ORDER BY u.id) AS ids
       FROM users u JOIN user_sub_parks usp ON usp.user_id = u.id WHERE u.role = 'OFFICER' GROUP BY usp.sub_park_id
     ),
     draw AS (
       SELECT g, b.lo + floor(random() * (b.hi - b.lo + 1))::bigint AS enterprise_id, random() AS r_stage, random() AS r_park,
              random() AS r_owner, random() AS r_inv, random() AS r_src, random() AS r_prio,
              now() - random() * interval '365 days' AS updated_at, random() * interval '180 days' AS age, random() AS r_entered
       FROM generate_series(1, $1) g, bounds b
     ),
     shaped AS (
       SELECT d.*, e.name AS enterprise_name,
              coalesce(e.sub_park_id, ($2::bigint[])[1 + floor(d.r_park * array_length($2::bigint[], 1))::int]) AS sub_park_id,
              CASE WHEN r_stage < 0.30 THEN 'CLUE' WHEN r_stage < 0.50 THEN 'CONTACTED' WHEN r_stage < 0.64 THEN 'NEGOTIATING'
                   WHEN r_stage < 0.72 THEN 'AGREEMENT' WHEN r_stage < 0.77 THEN 'SIGNED' WHEN r_stage < 0.81 THEN 'REGISTERED'
                   WHEN r_stage < 0.84 THEN 'PRODUCING' WHEN r_stage < 0.92 THEN 'ON_HOLD' ELSE 'LOST' END AS stage
       FROM draw d JOIN enterprises e ON e.id = d.enterprise_id
     )
     INSERT INTO leads (enterprise_id, title, stage, owner_id, sub_park_id, source, node_code, expected_investment, priority,
                        hold_reason, loss_reason, stage_entered_at, created_at, updated_at, created_by)
     SELECT s.enterprise_id,
            s.enterprise_name || (ARRAY['新建生产基地项目', '研发中心项目', '扩产项目', '区域总部项目', '智能工厂项目'])[1 + s.g % 5],
            s.stage,
            o.ids[1 + floor(s.r_owner * array_length(o.ids, 1))::int],
            s.sub_park_id,
            (ARRAY['自拓', '中介', '以商引商', '链主推荐', '基金', '补链推荐'])[1 + floor(s.r_src * 6)::int],
            (SELECT en.node_code FROM enterprise_nodes en WHERE en.enterprise_id = s.enterprise_id ORDER BY en.node_code LIMIT 1),
            CASE WHEN s.r_inv < 0.08 THEN NULL ELSE (round(exp(ln(100) + (s.r_inv - 0.08) / 0.92 * ln(5000))) * 1000000)::bigint END,
            CASE WHEN s.r_prio < 0.2 THEN 'HIGH' WHEN s.r_prio < 0.7 THEN 'MEDIUM' ELSE 'LOW' END,
            CASE WHEN s.stage = 'ON_HOLD' THEN '企业暂缓投资计划' END,
            CASE WHEN s.stage = 'LOST' THEN '落户其他园区' END,
            s.updated_at - s.age + s.r_entered * s.age,
            s.updated_at - s.age,
            s.updated_at,
            o.ids[1]
     FROM shaped s JOIN officers o ON o.sub_park_id = s.sub_park_id`,
    [n, parkIds],
  );
  if (opts.activities) {
    // 0–4 activities per lead by a hash of its id (a volatile count in a LATERAL would be drawn once), inside its life.
    await db.query(
      `INSERT INTO lead_activities (lead_id, type, occurred_at, summary, actor_id, created_at)
       SELECT l.id, (ARRAY['VISIT', 'CALL', 'MEETING', 'NOTE'])[1 + floor(random() * 4)::int], at,
              (ARRAY['电话沟通投资意向', '实地走访企业', '接待园区考察', '洽谈用地与厂房条件', '内部评审备注'])[1 + floor(random() * 5)::int] || '（第' || a || '次）',
              l.owner_id, at
       FROM leads l
       CROSS JOIN LATERAL generate_series(1, ((l.id * 2654435761) % 5)::int) a
       CROSS JOIN LATERAL (SELECT l.created_at + random() * (l.updated_at - l.created_at) AS at) t`,
    );
    await db.query(
      `UPDATE leads l SET last_activity_at = a.at
       FROM (SELECT lead_id, max(occurred_at) AS at FROM lead_activities GROUP BY lead_id) a WHERE a.lead_id = l.id`,
    );
  }
  // The path to the current stage: CLUE, then each forward stage up to it; ON_HOLD / LOST leave the path at a stage
  // reached earlier. The entry into the current stage is at stage_entered_at, earlier ones spread from created_at.
  await db.query(
    `INSERT INTO lead_stage_changes (lead_id, from_stage, to_stage, reason, actor_id, at)
     SELECT l.id,
            CASE WHEN i = 0 THEN NULL ELSE path[i] END,
            CASE WHEN i <= k THEN path[i + 1] ELSE l.stage END,
            CASE WHEN i > k THEN coalesce(l.hold_reason, l.loss_reason) END,
            l.owner_id,
            CASE WHEN i = last THEN l.stage_entered_at ELSE l.created_at + (i::float8 / last) * (l.stage_entered_at - l.created_at) END
     FROM leads l
     CROSS JOIN LATERAL (SELECT ARRAY['CLUE', 'CONTACTED', 'NEGOTIATING', 'AGREEMENT', 'SIGNED', 'REGISTERED', 'PRODUCING'] AS path) p
     CROSS JOIN LATERAL (SELECT CASE WHEN l.stage IN ('ON_HOLD', 'LOST') THEN (l.id % 4)::int ELSE array_position(p.path, l.stage) - 1 END AS k) kk
     CROSS JOIN LATERAL (SELECT CASE WHEN l.stage IN ('ON_HOLD', 'LOST') THEN kk.k + 1 ELSE kk.k END AS last) ll
     CROSS JOIN LATERAL generate_series(0, ll.last) i`,
  );
  if (opts.tasks) {
    await db.query(
      `INSERT INTO lead_tasks (lead_id, title, assignee_id, due_on, created_by, created_at)
       SELECT l.id, '跟进' || l.title, l.owner_id, (now() + (random() * 120 - 60) * interval '1 day')::date, l.owner_id, l.created_at
       FROM leads l WHERE l.id % 5 = 0`,
    );
  }
  await db.query('COMMIT');
  const [c] = (await db.query(
    `SELECT (SELECT count(*) FROM leads)::int AS leads, (SELECT count(*) FROM lead_activities)::int AS activities,
            (SELECT count(*) FROM lead_stage_changes)::int AS "stageChanges", (SELECT count(*) FROM lead_tasks)::int AS tasks`,
  )).rows;
  return c;
}
