import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Harness } from './support/harness.js';
import { CREATE_ENTERPRISE, CREATE_LEAD, enterpriseInput, MOVE_LEAD } from './support/factories.js';

const FUNNEL = `query($p: ID) { pipelineFunnel(subParkId: $p) { subParkId total stages { stage name reached current conversion } } }`;
const INVESTMENT = `query($y: Int, $p: ID) { pipelineInvestment(year: $y, subParkId: $p) { year subParkId
  byChain { chain count expectedInvestment signedInvestment }
  byMonth { month addedCount added signedCount signed } signed signedInvestment landed landedInvestment } }`;

const shanghaiNow = () => new Date(Date.now() + 8 * 3600_000);
const table = (f: any) => Object.fromEntries(f.stages.map((s: any) => [s.stage, [s.reached, s.current, s.conversion]]));

describe('cockpit pipeline aggregates (驾驶舱: funnel, investment by chain and month)', () => {
  let h: Harness;
  let manager: { token: string };
  let officerA: { token: string };
  let officerB: { token: string };
  let eco: { token: string };
  let smart: string;
  let fusheng: string;
  let a1: { id: string; version: number };
  const year = shanghaiNow().getUTCFullYear();
  const month = shanghaiNow().getUTCMonth() + 1;

  beforeAll(async () => {
    h = await Harness.start();
    smart = await h.subParkId('SMART_ISLAND');
    fusheng = await h.subParkId('FUSHENG');
    manager = await h.user('cockpit-manager', 'MANAGER');
    officerA = await h.user('cockpit-a', 'OFFICER', { subParks: ['SMART_ISLAND'] });
    officerB = await h.user('cockpit-b', 'OFFICER', { subParks: ['FUSHENG'] });
    eco = await h.user('cockpit-eco', 'GROUP', { group: 'ECO_GROUP' }); // 崇明工业园区 and 富盛经济开发区
    const firmA = (await h.ok(CREATE_ENTERPRISE, { i: enterpriseInput({ name: '智慧岛测试企业' }) }, officerA.token)).createEnterprise.id;
    const firmB = (await h.ok(CREATE_ENTERPRISE, { i: enterpriseInput({ name: '富盛测试企业' }) }, officerB.token)).createEnterprise.id;
    const lead = async (token: string, input: Record<string, unknown>, moves: [string, string?][]) => {
      let l = (await h.ok(CREATE_LEAD, { i: { title: `项目${Math.random().toString(36).slice(2, 8)}`, ...input } }, token)).createLead;
      for (const [s, r] of moves) l = (await h.ok(MOVE_LEAD, { id: l.id, s, v: l.version, r }, token)).moveLead;
      return l;
    };
    // Smart Island: A1 walks to SIGNED; A2 stays a CLUE; A3 skips straight to SIGNED then REGISTERED; A4 is lost after CONTACTED.
    a1 = await lead(officerA.token, { enterpriseId: firmA, subParkId: smart, nodeCode: 'DE_SECURITY', expectedInvestment: 12000 }, [['CONTACTED'], ['NEGOTIATING'], ['AGREEMENT'], ['SIGNED']]);
    await lead(officerA.token, { enterpriseId: firmA, subParkId: smart, nodeCode: 'DE_CHIP', expectedInvestment: 3000 }, []);
    await lead(officerA.token, { enterpriseId: firmA, subParkId: smart, expectedInvestment: 1000 }, [['SIGNED'], ['REGISTERED']]);
    await lead(officerA.token, { enterpriseId: firmA, subParkId: smart, nodeCode: 'DE_SECURITY', expectedInvestment: 500 }, [['CONTACTED'], ['LOST', '企业选址苏州']]);
    // Fusheng: B1 signs, registers and produces; B2 (no amount) is put on hold after CONTACTED.
    await lead(officerB.token, { enterpriseId: firmB, subParkId: fusheng, nodeCode: 'GL_FC_STACK', expectedInvestment: 50000 }, [['SIGNED'], ['REGISTERED'], ['PRODUCING']]);
    await lead(officerB.token, { enterpriseId: firmB, subParkId: fusheng, nodeCode: 'GL_LFP_CELL' }, [['CONTACTED'], ['ON_HOLD', '等待政策']]);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('counts the funnel from the stage history: a skipped stage counts as passed, conversion = reached next / reached this', async () => {
    const park = (await h.ok(FUNNEL, {}, manager.token)).pipelineFunnel;
    expect(park.total).toBe(6);
    expect(park.stages.map((s: any) => s.stage)).toEqual(['CLUE', 'CONTACTED', 'NEGOTIATING', 'AGREEMENT', 'SIGNED', 'REGISTERED', 'PRODUCING', 'ON_HOLD', 'LOST']);
    expect(park.stages[0].name).toBe('线索');
    expect(table(park)).toEqual({
      CLUE: [6, 1, 0.8333], // 5 of 6 got past CLUE (A2 did not)
      CONTACTED: [5, 0, 0.6], // A1, A3, A4, B1, B2; A1, A3, B1 went on
      NEGOTIATING: [3, 0, 1],
      AGREEMENT: [3, 0, 1],
      SIGNED: [3, 1, 0.6667], // A3 and B1 registered
      REGISTERED: [2, 1, 0.5],
      PRODUCING: [1, 1, null],
      ON_HOLD: [null, 1, null],
      LOST: [null, 1, null],
    });
    const one = (await h.ok(FUNNEL, { p: fusheng }, manager.token)).pipelineFunnel;
    expect(one.subParkId).toBe(fusheng);
    expect(one.total).toBe(2);
    expect(table(one).CONTACTED).toEqual([2, 0, 0.5]);
  });

  it('keeps a group and an officer to their own sub-parks', async () => {
    const group = (await h.ok(FUNNEL, {}, eco.token)).pipelineFunnel;
    expect(group.total).toBe(2); // B1 and B2 only: Smart Island is another group's
    expect(table(group)).toMatchObject({ CLUE: [2, 0, 1], CONTACTED: [2, 0, 0.5], SIGNED: [1, 0, 1], PRODUCING: [1, 1, null], ON_HOLD: [null, 1, null], LOST: [null, 0, null] });
    for (const q of [FUNNEL, INVESTMENT]) {
      expect((await h.gql(q, { p: smart }, eco.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await h.gql(q, { p: fusheng }, officerA.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await h.gql(q, { p: 'x' }, manager.token)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    }
    const officer = (await h.ok(FUNNEL, {}, officerA.token)).pipelineFunnel;
    expect(officer.total).toBe(4);
    const inv = (await h.ok(INVESTMENT, {}, eco.token)).pipelineInvestment;
    expect(inv.byChain).toEqual([{ chain: 'GREEN_LOW_CARBON', count: 2, expectedInvestment: 50000, signedInvestment: 50000 }]);
    expect(inv).toMatchObject({ signed: 1, signedInvestment: 50000, landed: 1, landedInvestment: 50000 });
    expect(inv.byMonth[month - 1]).toEqual({ month, addedCount: 2, added: 50000, signedCount: 1, signed: 50000 });
  });

  it('sums expected investment by chain and by month, and counts the year’s signings and landings once each', async () => {
    const inv = (await h.ok(INVESTMENT, {}, manager.token)).pipelineInvestment;
    expect(inv).toMatchObject({ year, subParkId: null });
    // LOST leads are out of the pipeline's money; "signed" is the part SIGNED, REGISTERED or PRODUCING now.
    expect(inv.byChain).toEqual([
      { chain: 'GREEN_LOW_CARBON', count: 2, expectedInvestment: 50000, signedInvestment: 50000 },
      { chain: 'DIGITAL_ECONOMY', count: 2, expectedInvestment: 15000, signedInvestment: 12000 },
      { chain: null, count: 1, expectedInvestment: 1000, signedInvestment: 1000 },
    ]);
    expect(inv.byMonth).toHaveLength(12);
    expect(inv.byMonth[month - 1]).toEqual({ month, addedCount: 6, added: 66500, signedCount: 3, signed: 63000 });
    expect(inv.byMonth.filter((m: any) => m.month !== month).every((m: any) => m.addedCount === 0 && m.signedCount === 0)).toBe(true);
    // B1 went REGISTERED then PRODUCING: one landing.
    expect(inv).toMatchObject({ signed: 3, signedInvestment: 63000, landed: 2, landedInvestment: 51000 });
    const smartOnly = (await h.ok(INVESTMENT, { p: smart }, manager.token)).pipelineInvestment;
    expect(smartOnly).toMatchObject({ subParkId: smart, signed: 2, landed: 1, landedInvestment: 1000 });
    const before = (await h.ok(INVESTMENT, { y: year - 1 }, manager.token)).pipelineInvestment;
    expect(before).toMatchObject({ year: year - 1, signed: 0, landed: 0 });
    expect(before.byMonth.every((m: any) => m.addedCount === 0)).toBe(true);
    expect((await h.gql(INVESTMENT, { y: 1999 }, manager.token)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });

  it('keeps the furthest stage when a lead moves back, so the funnel never forgets a signing', async () => {
    await h.ok(MOVE_LEAD, { id: a1.id, s: 'NEGOTIATING', v: a1.version, r: '签约条款重新谈判' }, officerA.token);
    const park = table((await h.ok(FUNNEL, {}, manager.token)).pipelineFunnel);
    expect(park.SIGNED).toEqual([3, 0, 0.6667]); // still reached by A1, A3 and B1; none of them is SIGNED now
    expect(park.NEGOTIATING).toEqual([3, 1, 1]);
    const [row] = await h.dataSource.query('SELECT furthest_stage_pos FROM leads WHERE id = $1', [a1.id]);
    expect(row.furthest_stage_pos).toBe(5);
  });
});
