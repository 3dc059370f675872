import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventually, Harness } from './support/harness.js';
import { CREATE_ENTERPRISE, enterpriseInput } from './support/factories.js';

const GAPS = `query($c: ChainCode!, $s: ID) { chainGaps(chain: $c, subParkId: $s) { node { code } inParkCount strength gapScore status
  matches(first: 10, includeDismissed: true) { id score status reasons { text indicator } enterprise { id name status } } } }`;
const PROFILE = 'query($id: ID!) { enterprise(id: $id) { profile { total dimensions { key score } } } }';

describe('chain-gap analysis and matching (补链招商)', () => {
  let h: Harness;
  let admin: string;
  let officer: { token: string; id: string };
  let officer2: { token: string; id: string };
  let changxing: string;
  const ids: Record<string, string> = {};

  const create = async (key: string, over: Record<string, unknown>) => {
    ids[key] = (await h.ok(CREATE_ENTERPRISE, { i: enterpriseInput({ name: `补链测试${key}有限公司`, tags: [], ...over }) }, officer.token)).createEnterprise.id;
  };
  const runGaps = async () => expect(await h.recomputeChainGaps(admin)).toEqual({ state: 'COMPLETED', failedReason: null });
  const gapOf = async (code: string, subParkId?: string) =>
    (await h.ok(GAPS, { c: 'MARINE_EQUIPMENT', s: subParkId }, admin)).chainGaps.find((g: { node: { code: string } }) => g.node.code === code);
  const chainFit = async (id: string) =>
    (await h.ok(PROFILE, { id }, admin)).enterprise.profile?.dimensions.find((d: { key: string }) => d.key === 'chainFit').score as number | undefined;

  beforeAll(async () => {
    h = await Harness.start({ worker: true, env: { GAPS_WINDOW_MS: '300' } });
    admin = await h.adminToken();
    officer = await h.user('officer', 'OFFICER', { subParks: ['CHANGXING_MARINE'] });
    officer2 = await h.user('officer2', 'OFFICER', { subParks: ['CHANGXING_MARINE'] });
    changxing = await h.subParkId('CHANGXING_MARINE');
    const inPark = { status: 'IN_PARK', subParkId: changxing };
    const strong = { revenue: 90000, revenuePrevYear: 60000, rdExpense: 6000, inventionPatents: 40, highValuePatents: 10, employees: 900, techStaff: 300, hightechCertifiedOn: '2025-03-01', expansionSignals: ['新一轮融资', '寻找用地'], region: '上海市崇明区' };
    const weak = { revenue: 300, revenuePrevYear: 300, rdExpense: 3, inventionPatents: 0, highValuePatents: 0, employees: 20, techStaff: 2, region: '广东省深圳市' };
    // ME_VLGC (target 2): a chain leader of quality and one more in-park firm → STRONG.
    await create('VLGC链主', { ...inPark, ...strong, chainNodes: [{ code: 'ME_VLGC', role: 'CHAIN_LEADER' }] });
    await create('VLGC配套', { ...inPark, chainNodes: [{ code: 'ME_VLGC' }] });
    // ME_JACKUP (target 3): one in-park firm → WEAK; a candidate on it too.
    await create('平台园内', { ...inPark, chainNodes: [{ code: 'ME_JACKUP' }] });
    await create('平台候选', { ...weak, chainNodes: [{ code: 'ME_JACKUP' }] });
    // ME_LNG_PUMP_TOWER (weight 5): no in-park firm → MISSING; three candidates of different quality.
    await create('泵塔强', { ...strong, chainNodes: [{ code: 'ME_LNG_PUMP_TOWER', role: 'KEY' }] });
    await create('泵塔中', { chainNodes: [{ code: 'ME_LNG_PUMP_TOWER' }] });
    await create('泵塔弱', { ...weak, chainNodes: [{ code: 'ME_LNG_PUMP_TOWER' }] });
    // The same candidate facts on a strong node, to compare chain fit.
    await create('VLGC候选', { chainNodes: [{ code: 'ME_VLGC' }] });
    await eventually(async () => {
      const [{ n }] = await h.dataSource.query('SELECT count(*)::int AS n FROM enterprise_profiles');
      return n === Object.keys(ids).length || undefined;
    }, 20_000);
    await runGaps();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('classifies nodes MISSING, WEAK and STRONG by the rules', async () => {
    expect(await gapOf('ME_LNG_PUMP_TOWER')).toMatchObject({ status: 'MISSING', inParkCount: 0, gapScore: 10 });
    expect(await gapOf('ME_JACKUP')).toMatchObject({ status: 'WEAK', inParkCount: 1, gapScore: 2 });
    expect(await gapOf('ME_VLGC')).toMatchObject({ status: 'STRONG', inParkCount: 2, gapScore: 0 });
    // Per sub-park: the same counts here, since every in-park firm sits in 长兴.
    expect(await gapOf('ME_VLGC', changxing)).toMatchObject({ status: 'STRONG', inParkCount: 2 });
    expect(await gapOf('ME_VLGC', await h.subParkId('FUSHENG'))).toMatchObject({ status: 'MISSING', inParkCount: 0 });
  });

  it('lists the candidates of a MISSING node best first, with reasons, and never an in-park firm', async () => {
    const pump = await gapOf('ME_LNG_PUMP_TOWER');
    expect(pump.matches.map((m: any) => m.enterprise.id)).toEqual([ids['泵塔强'], ids['泵塔中'], ids['泵塔弱']]);
    const scores = pump.matches.map((m: { score: number }) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(pump.matches[0].reasons.map((r: { indicator: string }) => r.indicator)).toEqual(['gap', 'profileTotal', 'landing', 'role', 'chainLeaderTies']);
    expect(pump.matches[0].reasons[0].text).toContain('缺链');
    const jackup = await gapOf('ME_JACKUP');
    expect(jackup.matches.map((m: any) => m.enterprise.id)).toEqual([ids['平台候选']]);
    expect((await gapOf('ME_VLGC')).matches).toEqual([]);
  });

  it('feeds gap scores into chainFit: higher on a MISSING node than on a STRONG one', async () => {
    await eventually(async () => (await chainFit(ids['VLGC候选'])) === 0 || undefined, 20_000);
    expect(await chainFit(ids['泵塔中'])).toBe(70);
  });

  it('converts a match into exactly one lead, even when asked twice and after re-running the analysis', async () => {
    const pump = await gapOf('ME_LNG_PUMP_TOWER');
    const match = pump.matches.find((m: any) => m.enterprise.id === ids['泵塔中']);
    const q = 'mutation($id: ID!) { createLeadFromMatch(matchId: $id) { id source stage subPark { id } enterprise { id } } }';
    const lead = (await h.ok(q, { id: match.id }, officer.token)).createLeadFromMatch;
    expect(lead).toMatchObject({ source: '补链推荐', stage: 'CLUE', subPark: { id: changxing }, enterprise: { id: ids['泵塔中'] } });
    expect((await h.ok(q, { id: match.id }, officer.token)).createLeadFromMatch.id).toBe(lead.id);
    await runGaps();
    const [{ n }] = await h.dataSource.query('SELECT count(*)::int AS n FROM leads WHERE enterprise_id = $1', [ids['泵塔中']]);
    expect(n).toBe(1);
    expect((await gapOf('ME_LNG_PUMP_TOWER')).matches.find((m: any) => m.id === match.id).status).toBe('CONVERTED');
  });

  it('keeps a dismissed match dismissed across runs', async () => {
    const jackup = await gapOf('ME_JACKUP');
    const res = await h.ok('mutation($id: ID!) { dismissMatch(matchId: $id, reason: "规模太小") { status } }', { id: jackup.matches[0].id }, officer.token);
    expect(res.dismissMatch.status).toBe('DISMISSED');
    await runGaps();
    expect((await gapOf('ME_JACKUP')).matches[0].status).toBe('DISMISSED');
    const noReason = await h.gql('mutation($id: ID!) { dismissMatch(matchId: $id, reason: "") { status } }', { id: jackup.matches[0].id }, officer.token);
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  });

  it('lets a group user see its own sub-parks and the park, and no other group’s sub-park', async () => {
    const group = await h.user('changxing-group', 'GROUP', { group: 'CHANGXING_GROUP' });
    expect((await h.gql(GAPS, { c: 'MARINE_EQUIPMENT', s: await h.subParkId('SMART_ISLAND') }, group.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await h.ok(GAPS, { c: 'MARINE_EQUIPMENT', s: changxing }, group.token)).chainGaps.length).toBeGreaterThan(0);
    expect((await h.ok(GAPS, { c: 'MARINE_EQUIPMENT' }, group.token)).chainGaps.length).toBeGreaterThan(0);
  });

  it('proposes leads above the threshold by itself, in turn to the sub-park’s officers, never twice for an enterprise', async () => {
    expect((await h.gql('mutation { setAutoLeadThreshold(threshold: 1) }', {}, officer.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await h.ok('mutation { setAutoLeadThreshold(threshold: 1) }', {}, admin);
    await runGaps();
    const proposed = await h.dataSource.query(`SELECT enterprise_id, owner_id, source FROM leads WHERE source = '补链推荐' AND created_by IS NULL ORDER BY id`);
    // 泵塔强 and 泵塔弱 were NEW; 泵塔中 already has a lead and 平台候选 was dismissed.
    expect(proposed.map((l: { enterprise_id: string }) => String(l.enterprise_id)).sort()).toEqual([ids['泵塔强'], ids['泵塔弱']].sort());
    expect(new Set(proposed.map((l: { owner_id: string }) => String(l.owner_id)))).toEqual(new Set([officer.id, officer2.id]));
    await runGaps();
    const [{ n }] = await h.dataSource.query(`SELECT count(*)::int AS n FROM leads WHERE source = '补链推荐'`);
    expect(n).toBe(3);
  });
});
