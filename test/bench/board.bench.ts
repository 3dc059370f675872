/**
 * Lead-board benchmark ("The lead pipeline"; `node dist/test/bench/board.bench.js`, BENCH_SIZE=50000 for a quick
 * run): seeds a registry, ~20 users and 100,000 leads with their activities and stage history, then loads the
 * board query — one GraphQL request for every column with its first 20 cards, enterprise, owner and last
 * activity — with 32 closed-loop clients against the real API process and against a bare node:http + pg server
 * running the same SQL, and counts the SQL statements one board request costs. The API answers repeated boards
 * from its response cache (invalidated by every committed write); a second API process with the cache off shows
 * what the framework costs per computed board, and a run with a write every WRITE_EVERY_MS shows the cache under
 * invalidation. Missed targets are reported as FAIL; the exit code is non-zero only when something crashed.
 *
 * The same file is the bare server: run with BOARD_BARE_SERVER=1 it serves the board and nothing else. It runs as
 * a child process like the API, so the 32 clients' own CPU (in this process) weighs on both servers alike.
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { Agent, createServer, request } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createApiApp } from '../../apps/api/src/bootstrap.js';
import { USER_VIEW_SQL } from '../../libs/identity/src/user-loader.js';
import { leadCursor } from '../../libs/leads/src/lead-query.js';
import { ALL_STAGES } from '../../libs/leads/src/lead-stage.js';
import { DataEpoch, fenToWan, loadConfig } from '../../libs/platform/src/index.js';
import {
  benchDatabase, fmt, freePort, gql, memoryOf, now, onCleanup, percentiles, printTable, REDIS_URL, runBench, seedLeads,
  SCRIPTS, seedRegistry, signIn, startChild, verdict, type Latency,
} from './bench-support.js';

const BENCH_SIZE = Number(process.env.BENCH_SIZE ?? 1_000_000);
const LEADS = Number(process.env.BENCH_LEADS ?? 100_000);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 30);
const WARMUP_SECONDS = 5;
/** The API-vs-bare comparison alternates in this many rounds of LOAD_SECONDS / ROUNDS each. */
const ROUNDS = 3;
const CLIENTS = 32;
const DB_NAME = 'lz_bench_board';
const QUEUE_PREFIX = 'lzbench-board';
const ADMIN = { email: 'bench-admin@lianzhao.local', password: 'bench-admin-password' };
const USER_PASSWORD = 'bench-user-password';
/** Officers per sub-park, in sub-park id order (18 officers + 2 managers = 20 users). */
const OFFICERS_PER_PARK = [5, 5, 4, 4];
const TARGET = { apiPeakMb: 400, statements: 6, throughputRatio: 0.5, p95Ms: 50, uncachedRatio: 0.6, uncachedP50Ratio: 1.5 };

/** CPU time (user + system) a process has used, in ms: per-request cost that other load on the machine does not inflate. */
function cpuMsOf(pid: number | undefined): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}
/** The application_name of the API's pool (DatabaseModule.forRoot(…, 'lianzhao-api')): what the statement count counts. */
const API_APP_NAME = 'lianzhao-api';

const WRITE_EVERY_MS = 500;
const LOG_ACTIVITY = 'mutation($id: ID!, $i: ActivityInput!) { logActivity(leadId: $id, input: $i) { id } }';

const BOARD_QUERY = `{ pipeline { stage count expectedInvestment leads(first: 20) { edges { node { id title stage expectedInvestment
  enterprise { id name } owner { id name } lastActivity { type occurredAt summary } } } pageInfo { hasNextPage endCursor } } } }`;

const summary: string[][] = [];
const log = (s: string) => console.log(s);

if (process.env.BOARD_BARE_SERVER === '1') void serveBare();
else runBench(main);

