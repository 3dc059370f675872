import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import request from 'supertest';
import { adminQuery, dbUrl, TEMPLATE_DB, TEST_REDIS_URL } from './support/databases.js';
import { clearRedisPrefix, eventually } from './support/harness.js';
import { ensureTemplate } from './support/template.js';

/** Issue 11, item 3: `npm start` as an operator runs it, and its worker killed the way the OOM killer would. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

describe('one crash is not an outage (issue 11, item 3)', () => {
  const id = randomBytes(4).toString('hex');
  const dbName = `lz_suite_${id}`;
  const prefix = `lzt_${id}`;
  let start: ChildProcess;
  let url: string;
  let stderr = '';

  beforeAll(async () => {
    await ensureTemplate();
    await adminQuery(`CREATE DATABASE ${dbName} TEMPLATE ${TEMPLATE_DB}`);
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    const env = { ...process.env } as Record<string, string>;
    delete env.NODE_OPTIONS;
    start = spawn(process.execPath, ['dist/scripts/start.js'], {
      env: {
        ...env,
        DATABASE_URL: dbUrl(dbName), REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: prefix, PORT: String(port), NODE_ENV: 'test', LOG_LEVEL: 'silent',
        DEMO_DATA: 'false', JWT_SECRET: `crash-test-secret-${id}-long-enough`, ADMIN_EMAIL: 'admin@test.local', ADMIN_PASSWORD: 'admin-password-1',
        // Long enough that /health can be seen saying the worker is down before it is back.
        LZ_RESTART_DELAY_MS: '12000',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    start.stderr!.on('data', (d) => (stderr += d));
  });
  afterAll(async () => {
    if (start && start.exitCode === null) {
      const gone = new Promise((resolve) => start.once('exit', resolve));
      start.kill('SIGTERM');
      await gone;
    }
    await clearRedisPrefix(TEST_REDIS_URL, prefix);
    await adminQuery(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  });

  const health = async () => {
    const res = await request(url).get('/health');
    return { status: res.status, body: res.body as { status: string; worker: string } };
  };
  const workerPid = (nth: number) => [...stderr.matchAll(/worker started \(pid (\d+)\)/g)][nth - 1]?.[1];

  it('restarts a killed worker with a back-off and a clear line, while the API serves and /health says the worker is down', async () => {
    await eventually(async () => (await health().catch(() => null))?.body.worker === 'up', 90_000, 500);
    const first = Number(workerPid(1));
    expect(first).toBeGreaterThan(0);

    process.kill(first, 'SIGKILL');
    await eventually(async () => new RegExp(`worker \\(pid ${first}\\) exited \\(signal SIGKILL\\); restarting it in 12 s \\(restart 1\\)`).test(stderr), 10_000, 100);

    // The API keeps serving: it answers GraphQL, and its /health is 200 and names what is down.
    const down = await eventually(async () => {
      const h = await health();
      return h.body.worker === 'down' ? h : undefined;
    }, 15_000, 250);
    expect(down).toEqual({ status: 200, body: { status: 'degraded', database: 'up', redis: 'up', worker: 'down' } });
    const login = await request(url)
      .post('/graphql')
      .send({ query: 'mutation { login(email: "admin@test.local", password: "admin-password-1") { accessToken } }' });
    expect(login.body.data?.login.accessToken).toBeTruthy();
    expect(start.exitCode).toBeNull();

    // Then the worker is back.
    await eventually(async () => workerPid(2), 20_000, 200);
    expect(Number(workerPid(2))).not.toBe(first);
    await eventually(async () => (await health()).body.status === 'ok', 60_000, 500);
  }, 180_000);
});
