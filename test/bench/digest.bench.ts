/**
 * Digest benchmark ("KPIs against the plan and the weekly digest"; `npm run bench:digest`, BENCH_SIZE=50000
 * BENCH_LEADS=10000 for a quick run): seeds a registry, 100,000 leads with their stage history, open tasks and stale
 * flags, and 100 digest recipients (managers and group users, created through createUser), then builds every digest
 * of one week through the real API process (`generateDigests`, as an administrator would; SMTP off, so nothing is
 * mailed) and compares the time per digest with one SQL query counting that week's stage moves. Then the KPI query
 * for the whole park (`kpis`, through the API, and its registry statement alone) against one plain aggregate over the
 * in-park firms. Missed targets are reported as FAIL; the exit code is non-zero only when something crashed.
 */
import 'reflect-metadata';
import { FIGURES_SQL } from '../../libs/enterprises/src/registry-figures.repository.js';
import {
  benchDatabase, fmt, freePort, gql, now, percentiles, printTable, REDIS_URL, runBench, SCRIPTS, seedLeads, seedRegistry, signIn, startChild, verdict,
} from './bench-support.js';

const BENCH_SIZE = Number(process.env.BENCH_SIZE ?? 1_000_000);
const LEADS = Number(process.env.BENCH_LEADS ?? 100_000);
const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 100);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const DB_NAME = 'lz_bench_digest';
const QUEUE_PREFIX = 'lzbench-digest';
const ADMIN = { email: 'bench-admin@lianzhao.local', password: 'bench-admin-password' };
const PASSWORD = 'bench-user-password';
const TARGET = { perDigestRatio: 20, kpiRatio: 3 };
const log = (s: string) => console.log(s);

runBench(main);