async function main(): Promise<void> {
  log(`Board benchmark: ${fmt.int(BENCH_SIZE)} enterprises, ${fmt.int(LEADS)} leads, ${CLIENTS} clients × ${LOAD_SECONDS} s (${cpus().length} cores)`);

  // ---------- 1. database, registry ----------
  const { databaseUrl, db } = await benchDatabase(DB_NAME, QUEUE_PREFIX);
  const { seeded, ms: seedMs } = await seedRegistry(databaseUrl, BENCH_SIZE);
  log(`   Seeded ${fmt.int(seeded)} enterprises in ${fmt.s(seedMs)}`);
  let t: number;

  // ---------- 2. API and users ----------
  const port = await freePort(3921);
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    DATABASE_URL: databaseUrl, REDIS_URL, QUEUE_PREFIX, PORT: String(port), LOG_LEVEL: 'warn', DEMO_DATA: 'false',
    ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, JWT_SECRET: 'bench-board-secret-0123456789abc', NODE_ENV: 'production',
  };
  // The API runs as production runs it: the flags scripts/start.ts and docker-compose.yml give it.
  const apiNodeOptions = process.env.BENCH_API_NODE_OPTIONS ?? '--max-old-space-size=320 --max-semi-space-size=32';
  log(`   API started with NODE_OPTIONS='${apiNodeOptions}'`);
  const api = await startChild('api', SCRIPTS.api, { ...env, NODE_OPTIONS: apiNodeOptions }, /API listening/);
  const adminToken = await signIn(baseUrl, ADMIN.email, ADMIN.password);
  const { subParks } = await gql<{ subParks: { id: string; code: string; name: string }[] }>(baseUrl, '{ subParks { id code name } }', {}, adminToken);
  subParks.sort((a, b) => Number(a.id) - Number(b.id));
  const users: { email: string; role: 'MANAGER' | 'OFFICER'; name: string; subParkIds: string[] }[] = [
    { email: 'bench-manager-1@lianzhao.local', role: 'MANAGER', name: '招商经理 1', subParkIds: [] },
    { email: 'bench-manager-2@lianzhao.local', role: 'MANAGER', name: '招商经理 2', subParkIds: [] },
  ];
  subParks.forEach((park, i) => {
    for (let k = 1; k <= (OFFICERS_PER_PARK[i] ?? 4); k++) {
      users.push({ email: `bench-officer-${park.code.toLowerCase()}-${k}@lianzhao.local`, role: 'OFFICER', name: `${park.name} 招商专员 ${k}`, subParkIds: [park.id] });
    }
  });
  t = now();
  for (const u of users) {
    await gql(baseUrl, 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', { input: { ...u, password: USER_PASSWORD } }, adminToken);
  }
  const tokens = new Map<string, string>();
  for (const u of users) tokens.set(u.email, await signIn(baseUrl, u.email, USER_PASSWORD));
  const managerTokens = users.filter((u) => u.role === 'MANAGER').map((u) => tokens.get(u.email)!);
  const officerTokens = users.filter((u) => u.role === 'OFFICER').map((u) => tokens.get(u.email)!);
  const idleMem = memoryOf(api.pid);
  log(`\n2. ${users.length} users created through createUser and signed in (${fmt.s(now() - t)}): ${managerTokens.length} managers, ${officerTokens.length} officers`);
  log(`   API VmRSS before any board request: ${fmt.mb(idleMem.rssMb)}`);

  // ---------- 3. leads, activities, stage history ----------
  t = now();
  const counts = await seedLeads(db, LEADS, { activities: true });
  await db.query('VACUUM ANALYZE leads, lead_activities, lead_stage_changes, users, user_sub_parks');
  log(`\n3. Inserted in ${fmt.s(now() - t)} (incl. VACUUM ANALYZE): ${fmt.int(counts.leads)} leads, ${fmt.int(counts.activities)} activities, ${fmt.int(counts.stageChanges)} stage changes`);
  const spread = (await db.query(`SELECT stage, count(*)::int AS n FROM leads GROUP BY stage ORDER BY n DESC`)).rows.map((r) => `${r.stage} ${fmt.int(r.n)}`);
  log(`   by stage: ${spread.join(', ')}`);
  summary.push(['data', `${fmt.int(BENCH_SIZE)} enterprises, ${fmt.int(counts.leads)} leads, ${fmt.int(counts.activities)} activities, ${fmt.int(counts.stageChanges)} stage changes`, '', '']);

  // ---------- 4. SQL statements per board request, as the API sends them ----------
  const stmts = await captureStatements({ ...env, PORT: String(await freePort(3923)) }, managerTokens[0]!, officerTokens[0]!);
  log(`\n4. SQL statements per board request (in-process API, pg.Client.prototype.query counted for '${API_APP_NAME}'):`);
  log(`   computed (the first request after any change of the data): manager ${stmts.manager.one.length}, officer ${stmts.officer.one.length}`);
  log(`   answered from the response cache (20 sequential requests, no change): manager ${stmts.manager.cachedPerRequest.toFixed(2)}, officer ${stmts.officer.cachedPerRequest.toFixed(2)} per request`);
  const worst = Math.max(stmts.manager.one.length, stmts.officer.one.length);
  summary.push(
    ['SQL statements per board, computed', `manager ${stmts.manager.one.length}, officer ${stmts.officer.one.length}`, `<= ${TARGET.statements}`, verdict(worst <= TARGET.statements)],
    ['SQL statements per board, cached', `manager ${stmts.manager.cachedPerRequest.toFixed(1)}, officer ${stmts.officer.cachedPerRequest.toFixed(1)}`, '', ''],
  );
  // The bare server is only a baseline if it runs the API's SQL; the API's SQL changes, so check rather than trust.
  const apiTexts = stmts.manager.one.map((q) => normalize(q.text)).sort();
  const bareTexts = Object.values(BARE_SQL).map(normalize).sort();
  const sameSql = apiTexts.length === bareTexts.length && apiTexts.every((q, i) => q === bareTexts[i]);
  log(`   the bare baseline runs the same statements as the API (manager): ${sameSql ? 'yes' : 'NO — update BARE_SQL'}`);
  if (!sameSql) log(`   API:\n${apiTexts.map((q) => `     ${q}`).join('\n')}\n   bare:\n${bareTexts.map((q) => `     ${q}`).join('\n')}`);
  await explainStatements(db, 'manager', stmts.manager.one);
  await explainStatements(db, 'officer', stmts.officer.one);

  // ---------- 5. bare baseline server, and a check that both answer the same ----------
  const barePort = await freePort(3922);
  const bareUrl = `http://127.0.0.1:${barePort}`;
  const bare = await startChild('bare', fileURLToPath(import.meta.url), { BOARD_BARE_SERVER: '1', DATABASE_URL: databaseUrl, PORT: String(barePort) }, /bare board listening/);
  const apiBoard = await gql(baseUrl, BOARD_QUERY, {}, managerTokens[0]);
  const bareBoard = await gql(bareUrl, BOARD_QUERY);
  const sameAnswer = JSON.stringify(apiBoard) === JSON.stringify(bareBoard);
  const cards = apiBoard.pipeline.reduce((n: number, c: { leads: { edges: unknown[] } }) => n + c.leads.edges.length, 0);
  const bytes = Buffer.byteLength(JSON.stringify({ data: apiBoard }));
  log(`\n5. Board as a manager: ${apiBoard.pipeline.length} columns, ${cards} cards, ${(bytes / 1024).toFixed(0)} KB; bare server's answer identical: ${sameAnswer}`);
  if (!sameAnswer) log(`   API:  ${JSON.stringify(apiBoard).slice(0, 400)}…\n   bare: ${JSON.stringify(bareBoard).slice(0, 400)}…`);
  summary.push(['bare baseline: same SQL / same answer as the API', `${sameSql ? 'yes' : 'NO'} / ${sameAnswer ? 'yes' : 'NO'}`, '', '']);

  // ---------- 6. the same API with its response cache off: what the framework itself costs ----------
  const uncachedPort = await freePort(3924);
  const uncachedUrl = `http://127.0.0.1:${uncachedPort}`;
  const uncached = await startChild('api-uncached', SCRIPTS.api, { ...env, PORT: String(uncachedPort), RESPONSE_CACHE_MB: '0', NODE_OPTIONS: apiNodeOptions }, /API listening/);

  // ---------- 7. sequential latency: the cost of one request without queueing ----------
  const seqApiMgr = await sequential(baseUrl, managerTokens[0]!);
  const seqApiOff = await sequential(baseUrl, officerTokens[0]!);
  const cpuUncached0 = cpuMsOf(uncached.pid);
  const seqUncached = await sequential(uncachedUrl, managerTokens[0]!);
  const cpuUncached = (cpuMsOf(uncached.pid) - cpuUncached0) / 120; // sequential(): 20 warm-up + 100 measured
  const cpuBare0 = cpuMsOf(bare.pid);
  const seqBare = await sequential(bareUrl, null);
  const cpuBare = (cpuMsOf(bare.pid) - cpuBare0) / 120;
  log(`\n7. One client, sequential (20 warm-up + 100):`);
  log(`   API, manager            ${latencyText(seqApiMgr)}`);
  log(`   API, officer            ${latencyText(seqApiOff)}`);
  log(`   API uncached, manager   ${latencyText(seqUncached)}`);
  log(`   bare, all               ${latencyText(seqBare)}`);
  log(`   CPU per board: API uncached ${cpuUncached.toFixed(1)} ms, bare ${cpuBare.toFixed(1)} ms`);
  const p50Ratio = seqUncached.p50 / seqBare.p50;
  summary.push(
    ['1 client p50: API / API uncached / bare', `${fmt.ms(seqApiMgr.p50)} / ${fmt.ms(seqUncached.p50)} / ${fmt.ms(seqBare.p50)}`, '', ''],
    ['1 client p50: API uncached / bare', p50Ratio.toFixed(2), `<= ${TARGET.uncachedP50Ratio}`, verdict(p50Ratio <= TARGET.uncachedP50Ratio)],
    ['CPU per computed board: API uncached / bare', `${cpuUncached.toFixed(1)} / ${cpuBare.toFixed(1)} ms = ${(cpuUncached / cpuBare).toFixed(2)}`, '', ''],
  );

  // ---------- 8. load ----------
  // Other work on a shared machine comes and goes; the servers alternate in short rounds so all see the same.
  log(`\n8. Load: ${CLIENTS} closed-loop clients (keep-alive); load average before ${loadavg()[0]!.toFixed(1)}`);
  log(`   API, bare and API uncached (all manager visibility) alternating: ${WARMUP_SECONDS} s warm-up each, then ${ROUNDS} rounds of ${LOAD_SECONDS / ROUNDS} s each`);
  const [apiMgr, bareRun, uncachedRun] = await alternate([
    { baseUrl, tokens: managerTokens },
    { baseUrl: bareUrl, tokens: [null] },
    { baseUrl: uncachedUrl, tokens: managerTokens },
  ]);
  log(`   API, managers:               ${loadText(apiMgr!)}`);
  log(`   bare, manager visibility:    ${loadText(bareRun!)}`);
  log(`   API uncached, managers:      ${loadText(uncachedRun!)}`);
  const bareMem = memoryOf(bare.pid);
  const uncachedMem = memoryOf(uncached.pid);
  await bare.stop();
  await uncached.stop();
  const mixedTokens = Array.from({ length: CLIENTS }, (_, i) => (i % 2 === 0 ? managerTokens[(i / 2) % managerTokens.length]! : officerTokens[((i - 1) / 2) % officerTokens.length]!));
  const [apiMixed] = await alternate([{ baseUrl, tokens: mixedTokens }], 1);
  log(`   API, half managers/officers: ${loadText(apiMixed!)} (${WARMUP_SECONDS} s warm-up, ${LOAD_SECONDS} s)`);
  // Officers at work: an activity logged every WRITE_EVERY_MS through the API, each one invalidating every cached board.
  const writes = await whileWriting(db, baseUrl, managerTokens[0]!, () => alternate([{ baseUrl, tokens: mixedTokens }], 1));
  const apiWrites = writes.result[0]!;
  log(`   the same with ${writes.count} activities logged meanwhile (one per ${WRITE_EVERY_MS} ms): ${loadText(apiWrites)}`);
  const apiMem = memoryOf(api.pid);
  const ratio = apiMgr!.rps / bareRun!.rps;
  const uncachedRatio = uncachedRun!.rps / bareRun!.rps;
  log(`   throughput API / bare = ${ratio.toFixed(2)} (target >= ${TARGET.throughputRatio}); API uncached / bare = ${uncachedRatio.toFixed(2)}`);
  log(`   API VmHWM ${fmt.mb(apiMem.peakMb)} (VmRSS now ${fmt.mb(apiMem.rssMb)}); API uncached VmHWM ${fmt.mb(uncachedMem.peakMb)}; bare server VmHWM ${fmt.mb(bareMem.peakMb)}`);
  summary.push(
    ['API, managers: throughput', `${apiMgr!.rps.toFixed(1)} req/s (p50 ${fmt.ms(apiMgr!.lat.p50)}, p95 ${fmt.ms(apiMgr!.lat.p95)})`, '', ''],
    ['bare, manager visibility: throughput', `${bareRun!.rps.toFixed(1)} req/s (p50 ${fmt.ms(bareRun!.lat.p50)}, p95 ${fmt.ms(bareRun!.lat.p95)})`, '', ''],
    ['throughput API / bare', ratio.toFixed(2), `>= ${TARGET.throughputRatio}`, verdict(ratio >= TARGET.throughputRatio)],
    ['API uncached, managers: throughput', `${uncachedRun!.rps.toFixed(1)} req/s (p50 ${fmt.ms(uncachedRun!.lat.p50)}, p95 ${fmt.ms(uncachedRun!.lat.p95)})`, '', ''],
    ['throughput API uncached / bare', uncachedRatio.toFixed(2), `>= ${TARGET.uncachedRatio}`, verdict(uncachedRatio >= TARGET.uncachedRatio)],
    ['API, mixed: throughput', `${apiMixed!.rps.toFixed(1)} req/s`, '', ''],
    ['API, mixed: latency', `p50 ${fmt.ms(apiMixed!.lat.p50)} / p95 ${fmt.ms(apiMixed!.lat.p95)} / p99 ${fmt.ms(apiMixed!.lat.p99)}`, `p95 <= ${TARGET.p95Ms} ms`, verdict(apiMixed!.lat.p95 <= TARGET.p95Ms)],
    [`API, mixed + a write per ${WRITE_EVERY_MS} ms`, `${apiWrites.rps.toFixed(1)} req/s, p50 ${fmt.ms(apiWrites.lat.p50)} / p95 ${fmt.ms(apiWrites.lat.p95)} / p99 ${fmt.ms(apiWrites.lat.p99)}`, '', ''],
    ['API peak RSS (VmHWM)', `${fmt.mb(apiMem.peakMb)} (${fmt.mb(idleMem.rssMb)} before the load)`, `<= ${TARGET.apiPeakMb} MB`, verdict(apiMem.peakMb <= TARGET.apiPeakMb)],
  );

  log(`   load average at the end: ${loadavg()[0]!.toFixed(1)}`);
  printTable(`Summary (${fmt.int(BENCH_SIZE)} enterprises, ${fmt.int(counts.leads)} leads, ${DB_NAME})`, ['measure', 'result', 'target', ''], summary);
}

