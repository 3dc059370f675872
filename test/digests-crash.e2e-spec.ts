import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { createWorker } from '../apps/worker/src/bootstrap.js';
import { QueueRegistry } from '../libs/platform/src/index.js';
import { GENERATE, mondayOf, shiftDays, TestSmtp } from './digests-support.js';
import { eventually, Harness } from './support/harness.js';

/**
 * The digest's exactly-once under crashes (worker processes from the build, SIGKILLed) and the weekly scheduler
 * under many worker starts.
 */
describe('weekly digest: scheduler and crashes', () => {
  let h: Harness;
  let smtp: TestSmtp;
  let admin: string;
  let manager: { id: string; email: string };
  const week = mondayOf(new Date());

  const digestOf = async (weekStart: string) => {
    const [d] = await h.dataSource.query(
      'SELECT id::text, send_state, send_attempts, handed_over_at, last_error, message_id FROM digests WHERE week_start = $1 AND recipient_id = $2',
      [weekStart, manager.id],
    );
    return d;
  };
  const killed = (child: ChildProcess) => {
    child.kill('SIGKILL');
    return new Promise((r) => child.once('exit', r));
  };

  beforeAll(async () => {
    smtp = await TestSmtp.start();
    h = await Harness.start({ env: { SMTP_URL: smtp.url, GAPS_WINDOW_MS: '200' } });
    admin = await h.adminToken();
    manager = await h.user('manager', 'MANAGER');
  });
  afterAll(async () => {
    await h?.close();
    await smtp?.close();
  });

  it('20 worker starts within a minute leave one scheduler and one pending run, Monday 08:00 Asia/Shanghai; the API registers none', async () => {
    const queue = h.app.get(QueueRegistry).get('maintenance');
    expect((await queue.getJobSchedulers()).filter((s) => s.key === 'weekly-digests')).toHaveLength(0);
    const started = Date.now();
    for (let round = 0; round < 4; round++) {
      const workers = await Promise.all(Array.from({ length: 5 }, () => createWorker(h.config, { relay: false })));
      await Promise.all(workers.map((w) => w.close()));
    }
    expect(Date.now() - started).toBeLessThan(60_000);
    const schedulers = (await queue.getJobSchedulers()).filter((s) => s.key === 'weekly-digests');
    expect(schedulers).toHaveLength(1);
    expect(schedulers[0]).toMatchObject({ pattern: '0 8 * * 1', tz: 'Asia/Shanghai' });
    const pending = (await queue.getJobs(['delayed', 'waiting', 'prioritized'])).filter((j) => j.name === 'WeeklyDigests');
    expect(pending).toHaveLength(1);
    let next = Date.parse(`${week}T08:00:00+08:00`);
    if (next <= Date.now()) next += 7 * 86_400_000;
    expect(pending[0]!.timestamp + (pending[0]!.opts.delay ?? 0)).toBe(next);
    expect(new Date(next).toISOString()).toMatch(/T00:00:00\.000Z$/); // 08:00 in Shanghai is midnight UTC
  });

  it('the scheduled job builds the week that ended', async () => {
    const worker = await createWorker(h.config, { relay: false });
    try {
      const queue = h.app.get(QueueRegistry);
      await queue.add('WeeklyDigests', {});
      const built = await eventually(async () => (await digestOf(shiftDays(week, -7))) ?? undefined, 30_000, 200);
      expect(built).toBeTruthy();
      await eventually(async () => (await digestOf(shiftDays(week, -7)))?.send_state === 'SENT' || undefined, 30_000, 200);
      expect(smtp.to(manager.email)).toHaveLength(1);
    } finally {
      await worker.close();
    }
  });

  it('a worker killed between building and sending, then restarted, sends exactly one mail', async () => {
    smtp.holdConnections = true; // the first connection waits before the greeting: nothing can have been delivered
    const [d] = (await h.ok(GENERATE, { w: week }, admin)).generateDigests;
    expect(d.sendState).toBe('PENDING');
    const doomed = h.spawnWorker();
    await eventually(async () => ((await digestOf(week))?.send_state === 'SENDING' && smtp.heldCount > 0) || undefined, 60_000, 50);
    expect((await digestOf(week)).handed_over_at).toBeNull();
    await killed(doomed);
    smtp.release();
    const before = smtp.to(manager.email).length;

    const successor = h.spawnWorker();
    const sent = await eventually(async () => {
      const row = await digestOf(week);
      return row?.send_state === 'SENT' ? row : undefined;
    }, 90_000, 200);
    expect(sent.send_attempts).toBe(2);
    const mails = smtp.messages.filter((m) => m.messageId === d.messageId);
    expect(mails).toHaveLength(1);
    expect(smtp.to(manager.email).length).toBe(before + 1);
    await new Promise((r) => setTimeout(r, 2000));
    expect(smtp.messages.filter((m) => m.messageId === d.messageId)).toHaveLength(1);
    await killed(successor);
  });

  it('a send interrupted after the message reached the SMTP server is reconciled as UNCERTAIN, not resent', async () => {
    const older = shiftDays(week, -14);
    smtp.holdData = true; // the server has the message but has not said 250 yet
    const [d] = (await h.ok(GENERATE, { w: older }, admin)).generateDigests;
    const doomed = h.spawnWorker();
    await eventually(async () => smtp.messages.some((m) => m.messageId === d.messageId) || undefined, 60_000, 50);
    expect((await digestOf(older)).handed_over_at).not.toBeNull();
    await killed(doomed);
    smtp.release();
    const connections = smtp.connections;

    const successor = h.spawnWorker();
    const row = await eventually(async () => {
      const r = await digestOf(older);
      return r?.send_state === 'UNCERTAIN' ? r : undefined;
    }, 90_000, 200);
    expect(row.last_error).toContain('不自动重发');
    expect(row.last_error).toContain(d.messageId);
    await new Promise((r) => setTimeout(r, 2000));
    expect(smtp.connections).toBe(connections); // nobody tried again
    expect(smtp.messages.filter((m) => m.messageId === d.messageId)).toHaveLength(1);
    await killed(successor);
  });

  it('a worker that built the week itself, SIGKILLed before any mail reached SMTP, and restarted: one mail per recipient', async () => {
    const built = shiftDays(week, -21);
    const recipients = [manager, await h.user('manager-2', 'MANAGER'), await h.user('eco-group', 'GROUP', { group: 'ECO_GROUP' })];
    const rows = (): Promise<{ id: string; recipient_id: string; send_state: string; handed_over_at: Date | null; message_id: string }[]> =>
      h.dataSource.query('SELECT id::text, recipient_id::text, send_state, handed_over_at, message_id FROM digests WHERE week_start = $1 ORDER BY recipient_id', [built]);
    const mailsOf = (r: { email: string }) => smtp.to(r.email).filter((m) => m.subject?.includes(`${built} 至`));
    expect(await rows()).toEqual([]);

    smtp.holdConnections = true; // every connection waits before the greeting: nothing can have been delivered
    await h.app.get(QueueRegistry).add('WeeklyDigests', { weekStart: built }); // the API only enqueues: the worker builds
    const doomed = h.spawnWorker();
    const atKill = await eventually(async () => {
      const r = await rows();
      return r.length === recipients.length && r.some((x) => x.send_state === 'SENDING') && smtp.heldCount > 0 ? r : undefined;
    }, 60_000, 50);
    await killed(doomed);
    expect(atKill.map((r) => r.recipient_id).sort()).toEqual(recipients.map((r) => r.id).sort());
    expect(atKill.every((r) => r.handed_over_at === null)).toBe(true);
    for (const r of recipients) expect(mailsOf(r)).toHaveLength(0);
    smtp.release();

    const successor = h.spawnWorker();
    const sent = await eventually(async () => {
      const r = await rows();
      return r.every((x) => x.send_state === 'SENT') ? r : undefined;
    }, 90_000, 200);
    expect(sent.map((r) => r.id)).toEqual(atKill.map((r) => r.id)); // nothing built twice
    await new Promise((r) => setTimeout(r, 2000));
    for (const r of recipients) {
      const mails = mailsOf(r);
      expect(mails).toHaveLength(1);
      expect(mails[0]!.messageId).toBe(sent.find((x) => x.recipient_id === r.id)!.message_id);
    }
    await killed(successor);
  });
});
