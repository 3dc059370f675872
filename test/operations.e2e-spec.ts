import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { Queue } from 'bullmq';
import { enqueueInTransaction } from '../libs/platform/src/index.js';
import { eventually, Harness } from './support/harness.js';

/** Runs a compiled entry point (npm test builds first) and collects how it ended. */
function run(script: string, env: Record<string, string>): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], { env: { ...process.env, NODE_OPTIONS: '', ...env } });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.on('data', (d) => (stdout += d));
    child.on('exit', (code) => resolve({ code, stderr, stdout }));
  });
}

describe('operations', () => {
  it('ends `npm start` with one clear line naming PostgreSQL when it is unreachable', async () => {
    const res = await run('dist/scripts/start.js', { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/lianzhao' });
    expect(res.code).toBe(1);
    const lines = res.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/PostgreSQL is not reachable at 127\.0\.0\.1:1.*Start it/);
  });

  it('ends the API with one clear line naming Redis when it is unreachable', async () => {
    const res = await run('dist/apps/api/src/main.js', { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres', REDIS_URL: 'redis://127.0.0.1:1' });
    expect(res.code).toBe(1);
    expect(res.stderr.trim().split('\n')).toEqual([expect.stringMatching(/Redis is not reachable at 127\.0\.0\.1:1/)]);
  });

  describe('in production', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await Harness.start({ env: { NODE_ENV: 'production' } });
    });
    afterAll(async () => {
      await h?.close();
    });

    it('turns introspection and field suggestions off', async () => {
      const token = await h.adminToken();
      const intro = await h.gql('{ __schema { types { name } } }', {}, token);
      expect(intro.errors?.[0].message).toMatch(/introspection/i);
      const typo = await h.gql('{ subPark { id } }', {}, token);
      expect(typo.errors?.[0].message).not.toMatch(/Did you mean/);
    });
  });

  describe('the worker', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await Harness.start();
    });
    afterAll(async () => {
      await h?.close();
    });

    it('on SIGTERM while a job runs, finishes the job and exits with 0', async () => {
      const worker = h.spawnWorker();
      await h.dataSource.transaction((m) => enqueueInTransaction(m, { name: 'Ping', payload: { note: 'during-sigterm', holdMs: 3000 } }));
      const queue = new Queue('maintenance', { connection: { url: h.config.REDIS_URL }, prefix: h.config.QUEUE_PREFIX });
      try {
        const job = await eventually(async () => (await queue.getJobs(['active'])).find((j) => j.data.note === 'during-sigterm'), 30_000, 50);
        const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => worker.once('exit', (code, signal) => resolve({ code, signal })));
        worker.kill('SIGTERM');
        expect(await exited).toEqual({ code: 0, signal: null });
        expect(await queue.getJobState(job.id!)).toBe('completed');
        expect((await queue.getJob(job.id!))?.returnvalue).toEqual({ pong: 'during-sigterm' });
      } finally {
        await queue.close();
      }
    });
  });
});