// ---------- data ----------

// ---------- the bare server ----------

/**
 * The board's statements for "manager sees all", as the API sends them (BoardService: the trigger-kept
 * lead_stage_totals and the cards of every column, then the cards' enterprises, owners and last activities).
 * The run checks them against the statements it captures from the API and says when they drift apart.
 */
const BARE_SQL = {
  pipeline: 'SELECT t.stage, sum(t.count)::int AS count, sum(t.expected_investment)::text AS sum FROM lead_stage_totals t GROUP BY t.stage',
  columns: `SELECT x.* FROM unnest($1::text[]) AS s(stage)
    CROSS JOIN LATERAL (SELECT l.id, l.enterprise_id, l.title, l.stage, l.owner_id, l.sub_park_id, l.expected_investment, l.updated_at FROM leads l WHERE l.stage = s.stage ORDER BY l.updated_at DESC, l.id DESC LIMIT $2) x`,
  enterprises: 'SELECT id, uscc, name, status, sub_park_id FROM enterprises WHERE id = ANY($1::bigint[])',
  owners: USER_VIEW_SQL,
  lastActivities: 'SELECT DISTINCT ON (lead_id) id, lead_id, type, occurred_at, summary, participants, next_step, actor_id FROM lead_activities WHERE lead_id = ANY($1::bigint[]) ORDER BY lead_id, occurred_at DESC, id DESC',
};

