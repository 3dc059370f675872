import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Queue } from 'bullmq';
import { JobRunsService } from '../libs/job-runs/src/job-runs.service.js';
import { AppConfig, enqueueInTransaction, OutboxRelay, QueueRegistry } from '../libs/platform/src/index.js';
import { createWorker } from '../apps/worker/src/bootstrap.js';
import { ProfilerService } from '../libs/profiles/src/profiler.service.js';
import { Harness } from './support/harness.js';
import { CREATE_ENTERPRISE, enterpriseInput } from './support/factories.js';

/** One path from a change to a job: the outbox. */
describe('outbox: every job a change needs', () => {
  let h: Harness;
  let queue: Queue;

  beforeAll(async () => {
    h = await Harness.start({ env: { GAPS_WINDOW_MS: '60000' } });
    queue = new Queue('chain-gaps', { connection: { url: h.config.REDIS_URL }, prefix: h.config.QUEUE_PREFIX });
  });
  afterAll(async () => {
    await queue?.close();
    await h?.close();
  });

  it('creates a tracked job run and its message together, and neither when the change rolls back', async () => {
    const jobs = h.app.get(JobRunsService);
    const runId = await h.dataSource.transaction((m) => jobs.enqueueTracked(m, 'RecomputeChainGaps', {}, null));
    const [row] = await h.dataSource.query(`SELECT payload FROM outbox WHERE job_name = 'RecomputeChainGaps' AND payload->>'runId' = $1`, [runId]);
    expect(row.payload).toEqual({ runId });

    const before = (await h.dataSource.query('SELECT count(*)::int AS n FROM job_runs'))[0].n;
    await expect(
      h.dataSource.transaction(async (m) => {
        await jobs.enqueueTracked(m, 'RecomputeProfiles', {}, null);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect((await h.dataSource.query('SELECT count(*)::int AS n FROM job_runs'))[0].n).toBe(before);
    expect((await h.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE job_name = 'RecomputeProfiles'`))[0].n).toBe(0);
  });

  it('turns a burst of profile writes into one gap analysis, through the outbox', async () => {
    const admin = await h.adminToken();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await h.ok(CREATE_ENTERPRISE, { i: enterpriseInput() }, admin)).createEnterprise.id);
    const profiler = h.app.get(ProfilerService);
    for (const id of ids) expect(await profiler.profileEnterprises([id])).toBe(1);

    const rows = await h.dataSource.query(`SELECT dedupe_key, coalesce_ms FROM outbox WHERE job_name = 'RecomputeChainGaps' AND payload->>'runId' IS NULL`);
    expect(rows).toHaveLength(3);
    expect(rows.every((r: { coalesce_ms: number }) => r.coalesce_ms === 60000)).toBe(true);
    await h.app.get(OutboxRelay).drain();
    const waiting = (await queue.getJobs(['delayed', 'waiting'])).filter((j) => j.name === 'RecomputeChainGaps' && !j.data.runId);
    expect(waiting).toHaveLength(1);
  });

  it('purges sent rows after a week and keeps unsent ones with their error', async () => {
    await h.dataSource.transaction(async (m) => {
      await enqueueInTransaction(m, { name: 'Ping', payload: { note: 'old-sent' } });
      await enqueueInTransaction(m, { name: 'Ping', payload: { note: 'recent-sent' } });
      await enqueueInTransaction(m, { name: 'Ping', payload: { note: 'never-sent' } });
    });
    await h.dataSource.query(`UPDATE outbox SET sent_at = now() - interval '8 days' WHERE payload->>'note' = 'old-sent'`);
    await h.dataSource.query(`UPDATE outbox SET sent_at = now() - interval '1 day' WHERE payload->>'note' = 'recent-sent'`);
    await h.dataSource.query(`UPDATE outbox SET sent_at = NULL, created_at = now() - interval '30 days' WHERE payload->>'note' = 'never-sent'`);
    // Only the relay under test moves rows now; it cannot reach Redis, and says so on the row it could not send.
    await h.app.get(OutboxRelay).onApplicationShutdown();
    const downQueues = new QueueRegistry(Object.assign(new AppConfig(), h.config, { REDIS_URL: 'redis://127.0.0.1:1' }));
    const downRelay = new OutboxRelay(h.dataSource, downQueues);
    expect(await downRelay.relayBatch()).toBe(0);
    await downQueues.onApplicationShutdown();

    // The purge needs only the database.
    const { deleted } = await downRelay.purgeSent();
    expect(deleted).toBeGreaterThanOrEqual(1);
    const left = (await h.dataSource.query(`SELECT payload->>'note' AS note, last_error FROM outbox WHERE payload->>'note' LIKE '%-sent' ORDER BY id`)) as { note: string; last_error: string | null }[];
    expect(left.map((r) => r.note)).toEqual(['recent-sent', 'never-sent']);
    expect(left[1].last_error).toMatch(/Redis|ECONNREFUSED|connect/);
  });

  it('registers the daily purge as a schedule of the worker', async () => {
    h.worker = await createWorker(h.config);
    const maintenance = new Queue('maintenance', { connection: { url: h.config.REDIS_URL }, prefix: h.config.QUEUE_PREFIX });
    try {
      const schedulers = await maintenance.getJobSchedulers();
      expect(schedulers.map((s) => s.key)).toContain('purge-outbox');
    } finally {
      await maintenance.close();
    }
  });
});
