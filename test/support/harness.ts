import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { Redis } from 'ioredis';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/bootstrap.js';
import { createWorker } from '../../apps/worker/src/bootstrap.js';
import { closeRedis, loadConfig, QueueRegistry, type AppConfig } from '../../libs/platform/src/index.js';
import { adminQuery, dbUrl, TEMPLATE_DB, TEST_REDIS_URL } from './databases.js';
import { ensureTemplate } from './template.js';

export const ADMIN = { email: 'admin@test.local', password: 'admin-password-1' };

export interface GqlResult<T = any> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; field?: string } & Record<string, unknown> }[];
}

/**
 * One suite's world: its own database (cloned from the migrated template), its own Redis key prefix, the
 * real API listening on a port, and optionally the real worker. Nothing is shared between suites.
 */
export class Harness {
  app!: INestApplication;
  worker?: INestApplicationContext;
  config!: AppConfig;
  url!: string;
  private tokens = new Map<string, string>();
  private children: ChildProcess[] = [];

  /** `names`: the prefixes of the suite's database and queues (browser suites keep their own, see startWebHarness). */
  static async start(opts: { worker?: boolean; env?: Record<string, string>; names?: { db: string; queue: string } } = {}): Promise<Harness> {
    const h = new Harness();
    const id = randomBytes(4).toString('hex');
    const names = opts.names ?? { db: 'lz_suite', queue: 'lzt' };
    const dbName = `${names.db}_${id}`;
    await ensureTemplate();
    await adminQuery(`CREATE DATABASE ${dbName} TEMPLATE ${TEMPLATE_DB}`);
    h.config = loadConfig({
      DATABASE_URL: dbUrl(dbName),
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: `${names.queue}_${id}`,
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      JWT_SECRET: `test-secret-${id}-long-enough`,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      DEMO_DATA: 'false',
      ...opts.env,
    });
    h.app = await createApiApp(h.config);
    await h.app.listen(0, '127.0.0.1');
    h.url = await h.app.getUrl();
    if (opts.worker) h.worker = await createWorker(h.config);
    return h;
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  async gql<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResult<T>> {
    const req = request(this.url).post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    return res.body as GqlResult<T>;
  }

  /** Like gql, but fails the test with the server's errors if there are any. */
  async ok<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const res = await this.gql<T>(query, variables, token);
    if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data as T;
  }

  /** Runs a chain-gap analysis as `adminToken` and waits for its job to end; resolves with how it ended. */
  async recomputeChainGaps(adminToken: string): Promise<{ state: string; failedReason: string | null }> {
    const jobId = (await this.ok('mutation { recomputeChainGaps { id } }', {}, adminToken)).recomputeChainGaps.id;
    return eventually(async () => {
      const { job } = await this.ok('query($id: ID!) { job(id: $id) { state failedReason } }', { id: jobId }, adminToken);
      return job.state === 'COMPLETED' || job.state === 'FAILED' ? job : undefined;
    }, 30_000);
  }

  async login(email: string, password: string): Promise<string> {
    const data = await this.ok<{ login: { accessToken: string } }>(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
      { e: email, p: password },
    );
    return data.login.accessToken;
  }

  async adminToken(): Promise<string> {
    let t = this.tokens.get('admin');
    if (!t) this.tokens.set('admin', (t = await this.login(ADMIN.email, ADMIN.password)));
    return t;
  }

  async subParkId(code: string): Promise<string> {
    const [row] = await this.dataSource.query('SELECT id FROM sub_parks WHERE code = $1', [code]);
    if (!row) throw new Error(`No sub-park ${code}`);
    return row.id;
  }

  async groupId(code: string): Promise<string> {
    const [row] = await this.dataSource.query('SELECT id FROM groups WHERE code = $1', [code]);
    return row.id;
  }

  /** Creates a user through the API (as the admin) and signs in; one per key per suite. */
  async user(key: string, role: 'ADMIN' | 'MANAGER' | 'OFFICER' | 'GROUP', opts: { subParks?: string[]; group?: string } = {}) {
    const email = `${key}@test.local`;
    const password = `${key}-password-1`;
    if (!this.tokens.has(key)) {
      const subParkIds = await Promise.all((opts.subParks ?? []).map((c) => this.subParkId(c)));
      const groupId = opts.group ? await this.groupId(opts.group) : undefined;
      await this.ok(
        'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
        { i: { email, password, role, name: key, subParkIds, groupId } },
        await this.adminToken(),
      );
      this.tokens.set(key, await this.login(email, password));
    }
    const [row] = await this.dataSource.query('SELECT id FROM users WHERE email = $1', [email]);
    return { token: this.tokens.get(key)!, id: String(row.id), email, password };
  }

  /**
   * The real worker as a separate process (from the compiled build, which `npm test` makes first), for tests
   * that must kill it the way a crash would.
   */
  spawnWorker(): ChildProcess {
    const env = { ...process.env, ...Object.fromEntries(Object.entries(this.config).map(([k, v]) => [k, String(v)])) };
    delete env.NODE_OPTIONS;
    const child = spawn(process.execPath, ['dist/apps/worker/src/main.js'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    this.children.push(child);
    return child;
  }

  /** Waits until background work is done: nothing left in the outbox and no queue has a job to run. */
  async settled(timeoutMs = 60_000): Promise<void> {
    const queues = this.app.get(QueueRegistry).all();
    let quietChecks = 0;
    await eventually(async () => {
      const [{ n }] = await this.dataSource.query('SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL');
      // The maintenance queue always holds the next scheduled (hourly) job as delayed: that is not pending work.
      const counts = await Promise.all(queues.map((q) => (q.name === 'maintenance' ? q.getJobCounts('waiting', 'active') : q.getJobCounts('waiting', 'active', 'delayed', 'prioritized'))));
      const busy = n + counts.reduce((sum, c) => sum + Object.values(c).reduce((a, b) => a + b, 0), 0);
      quietChecks = busy === 0 ? quietChecks + 1 : 0;
      return quietChecks >= 3 || undefined;
    }, timeoutMs, 200);
  }

  async stopWorker(): Promise<void> {
    await this.worker?.close();
    this.worker = undefined;
  }

  async close(): Promise<void> {
    for (const c of this.children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await this.stopWorker();
    await this.app?.close();
    await clearRedisPrefix(this.config.REDIS_URL, this.config.QUEUE_PREFIX);
    await adminQuery(`DROP DATABASE IF EXISTS ${new URL(this.config.DATABASE_URL).pathname.slice(1)} WITH (FORCE)`);
  }
}

export async function clearRedisPrefix(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    await closeRedis(redis);
  }
}

/** Polls until `check` returns a value (not undefined/false) or the deadline passes: waiting by completion, not sleep. */
export async function eventually<T>(check: () => Promise<T | undefined | false | null>, timeoutMs = 10_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v !== undefined && v !== false && v !== null) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting${last ? `: ${(last as Error).message}` : ''}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