const normalize = (sql: string) => sql.replace(/\s+/g, ' ').trim();

/** The board from BARE_SQL with a pg Pool: the column totals and the per-stage top 20 (+1) at once, then the three lookups at once. */
async function bareBoard(pool: pg.Pool): Promise<unknown> {
  const n = 20;
  const [totals, columns] = await Promise.all([pool.query(BARE_SQL.pipeline), pool.query(BARE_SQL.columns, [ALL_STAGES, n + 1])]);
  const agg: { stage: string; count: number; sum: string }[] = totals.rows;
  const leads = columns.rows;
  const pages = new Map(ALL_STAGES.map((stage) => [stage, leads.filter((r) => r.stage === stage)]));
  const shown = [...pages.values()].flatMap((rows) => rows.slice(0, n));
  const unique = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => x !== null).map(String))];
  const [enterprises, owners, activities] = await Promise.all([
    pool.query(BARE_SQL.enterprises, [unique(shown.map((r) => r.enterprise_id))]),
    pool.query(BARE_SQL.owners, [unique(shown.map((r) => r.owner_id))]),
    pool.query(BARE_SQL.lastActivities, [unique(shown.map((r) => r.id))]),
  ]);
  const enterpriseById = new Map(enterprises.rows.map((e) => [String(e.id), { id: String(e.id), name: e.name }]));
  const ownerById = new Map(owners.rows.map((u) => [String(u.id), { id: String(u.id), name: u.name }]));
  const activityByLead = new Map(activities.rows.map((a) => [String(a.lead_id), { type: a.type, occurredAt: a.occurred_at.toISOString(), summary: a.summary }]));
  return {
    pipeline: ALL_STAGES.map((stage) => {
      const a = agg.find((r) => r.stage === stage);
      const all = pages.get(stage)!;
      const page = all.slice(0, n);
      return {
        stage,
        count: a?.count ?? 0,
        expectedInvestment: a ? Number(BigInt(a.sum)) / 1_000_000 : 0,
        leads: {
          edges: page.map((r) => ({
            node: {
              id: String(r.id),
              title: r.title,
              stage: r.stage,
              expectedInvestment: fenToWan(r.expected_investment === null ? null : Number(r.expected_investment)),
              enterprise: enterpriseById.get(String(r.enterprise_id)) ?? null,
              owner: r.owner_id === null ? null : (ownerById.get(String(r.owner_id)) ?? null),
              lastActivity: activityByLead.get(String(r.id)) ?? null,
            },
          })),
          pageInfo: { hasNextPage: all.length > n, endCursor: page.length ? leadCursor(page[page.length - 1]) : null },
        },
      };
    }),
  };
}