async function main(): Promise<void> {
  log(`Digest benchmark: ${fmt.int(BENCH_SIZE)} enterprises, ${fmt.int(LEADS)} leads, ${RECIPIENTS} recipients`);
  const { databaseUrl, db } = await benchDatabase(DB_NAME, QUEUE_PREFIX);
  const { seeded, ms: seedMs } = await seedRegistry(databaseUrl, BENCH_SIZE);
  log(`   Seeded ${fmt.int(seeded)} enterprises in ${fmt.s(seedMs)}`);

  // ---------- 2. API, officers (lead owners) and recipients ----------
  const port = await freePort(3931);
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    DATABASE_URL: databaseUrl, REDIS_URL, QUEUE_PREFIX, PORT: String(port), LOG_LEVEL: 'warn', DEMO_DATA: 'false', SMTP_URL: '',
    ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, JWT_SECRET: 'bench-digest-secret-0123456789ab', NODE_ENV: 'production',
    PUBLIC_URL: 'https://lianzhao.example.cn',
  };
  await startChild('api', SCRIPTS.api, { ...env, NODE_OPTIONS: '--max-old-space-size=320 --max-semi-space-size=32' }, /API listening/);
  const admin = await signIn(baseUrl, ADMIN.email, ADMIN.password);
  const { subParks } = await gql<{ subParks: { id: string; name: string; group: { id: string } | null }[] }>(baseUrl, '{ subParks { id name group { id } } }', {}, admin);
  let t = now();
  const create = (input: Record<string, unknown>) => gql(baseUrl, 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', { i: { password: PASSWORD, ...input } }, admin);
  for (const [i, p] of subParks.entries()) await create({ email: `bench-officer-${i}@lianzhao.local`, role: 'OFFICER', name: `${p.name} 招商专员`, subParkIds: [p.id] });
  const groups = [...new Set(subParks.map((p) => p.group?.id).filter((g): g is string => !!g))];
  const groupUsers = Math.min(RECIPIENTS, groups.length * 5);
  for (let i = 0; i < RECIPIENTS; i++) {
    if (i < groupUsers) await create({ email: `bench-group-${i}@lianzhao.local`, role: 'GROUP', name: `集团联络人 ${i + 1}`, groupId: groups[i % groups.length], subParkIds: [] });
    else await create({ email: `bench-manager-${i}@lianzhao.local`, role: 'MANAGER', name: `管委会 ${i + 1}`, subParkIds: [] });
  }
  log(`\n2. ${subParks.length} officers and ${RECIPIENTS} recipients (${RECIPIENTS - groupUsers} managers, ${groupUsers} group users of ${groups.length} groups) in ${fmt.s(now() - t)}`);

  // ---------- 3. leads, stage history, tasks, stale flags ----------
  t = now();
  const counts = await seedLeads(db, LEADS, { tasks: true });
  const manager = await signIn(baseUrl, `bench-manager-${RECIPIENTS - 1}@lianzhao.local`, PASSWORD);
  await gql(baseUrl, 'mutation { refreshStaleLeads { flagged } }', {}, manager);
  await db.query('VACUUM ANALYZE leads, lead_stage_changes, lead_tasks, enterprises, enterprise_nodes');
  const monday = lastMonday();
  const from = new Date(`${monday}T00:00:00+08:00`);
  const to = new Date(from.getTime() + 7 * 86_400_000);
  const [week] = (await db.query(
    `SELECT (SELECT count(*) FROM leads WHERE created_at >= $1 AND created_at < $2)::int AS created,
            (SELECT count(*) FROM lead_stage_changes WHERE at >= $1 AND at < $2 AND from_stage IS NOT NULL)::int AS moves,
            (SELECT count(*) FROM leads WHERE stale)::int AS stale`,
    [from, to],
  )).rows;
  log(`\n3. ${fmt.int(counts.leads)} leads, ${fmt.int(counts.stageChanges)} stage changes, ${fmt.int(counts.tasks)} tasks in ${fmt.s(now() - t)}`);
  log(`   the week of ${monday}: ${fmt.int(week.created)} new leads, ${fmt.int(week.moves)} stage moves; ${fmt.int(week.stale)} stale leads`);

  // ---------- 4. every digest of the week vs one count of its stage moves ----------
  const countSql = 'SELECT count(*)::int AS n FROM lead_stage_changes WHERE at >= $1 AND at < $2 AND from_stage IS NOT NULL';
  const countRuns: number[] = [];
  for (let i = 0; i < 25; i++) {
    const s = now();
    await db.query(countSql, [from, to]);
    if (i >= 5) countRuns.push(now() - s);
  }
  const count = percentiles(countRuns).p50;
  const buildRuns: number[] = [];
  let digests = 0;
  for (let r = 0; r < RUNS; r++) {
    await db.query('DELETE FROM digests WHERE week_start = $1', [monday]);
    const s = now();
    const built = await gql<{ generateDigests: { id: string; sendState: string }[] }>(baseUrl, 'mutation($w: String!) { generateDigests(weekStart: $w) { id sendState } }', { w: monday }, admin);
    buildRuns.push(now() - s);
    digests = built.generateDigests.length;
  }
  const build = percentiles(buildRuns).p50;
  const perDigest = build / digests;
  const [sample] = (await db.query('SELECT length(html) AS html, length(text) AS text, stats FROM digests WHERE week_start = $1 ORDER BY id LIMIT 1', [monday])).rows;
  log(`\n4. generateDigests for the week: ${digests} digests in ${fmt.ms(build)} (median of ${RUNS}; ${buildRuns.map(fmt.ms).join(', ')})`);
  log(`   per digest ${fmt.ms(perDigest)}; one count of the week's stage moves ${fmt.ms(count)} (median of 20); ratio ${(perDigest / count).toFixed(1)}×`);
  log(`   a digest: ${fmt.int(sample.html)} characters of HTML, ${fmt.int(sample.text)} of text; new leads ${sample.stats.newLeads.count}, stage moves ${sample.stats.stageMoves.count}`);

  // ---------- 5. the KPI query vs one plain aggregate over the in-park firms ----------
  const plainSql = `SELECT count(*)::int, sum(output)::text, sum(employees)::text FROM enterprises WHERE status = 'IN_PARK'`;
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const kpiSql = FIGURES_SQL;
  const time = async (fn: () => Promise<unknown>, runs = 15, warm = 3) => {
    const samples: number[] = [];
    for (let i = 0; i < runs + warm; i++) {
      const s = now();
      await fn();
      if (i >= warm) samples.push(now() - s);
    }
    return percentiles(samples).p50;
  };
  const plain = await time(() => db.query(plainSql));
  // As the API sends it: JIT off for this statement (RegistryFiguresRepository.withoutJit).
  await db.query('SET jit = off');
  const kpiStatement = await time(() => db.query(kpiSql, [today, null, null]));
  await db.query('RESET jit');
  const kpiApi = await time(() => gql(baseUrl, '{ kpis { code actual } }', {}, manager));
  const [inPark] = (await db.query(`SELECT count(*)::int AS n FROM enterprises WHERE status = 'IN_PARK'`)).rows;
  log(`\n5. KPIs for the whole park over ${fmt.int(inPark.n)} in-park firms: kpis through the API ${fmt.ms(kpiApi)}, its registry statement ${fmt.ms(kpiStatement)}; plain aggregate ${fmt.ms(plain)}`);

  printTable('Summary', ['measure', 'value', 'target', ''], [
    ['data', `${fmt.int(BENCH_SIZE)} enterprises, ${fmt.int(counts.leads)} leads, ${digests} digests`, '', ''],
    ['time per digest (generateDigests / digests)', fmt.ms(perDigest), '', ''],
    ["one count of the week's stage moves", fmt.ms(count), '', ''],
    ['per digest / count', `${(perDigest / count).toFixed(1)}×`, `<= ${TARGET.perDigestRatio}×`, verdict(perDigest / count <= TARGET.perDigestRatio)],
    ['kpis (whole park) through the API', fmt.ms(kpiApi), '', ''],
    ['plain aggregate over in-park firms', fmt.ms(plain), '', ''],
    ['kpis API / plain aggregate', `${(kpiApi / plain).toFixed(2)}×`, `<= ${TARGET.kpiRatio}×`, verdict(kpiApi / plain <= TARGET.kpiRatio)],
    ['KPI registry statement / plain aggregate', `${(kpiStatement / plain).toFixed(2)}×`, '', ''],
  ]);
}

/** Monday (Asia/Shanghai) of the last full week. */
function lastMonday(): string {
  const local = new Date(Date.now() + 8 * 3600_000);
  const dow = (local.getUTCDay() + 6) % 7;
  return new Date(local.getTime() - (dow + 7) * 86_400_000).toISOString().slice(0, 10);
}
