import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Queue } from 'bullmq';
import request from 'supertest';
import { AppConfig, enqueueInTransaction, OutboxRelay, QueueRegistry } from '../libs/platform/src/index.js';
import { ADMIN, eventually, Harness } from './support/harness.js';

const ME = '{ me { id email role name subParkIds } }';
const CREATE_USER = 'mutation($i: CreateUserInput!) { createUser(input: $i) { id email role } }';

describe('platform foundation', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await Harness.start({ worker: true });
  });
  afterAll(async () => {
    await h?.close();
  });

  describe('identity', () => {
    it('signs in every role and tells each who they are, with their sub-parks', async () => {
      const admin = await h.ok(ME, {}, await h.adminToken());
      expect(admin.me).toMatchObject({ email: ADMIN.email, role: 'ADMIN' });

      const manager = await h.user('mgr', 'MANAGER');
      expect((await h.ok(ME, {}, manager.token)).me).toMatchObject({ role: 'MANAGER', email: manager.email, subParkIds: [] });

      const officer = await h.user('officer', 'OFFICER', { subParks: ['SMART_ISLAND'] });
      expect((await h.ok(ME, {}, officer.token)).me).toMatchObject({ role: 'OFFICER', subParkIds: [await h.subParkId('SMART_ISLAND')] });

      // A group user sees every sub-park its group runs (生态企业集团 runs two).
      const group = await h.user('eco', 'GROUP', { group: 'ECO_GROUP' });
      const groupMe = (await h.ok(ME, {}, group.token)).me;
      expect(groupMe.role).toBe('GROUP');
      expect(groupMe.subParkIds.sort()).toEqual([await h.subParkId('CHONGMING_INDUSTRIAL'), await h.subParkId('FUSHENG')].sort());
    });

    it('issues a JWT with an expiry', async () => {
      const res = await h.ok('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken expiresAt user { role } } }', {
        e: ADMIN.email,
        p: ADMIN.password,
      });
      const claims = JSON.parse(Buffer.from(res.login.accessToken.split('.')[1], 'base64url').toString());
      expect(claims.exp).toBeGreaterThan(Date.now() / 1000);
      expect(new Date(res.login.expiresAt).getTime()).toBe(claims.exp * 1000);
      expect(res.login.user.role).toBe('ADMIN');
    });

    it('answers UNAUTHENTICATED without a token or with a forged one', async () => {
      expect((await h.gql(ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect((await h.gql(ME, {}, 'not.a.token')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('rejects a wrong password, and locks the account after repeated failures', async () => {
      const victim = await h.user('victim', 'MANAGER');
      const attempt = (p: string) => h.gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', { e: victim.email, p });
      for (let i = 0; i < 5; i++) expect((await attempt('wrong-password')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const locked = await attempt(victim.password);
      expect(locked.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(locked.errors?.[0].message).toMatch(/Too many failed sign-ins/);
    });

    it('lets only an administrator create users', async () => {
      const officer = await h.user('officer2', 'OFFICER', { subParks: ['FUSHENG'] });
      const res = await h.gql(CREATE_USER, { i: { email: 'x@test.local', password: 'password-123', role: 'MANAGER', name: 'x', subParkIds: [] } }, officer.token);
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
      const [{ count }] = await h.dataSource.query(`SELECT count(*)::int AS count FROM users WHERE email = 'x@test.local'`);
      expect(count).toBe(0);
    });

    it('answers BAD_USER_INPUT naming the field for bad input', async () => {
      const admin = await h.adminToken();
      const badEmail = await h.gql(CREATE_USER, { i: { email: 'not-an-email', password: 'password-123', role: 'MANAGER', name: 'x', subParkIds: [] } }, admin);
      expect(badEmail.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });

      const shortPassword = await h.gql(CREATE_USER, { i: { email: 'y@test.local', password: 'short', role: 'MANAGER', name: 'y', subParkIds: [] } }, admin);
      expect(shortPassword.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });

      const badRole = await h.gql(CREATE_USER, { i: { email: 'z@test.local', password: 'password-123', role: 'KING', name: 'z', subParkIds: [] } }, admin);
      expect(badRole.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

      const officerWithoutPark = await h.gql(CREATE_USER, { i: { email: 'o@test.local', password: 'password-123', role: 'OFFICER', name: 'o', subParkIds: [] } }, admin);
      expect(officerWithoutPark.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subParkIds' });
    });

    it('answers CONFLICT for a second user with the same e-mail', async () => {
      const res = await h.gql(CREATE_USER, { i: { email: ADMIN.email.toUpperCase(), password: 'password-123', role: 'MANAGER', name: 'dup', subParkIds: [] } }, await h.adminToken());
      expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
    });
  });

  describe('GraphQL hygiene', () => {
    it('refuses a query nested past the depth limit with TOO_COMPLEX', async () => {
      const deep = '{ subParks { group { subParks { group { subParks { group { subParks { group { subParks { id } } } } } } } } } }';
      const res = await h.gql(deep, {}, await h.adminToken());
      expect(res.errors?.[0].extensions?.code).toBe('TOO_COMPLEX');
      expect(res.data).toBeUndefined();
    });

    it('serves a reasonable nested query', async () => {
      const res = await h.ok('{ subParks { name group { name subParks { name } } } }', {}, await h.adminToken());
      const changxing = res.subParks.find((p: { name: string }) => p.name === '长兴海洋装备产业基地');
      expect(changxing.group.name).toBe('长兴企业集团');
    });

    it('never returns a stack trace', async () => {
      const res = await h.gql('{ nope }', {}, await h.adminToken());
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res)).not.toMatch(/stacktrace|at .*\.js:\d+/);
    });
  });

  describe('audit', () => {
    it('records each mutation with the actor and the old and new values, readable by an administrator only', async () => {
      const admin = await h.adminToken();
      const fusheng = await h.subParkId('FUSHENG');
      const changxingGroup = await h.groupId('CHANGXING_GROUP');
      const ecoGroup = await h.groupId('ECO_GROUP');
      await h.ok('mutation($id: ID!, $i: UpdateSubParkInput!) { updateSubPark(id: $id, input: $i) { id group { id } } }', { id: fusheng, i: { groupId: changxingGroup } }, admin);

      const logs = await h.ok(
        'query($id: ID!) { auditLogs(entity: "SubPark", entityId: $id) { action actorId changes { field old new } at } }',
        { id: fusheng },
        admin,
      );
      const [adminRow] = await h.dataSource.query('SELECT id FROM users WHERE email = $1', [ADMIN.email]);
      expect(logs.auditLogs[0]).toMatchObject({ action: 'updateSubPark', actorId: String(adminRow.id), changes: [{ field: 'groupId', old: ecoGroup, new: changxingGroup }] });

      const manager = await h.user('mgr-audit', 'MANAGER');
      expect((await h.gql('{ auditLogs { id } }', {}, manager.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      await h.ok('mutation($id: ID!, $i: UpdateSubParkInput!) { updateSubPark(id: $id, input: $i) { id } }', { id: fusheng, i: { groupId: ecoGroup } }, admin);
    });

    it('writes no audit row when the mutation fails', async () => {
      const before = await h.dataSource.query('SELECT count(*)::int AS n FROM audit_log');
      const res = await h.gql('mutation($id: ID!, $i: UpdateSubParkInput!) { updateSubPark(id: $id, input: $i) { id } }', { id: await h.subParkId('FUSHENG'), i: { groupId: '999999' } }, await h.adminToken());
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groupId' });
      expect(await h.dataSource.query('SELECT count(*)::int AS n FROM audit_log')).toEqual(before);
    });
  });

  describe('outbox', () => {
    const unsentPings = async (note: string) =>
      (await h.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE payload->>'note' = $1 AND sent_at IS NULL`, [note]))[0].n;

    it('leaves no outbox row when the transaction rolls back', async () => {
      await expect(
        h.dataSource.transaction(async (m) => {
          await enqueueInTransaction(m, { name: 'Ping', payload: { note: 'rolled-back' } });
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      const [{ n }] = await h.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE payload->>'note' = 'rolled-back'`);
      expect(n).toBe(0);
    });

    it('keeps work written while Redis is unreachable and delivers it exactly once when Redis returns', async () => {
      // A relay whose Redis is down (nothing listens on port 1), sharing the suite's database.
      const downConfig = Object.assign(new AppConfig(), h.config, { REDIS_URL: 'redis://127.0.0.1:1' });
      const downQueues = new QueueRegistry(downConfig);
      const downRelay = new OutboxRelay(h.dataSource, downQueues);
      // Stop the suite's own relays (API and worker) so only the relays under test move rows.
      await h.app.get(OutboxRelay).onApplicationShutdown();
      await h.worker!.get(OutboxRelay).onApplicationShutdown();
      await h.stopWorker();

      await h.dataSource.transaction((m) => enqueueInTransaction(m, { name: 'Ping', payload: { note: 'while-down' } }));
      expect(await downRelay.relayBatch()).toBe(0);
      expect(await unsentPings('while-down')).toBe(1);
      await downQueues.onApplicationShutdown();

      const upRelay = new OutboxRelay(h.dataSource, h.app.get(QueueRegistry));
      expect(await upRelay.drain()).toBeGreaterThanOrEqual(1);
      expect(await unsentPings('while-down')).toBe(0);

      // A relay that crashed after adding but before marking re-sends the row: BullMQ keeps one job.
      await h.dataSource.query(`UPDATE outbox SET sent_at = NULL WHERE payload->>'note' = 'while-down'`);
      await upRelay.drain();

      const queue = new Queue('maintenance', { connection: { url: h.config.REDIS_URL }, prefix: h.config.QUEUE_PREFIX });
      const jobs = await queue.getJobs(['waiting', 'active', 'completed', 'delayed', 'failed']);
      expect(jobs.filter((j) => j.data.note === 'while-down')).toHaveLength(1);

      // And the real worker processes it.
      h.worker = (await import('../apps/worker/src/bootstrap.js').then((m) => m.createWorker(h.config, { relay: false })));
      const [job] = jobs.filter((j) => j.data.note === 'while-down');
      await eventually(async () => (await queue.getJobState(job.id!)) === 'completed');
      expect((await queue.getJob(job.id!))?.returnvalue).toEqual({ pong: 'while-down' });
      await queue.close();
    });

    it('lets several relays run at once without sending a row twice', async () => {
      await h.dataSource.transaction(async (m) => {
        for (let i = 0; i < 50; i++) await enqueueInTransaction(m, { name: 'Ping', payload: { note: `many-${i}` } });
      });
      const relays = [0, 1, 2].map(() => new OutboxRelay(h.dataSource, h.app.get(QueueRegistry)));
      const sent = await Promise.all(relays.map((r) => r.drain()));
      expect(sent.reduce((a, b) => a + b, 0)).toBe(50);
      const [{ n }] = await h.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE payload->>'note' LIKE 'many-%' AND sent_at IS NULL`);
      expect(n).toBe(0);
    });
  });

  describe('operations', () => {
    it('reports database and Redis in GET /health', async () => {
      const res = await request(h.url).get('/health');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'ok', database: 'up', redis: 'up', worker: 'up' });
      expect(res.headers['x-request-id']).toBeTruthy();
    });

    it('shows the queue dashboard to administrators only', async () => {
      expect((await request(h.url).get('/admin/queues')).status).toBe(401);
      const manager = await h.user('mgr-board', 'MANAGER');
      expect((await request(h.url).get('/admin/queues').set('authorization', `Bearer ${manager.token}`)).status).toBe(403);
      const ok = await request(h.url).get('/admin/queues').set('cookie', `lz_token=${await h.adminToken()}`);
      expect(ok.status).toBe(200);
      expect(ok.text).toMatch(/<html/i);
    });
  });
});