/** BOARD_BARE_SERVER=1: node:http and a pg Pool of the API's size, nothing else; every POST answers the board. */
async function serveBare(): Promise<void> {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10, application_name: 'lianzhao-bench-bare' });
  const server = createServer((req, res) => {
    req.resume(); // the request body is the board query; there is only one answer
    req.on('end', () => {
      bareBoard(pool).then(
        (data) => {
          const body = JSON.stringify({ data });
          res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
          res.end(body);
        },
        (error: Error) => {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ errors: [{ message: error.message }] }));
        },
      );
    });
  });
  server.keepAliveTimeout = 65_000;
  onCleanup(() => new Promise((r) => server.close(r)));
  onCleanup(() => pool.end());
  server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`bare board listening on ${process.env.PORT}`));
}

// ---------- load ----------

const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
const BOARD_BODY = JSON.stringify({ query: BOARD_QUERY });

/**
 * One board request over the keep-alive agent; resolves with the body when it is complete. A kept-alive socket the
 * server closed just as we reused it (its idle timeout while another target was being loaded) is retried once on a
 * new socket, as Node's documentation advises: that is the client's race, not a failure of the server.
 */
function post(baseUrl: string, token: string | null, retry = true): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${baseUrl}/graphql`,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(BOARD_BODY),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString();
          if (res.statusCode !== 200 || !body.startsWith('{"data"') || body.includes('"errors"')) reject(new Error(`board answered ${res.statusCode}: ${body.slice(0, 300)}`));
          else resolve(body);
        });
        res.on('error', reject);
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (retry && req.reusedSocket && (error.code === 'ECONNRESET' || error.message === 'socket hang up')) post(baseUrl, token, false).then(resolve, reject);
      else reject(error);
    });
    req.end(BOARD_BODY);
  });
}

interface LoadResult {
  lat: Latency;
  rps: number;
  requests: number;
  errors: number;
}

interface Target {
  baseUrl: string;
  /** Client i is signed in with tokens[i % tokens.length] (null: no token). */
  tokens: (string | null)[];
}

/** CLIENTS closed-loop clients (each sends its next request when the last one is answered) for `seconds`. */
async function runLoad(target: Target, seconds: number): Promise<{ samples: number[]; ms: number; errors: number }> {
  const samples: number[] = [];
  let errors = 0;
  let firstError: unknown = null;
  const started = now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, i) => {
      const token = target.tokens[i % target.tokens.length] ?? null;
      while (now() < deadline) {
        const t = now();
        try {
          await post(target.baseUrl, token);
          samples.push(now() - t);
        } catch (error) {
          errors++;
          firstError ??= error;
          if (errors > 100) throw error;
        }
      }
    }),
  );
  if (firstError) log(`   (${errors} failed requests, first: ${(firstError as Error).message})`);
  return { samples, ms: now() - started, errors };
}

/**
 * Loads each target for WARMUP_SECONDS unmeasured, then for LOAD_SECONDS in `rounds` alternating slices, so that
 * what else runs on the machine meanwhile falls on all of them alike. Throughput is answered requests per second.
 */
async function alternate(targets: Target[], rounds = ROUNDS): Promise<LoadResult[]> {
  for (const target of targets) await runLoad(target, WARMUP_SECONDS);
  const totals = targets.map(() => ({ samples: [] as number[], ms: 0, errors: 0 }));
  for (let r = 0; r < rounds; r++) {
    for (const [i, target] of targets.entries()) {
      const run = await runLoad(target, LOAD_SECONDS / rounds);
      totals[i]!.samples.push(...run.samples);
      totals[i]!.ms += run.ms;
      totals[i]!.errors += run.errors;
    }
  }
  return totals.map((t) => ({ lat: percentiles(t.samples), rps: t.samples.length / (t.ms / 1000), requests: t.samples.length, errors: t.errors }));
}

async function sequential(baseUrl: string, token: string | null): Promise<Latency> {
  for (let i = 0; i < 20; i++) await post(baseUrl, token);
  const samples: number[] = [];
  for (let i = 0; i < 100; i++) {
    const t = now();
    await post(baseUrl, token);
    samples.push(now() - t);
  }
  return percentiles(samples);
}

/** Runs `load` while one client logs an activity on a random lead every WRITE_EVERY_MS through the API. */
async function whileWriting<T>(db: pg.Client, baseUrl: string, token: string, load: () => Promise<T>): Promise<{ result: T; count: number }> {
  const ids: string[] = (await db.query('SELECT id FROM leads ORDER BY random() LIMIT 1000')).rows.map((r) => String(r.id));
  let count = 0;
  let stop = false;
  const writer = (async () => {
    while (!stop) {
      const started = now();
      await gql(baseUrl, LOG_ACTIVITY, { id: ids[count % ids.length], i: { type: 'CALL', occurredAt: new Date().toISOString(), summary: '压测期间的电话跟进' } }, token);
      count++;
      await new Promise((r) => setTimeout(r, Math.max(0, WRITE_EVERY_MS - (now() - started))));
    }
  })();
  try {
    return { result: await load(), count };
  } finally {
    stop = true;
    await writer;
  }
}

// ---------- statement count ----------

interface Statement {
  text: string;
  values: unknown[];
}

/**
 * Captures the SQL statements of board requests in an API instance inside this process: pg.Client.prototype.query
 * is wrapped (the pg module is shared within a process, TypeORM's pool included) and only clients of the API's
 * pool are recorded. The outbox relay is off so nothing else queries meanwhile. For each role: the statements of
 * one computed board (with their parameters), and the statements per request of 20 answered from the cache.
 */
async function captureStatements(env: Record<string, string>, managerToken: string, officerToken: string) {
  let recording: Statement[] | null = null;
  const original = pg.Client.prototype.query;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  (pg.Client.prototype as any).query = function (this: pg.Client & { connectionParameters?: { application_name?: string } }, ...args: any[]) {
    if (recording && this.connectionParameters?.application_name === API_APP_NAME) {
      const [first, second] = args;
      const text = typeof first === 'string' ? first : String(first?.text ?? '(query object)');
      const values = Array.isArray(second) ? second : (first?.values ?? []);
      recording.push({ text, values });
    }
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  };
  const app = await createApiApp(loadConfig(env), { relay: false });
  await app.listen(Number(env.PORT), '127.0.0.1');
  try {
    const url = `http://127.0.0.1:${env.PORT}`;
    const capture = async (token: string, requests: number) => {
      recording = [];
      for (let i = 0; i < requests; i++) await post(url, token);
      const got: Statement[] = recording;
      recording = null;
      return got;
    };
    const epoch = app.get(DataEpoch);
    const role = async (token: string) => {
      for (let i = 0; i < 3; i++) await post(url, token); // warm-up: document cache, loaders' shapes
      epoch.bump(); // as any write would: the next answer is computed
      const one = await capture(token, 1);
      const cached = await capture(token, 20);
      return { one, cachedPerRequest: cached.length / 20 };
    };
    return { manager: await role(managerToken), officer: await role(officerToken) };
  } finally {
    await app.close();
    pg.Client.prototype.query = original;
  }
}

