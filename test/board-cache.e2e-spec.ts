import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import request from 'supertest';
import { UNWATCHED_TABLES } from '../migrations/1764700000000-data-change-notify.js';
import { DATA_CHANGED_CHANNEL } from '../libs/platform/src/index.js';
import { eventually, Harness } from './support/harness.js';
import { CREATE_ENTERPRISE, CREATE_LEAD, enterpriseInput, MOVE_LEAD } from './support/factories.js';

/**
 * The board is answered from a cache keyed by who may see what and by the data epoch. What a user must notice:
 * nothing, except speed — every answer is what a fresh computation would give.
 */
const BOARD = `{ pipeline { stage count expectedInvestment leads(first: 5) { edges { node { id title stage owner { name } enterprise { name } } } } } }`;

describe('cached board answers', () => {
  let h: Harness;
  let smart: string;
  let fusheng: string;
  let officerA: { token: string; id: string };
  let officerA2: { token: string; id: string };
  let officerB: { token: string; id: string };
  let manager: { token: string; id: string };
  let enterpriseId: string;

  const board = async (token: string) => (await h.ok(BOARD, {}, token)).pipeline as { stage: string; count: number; expectedInvestment: number; leads: any }[];
  const column = (b: Awaited<ReturnType<typeof board>>, stage: string) => b.find((c) => c.stage === stage)!;
  const titles = (b: Awaited<ReturnType<typeof board>>) => b.flatMap((c) => c.leads.edges.map((e: any) => e.node.title)).sort();
  const newLead = async (token: string, subParkId: string, title: string) =>
    (await h.ok(CREATE_LEAD, { i: { enterpriseId, title, subParkId, expectedInvestment: 1000 } }, token)).createLead;

  beforeAll(async () => {
    h = await Harness.start();
    smart = await h.subParkId('SMART_ISLAND');
    fusheng = await h.subParkId('FUSHENG');
    officerA = await h.user('cache-officer-a', 'OFFICER', { subParks: ['SMART_ISLAND'] });
    officerA2 = await h.user('cache-officer-a2', 'OFFICER', { subParks: ['SMART_ISLAND'] });
    officerB = await h.user('cache-officer-b', 'OFFICER', { subParks: ['FUSHENG'] });
    manager = await h.user('cache-manager', 'MANAGER');
    enterpriseId = (await h.ok(CREATE_ENTERPRISE, { i: enterpriseInput({ name: '缓存测试企业' }) }, officerA.token)).createEnterprise.id;
    await newLead(officerA.token, smart, '智慧岛项目甲');
    await newLead(officerB.token, fusheng, '富盛项目乙');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('never serves one audience what was computed for another', async () => {
    // Warm every audience, then ask again: each still sees only its own sub-park.
    for (let round = 0; round < 2; round++) {
      expect(titles(await board(officerA.token))).toEqual(['智慧岛项目甲']);
      expect(titles(await board(officerB.token))).toEqual(['富盛项目乙']);
      expect(titles(await board(manager.token))).toEqual(['富盛项目乙', '智慧岛项目甲']);
    }
    // Two officers of the same sub-park see the same records, so they may share an answer, and do agree.
    expect(await board(officerA2.token)).toEqual(await board(officerA.token));
  });

  it('computes a board once per audience and data epoch, and serves repeats from the cache', async () => {
    const get = (token: string) => request(h.url).post('/graphql').set('authorization', `Bearer ${token}`).send({ query: BOARD });
    await newLead(officerB.token, fusheng, '富盛项目丁'); // a write: every cached answer is out of date
    const first = await get(officerA.token);
    const again = await get(officerA.token);
    const colleague = await get(officerA2.token);
    const otherPark = await get(officerB.token);
    expect([first.headers['x-cache'], again.headers['x-cache'], colleague.headers['x-cache'], otherPark.headers['x-cache']]).toEqual(['MISS', 'HIT', 'HIT', 'MISS']);
    expect(again.text).toBe(first.text);
    expect(otherPark.text).not.toBe(first.text);
    // Not the board: never from the cache.
    const me = await request(h.url).post('/graphql').set('authorization', `Bearer ${officerA.token}`).send({ query: '{ me { id } }' });
    const meAgain = await request(h.url).post('/graphql').set('authorization', `Bearer ${officerA.token}`).send({ query: '{ me { id } }' });
    expect(meAgain.headers['x-cache']).not.toBe('HIT');
    expect(meAgain.text).toBe(me.text);
  });

  it('is not emptied by writes no answer can show: a failed sign-in, a statement that changed no row', async () => {
    const get = async () => (await request(h.url).post('/graphql').set('authorization', `Bearer ${manager.token}`).send({ query: BOARD })).headers['x-cache'];
    await get();
    expect(await get()).toBe('HIT');
    const failed = await h.gql('mutation { login(email: "cache-officer-a@test.local", password: "wrong-password-1") { accessToken } }');
    expect(failed.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // Notifications reach a listener in commit order: once a probe sent after the no-op statement arrives, a
    // change notification of that statement would already have arrived.
    const listener = new pg.Client({ connectionString: h.config.DATABASE_URL });
    await listener.connect();
    try {
      const heard: string[] = [];
      const probed = new Promise<void>((resolve) => listener.on('notification', (n) => (n.channel === 'lz_probe' ? resolve() : heard.push(n.channel))));
      await listener.query(`LISTEN ${DATA_CHANGED_CHANNEL}; LISTEN lz_probe`);
      await h.dataSource.query(`UPDATE enterprise_profiles SET total = total WHERE enterprise_id = -1`);
      await h.dataSource.query(`NOTIFY lz_probe`);
      await probed;
      expect(heard).toEqual([]);
    } finally {
      await listener.end();
    }
    expect(await get()).toBe('HIT');
    // A mutation body is left alone by the cache, whatever it does.
    const mutation = await request(h.url).post('/graphql').set('authorization', `Bearer ${manager.token}`).send({ query: 'mutation { markNotificationsRead(ids: []) }' });
    expect(mutation.headers['x-cache']).toBeUndefined();
    // A name shown on the board changes: the next answer is computed.
    await h.dataSource.query(`UPDATE users SET name = '改名的专员' WHERE id = $1`, [officerA.id]);
    await eventually(async () => (await get()) === 'MISS', 3000, 20);
  });

  it("shows another user's move at once", async () => {
    const lead = await newLead(officerA.token, smart, '智慧岛项目丙');
    const before = await board(manager.token);
    expect(column(before, 'CLUE').leads.edges.map((e: any) => e.node.title)).toContain('智慧岛项目丙');
    await h.ok(MOVE_LEAD, { id: lead.id, s: 'NEGOTIATING', v: lead.version }, officerA.token);
    const after = await board(manager.token);
    expect(column(after, 'CLUE').count).toBe(column(before, 'CLUE').count - 1);
    expect(column(after, 'NEGOTIATING').count).toBe(column(before, 'NEGOTIATING').count + 1);
    expect(column(after, 'NEGOTIATING').leads.edges.map((e: any) => e.node.title)).toContain('智慧岛项目丙');
  });

  it('follows writes made outside the API (the worker, another instance, a DBA) and ignores rolled-back ones', async () => {
    await board(officerA.token);
    const other = new pg.Client({ connectionString: h.config.DATABASE_URL });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query(`UPDATE enterprises SET name = '回滚的名字' WHERE id = $1`, [enterpriseId]);
      await other.query('ROLLBACK');
      await other.query(`UPDATE enterprises SET name = '外部改名企业' WHERE id = $1`, [enterpriseId]);
    } finally {
      await other.end();
    }
    const renamed = await eventually(async () => {
      const b = await board(officerA.token);
      return b.some((c) => c.leads.edges.some((e: any) => e.node.enterprise.name === '外部改名企业')) ? b : undefined;
    }, 3000, 20);
    expect(JSON.stringify(renamed)).not.toContain('回滚的名字');
  });

  it('tells every data table but the operational ones to announce its changes', async () => {
    const rows: { tablename: string; watched: boolean }[] = await h.dataSource.query(
      `SELECT t.tablename, EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgrelid = (quote_ident(t.tablename))::regclass AND g.tgname = t.tablename || '_data_changed') AS watched
       FROM pg_tables t WHERE t.schemaname = current_schema()`,
    );
    const unwatched = rows.filter((r) => !r.watched).map((r) => r.tablename).sort();
    expect(unwatched).toEqual([...UNWATCHED_TABLES].sort());
    expect(rows.length).toBeGreaterThan(20);
  });
});
