import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Harness } from './support/harness.js';
import { CREATE_ENTERPRISE, CREATE_LEAD, enterpriseInput, MOVE_LEAD } from './support/factories.js';

const PIPELINE = '{ pipeline { stage count expectedInvestment } }';
const UPDATE = 'mutation($id: ID!, $i: LeadUpdateInput!) { updateLead(id: $id, input: $i) { version } }';

/**
 * The board's column totals (unfiltered, read from lead_stage_totals) against the leads themselves, after single
 * writes through the API and bulk statements of the kind an import or a data fix runs.
 */
describe('board column totals (看板各列合计)', () => {
  let h: Harness;
  let manager: string;
  let officer: string;
  let smart: string;
  let enterpriseId: string;

  /** What the board shows per stage, and what counting the leads gives. */
  const board = async () => Object.fromEntries(((await h.ok(PIPELINE, {}, manager)).pipeline as { stage: string; count: number; expectedInvestment: number }[])
    .filter((c) => c.count > 0 || c.expectedInvestment !== 0).map((c) => [c.stage, [c.count, c.expectedInvestment]]));
  const counted = async () => Object.fromEntries((await h.dataSource.query(
    `SELECT stage, count(*)::int AS n, coalesce(sum(expected_investment), 0)::bigint AS fen FROM leads GROUP BY stage`,
  ) as { stage: string; n: number; fen: string }[]).map((r) => [r.stage, [r.n, Number(r.fen) / 1_000_000]]));

  beforeAll(async () => {
    // Uncached: the raw statements below tell the response cache only asynchronously, the totals are what is read.
    h = await Harness.start({ env: { RESPONSE_CACHE_MB: '0' } });
    manager = (await h.user('manager', 'MANAGER')).token;
    officer = (await h.user('officer', 'OFFICER', { subParks: ['SMART_ISLAND'] })).token;
    smart = await h.subParkId('SMART_ISLAND');
    enterpriseId = (await h.ok(CREATE_ENTERPRISE, { i: enterpriseInput() }, officer)).createEnterprise.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('follows creating, moving and re-valuing leads through the API', async () => {
    const a = (await h.ok(CREATE_LEAD, { i: { enterpriseId, title: '甲项目', subParkId: smart, expectedInvestment: 5000 } }, officer)).createLead;
    const b = (await h.ok(CREATE_LEAD, { i: { enterpriseId, title: '乙项目', subParkId: smart, expectedInvestment: 1200.5 } }, officer)).createLead;
    expect(await board()).toEqual({ CLUE: [2, 6200.5] });
    const moved = (await h.ok(MOVE_LEAD, { id: a.id, s: 'CONTACTED', v: a.version }, officer)).moveLead;
    await h.ok(UPDATE, { id: a.id, i: { version: moved.version, expectedInvestment: 8000 } }, officer);
    // A change of a field the totals do not count leaves them as they were.
    await h.ok(UPDATE, { id: b.id, i: { version: b.version, landMu: 30 } }, officer);
    expect(await board()).toEqual({ CLUE: [1, 1200.5], CONTACTED: [1, 8000] });
    expect(await board()).toEqual(await counted());
  });

  it('follows bulk inserts, updates and deletes of many leads in one statement', async () => {
    const [{ id: userId }] = await h.dataSource.query(`SELECT id FROM users WHERE email LIKE 'officer%' LIMIT 1`);
    await h.dataSource.query(
      `INSERT INTO leads (enterprise_id, sub_park_id, owner_id, title, stage, expected_investment, created_by)
       SELECT $1, $2, $3, '批量项目' || g, (ARRAY['CLUE', 'NEGOTIATING', 'SIGNED'])[1 + g % 3], CASE WHEN g % 5 = 0 THEN NULL ELSE g::bigint * 1000000 END, $3
       FROM generate_series(1, 3000) g`,
      [enterpriseId, smart, userId],
    );
    expect(await board()).toEqual(await counted());
    await h.dataSource.query(`UPDATE leads SET stage = 'AGREEMENT', expected_investment = coalesce(expected_investment, 0) + 1000000 WHERE title LIKE '批量项目%' AND stage = 'NEGOTIATING'`);
    await h.dataSource.query(`UPDATE leads SET title = title || '（复核）' WHERE title LIKE '批量项目%'`);
    expect(await board()).toEqual(await counted());
    await h.dataSource.query(`DELETE FROM leads WHERE title LIKE '批量项目%' AND stage = 'SIGNED'`);
    expect(await board()).toEqual(await counted());
    expect((await board()).SIGNED).toBeUndefined();
  });

  it('writes each total once per statement, so a bulk load leaves the board reading a few rows, not megabytes', async () => {
    const [{ id: userId }] = await h.dataSource.query(`SELECT id FROM users WHERE email LIKE 'officer%' LIMIT 1`);
    await h.dataSource.query('VACUUM lead_stage_totals');
    const pagesBefore = Number((await h.dataSource.query(`SELECT pg_relation_size('lead_stage_totals') / 8192 AS pages`))[0].pages);
    await h.dataSource.query(
      `INSERT INTO leads (enterprise_id, sub_park_id, owner_id, title, stage, expected_investment, created_by)
       SELECT $1, $2, $3, '导入项目' || g, 'CLUE', 1000000, $3 FROM generate_series(1, 20000) g`,
      [enterpriseId, smart, userId],
    );
    const pagesAfter = Number((await h.dataSource.query(`SELECT pg_relation_size('lead_stage_totals') / 8192 AS pages`))[0].pages);
    // A row trigger left 20,000 versions of the CLUE total behind (about 90 pages); per statement it is one.
    expect(pagesAfter - pagesBefore).toBeLessThanOrEqual(1);
    expect(await board()).toEqual(await counted());
  });
});