// ---------- reporting ----------

/** EXPLAIN ANALYZE of each statement of one board request as the API sent it; full plans for the slow ones. */
async function explainStatements(db: pg.Client, label: string, statements: Statement[]): Promise<void> {
  const parts: string[] = [];
  for (const q of statements) {
    await db.query(q.text, q.values); // warm, as under load
    const plan = (await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${q.text}`, q.values)).rows.map((r) => r['QUERY PLAN'] as string);
    const ms = Number(/Execution Time: ([\d.]+)/.exec(plan.at(-1) ?? '')?.[1] ?? NaN);
    const head = normalize(q.text).slice(0, 70);
    parts.push(`     ${fmt.ms(ms).padStart(9)}  ${head}…`);
    if (ms > 5) parts.push(plan.map((l) => `                  ${l}`).join('\n'));
  }
  log(`   ${label}: the statements of one request in PostgreSQL (EXPLAIN ANALYZE):\n${parts.join('\n')}`);
}

function latencyText(l: Latency): string {
  return `p50 ${fmt.ms(l.p50)}, p95 ${fmt.ms(l.p95)}, p99 ${fmt.ms(l.p99)}, max ${fmt.ms(l.max)} (n = ${l.n})`;
}

function loadText(r: LoadResult): string {
  return `${r.rps.toFixed(1)} req/s, ${latencyText(r.lat)}${r.errors ? `, ${r.errors} errors` : ''}`;
}
