import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventually, Harness } from './support/harness.js';
import { CREATE_ENTERPRISE, enterpriseInput } from './support/factories.js';

/**
 * The fields the 企业画像 page reads beside the profile: each badge against its official rule (what is missing, in
 * numbers), the active model's threshold per dimension, the median profile of the in-park firms on the firm's chain,
 * and where a new lead would go. Values are worked out by hand from the seeded firms.
 */
const VIEW = `query($id: ID!) { enterprise(id: $id) {
  leadSuggestion { subParkId ownerId }
  profile { badges asOf
    badgeChecks { badge rule held note criteria { text indicator value } unmet { text indicator value } }
    thresholds { scale growth innovation chainFit landing }
    chainMedians { chain firms total scores { scale growth innovation chainFit landing } }
  } } }`;

describe('profile view: badge checks, thresholds, chain medians, lead suggestion', () => {
  let h: Harness;
  let officer: { token: string; id: string };
  let group: { token: string; id: string };
  let manager: { token: string; id: string };
  let smartIsland: string;
  let changxing: string;
  const ids: Record<string, string> = {};

  const view = (id: string, token = officer.token) => h.ok(VIEW, { id }, token).then((d) => d.enterprise);
  const profiled = (id: string) => eventually(async () => (await view(id)).profile ?? undefined, 30_000);

  beforeAll(async () => {
    h = await Harness.start({ worker: true });
    officer = await h.user('view-officer', 'OFFICER', { subParks: ['SMART_ISLAND'] });
    manager = await h.user('view-manager', 'MANAGER');
    group = await h.user('view-group', 'GROUP', { group: 'DONGTAN_GROUP', subParks: ['SMART_ISLAND'] });
    smartIsland = await h.subParkId('SMART_ISLAND');
    changxing = await h.subParkId('CHANGXING_MARINE');
    const admin = await h.adminToken();
    // The candidate: revenue 4,000万 (≤ 5,000万: the 5% R&D band), R&D 164万 = 4.10% — short of 高新 by R&D alone
    // (founded 2018, 6 invention patents, 40 of 120 staff in S&T = 33%).
    ids.candidate = (await h.ok(CREATE_ENTERPRISE, { i: enterpriseInput({ name: '上海研四科技有限公司', revenue: 4000, rdExpense: 164, chainNodes: [{ code: 'DE_SECURITY', role: 'KEY' }] }) }, admin)).createEnterprise.id;
    // Three in-park firms on the digital-economy chain (two nodes of it; one on both), one in-park firm on another
    // chain, one candidate on the same chain: only the three count.
    const inPark = (name: string, over: Record<string, unknown>) =>
      h.ok(CREATE_ENTERPRISE, { i: enterpriseInput({ name, status: 'IN_PARK', subParkId: smartIsland, ...over }) }, admin).then((d) => d.createEnterprise.id as string);
    ids.a = await inPark('上海园甲数据有限公司', { revenue: 500, employees: 25, techStaff: 5, chainNodes: [{ code: 'DE_SECURITY', role: 'SUPPORTING' }] });
    ids.b = await inPark('上海园乙数据有限公司', { revenue: 20000, chainNodes: [{ code: 'DE_CLOUD', role: 'KEY' }, { code: 'DE_SECURITY', role: 'KEY' }] });
    ids.c = await inPark('上海园丙数据有限公司', { revenue: 120000, employees: 1500, chainNodes: [{ code: 'DE_AI', role: 'CHAIN_LEADER' }] });
    ids.marine = await inPark('上海园丁船舶有限公司', { subParkId: changxing, revenue: 90000, chainNodes: [{ code: 'ME_DESIGN', role: 'KEY' }] });
    ids.otherCandidate = (await h.ok(CREATE_ENTERPRISE, { i: enterpriseInput({ name: '上海候选数据有限公司', revenue: 300000 }) }, admin)).createEnterprise.id;
    for (const id of Object.values(ids)) await profiled(id);
    await h.settled();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('says for a badge the firm lacks which criterion fails, in numbers, and holds exactly the badges the profile carries', async () => {
    const { profile } = await view(ids.candidate);
    const byBadge = Object.fromEntries(profile.badgeChecks.map((c: { badge: string }) => [c.badge, c]));
    expect(Object.keys(byBadge)).toEqual(['HIGHTECH_VALID', 'HIGHTECH_ELIGIBLE', 'TECH_SME_ELIGIBLE', 'SRDI_ELIGIBLE', 'STAR_RESERVE']);
    const eligible = byBadge.HIGHTECH_ELIGIBLE;
    expect(eligible.held).toBe(false);
    expect(eligible.rule).toContain('国科发火〔2016〕32号');
    expect(eligible.unmet).toHaveLength(1);
    expect(eligible.unmet[0]).toMatchObject({ indicator: 'rdIntensity', value: '4.10%' });
    expect(eligible.unmet[0].text).toContain('研发投入占营收 4.10%');
    expect(eligible.unmet[0].text).toContain('≥5%');
    // The other 高新 criteria are there and met.
    expect(eligible.criteria.filter((r: { text: string }) => r.text.endsWith('— 符合')).map((r: { indicator: string }) => r.indicator)).toEqual(['foundedOn', 'inventionPatents', 'techStaffShare']);
    // No certificate: HIGHTECH_VALID is missing for want of one.
    expect(byBadge.HIGHTECH_VALID.unmet.map((r: { indicator: string }) => r.indicator)).toEqual(['hightechCertifiedOn']);
    // 科创属性: 4.10% < 5% and 164万 < 6,000万, 6 patents ≥ 5 — R&D is the one missing.
    expect(byBadge.STAR_RESERVE.unmet.map((r: { indicator: string }) => r.indicator)).toEqual(['rdIntensity']);
    // 专精特新: R&D 164万 ≥ 100万, 4.10% ≥ 3%, revenue 4,000万 ≥ 1,000万, founded 2018: held.
    expect(byBadge.SRDI_ELIGIBLE).toMatchObject({ held: true, unmet: [] });
    const held = profile.badgeChecks.filter((c: { held: boolean }) => c.held).map((c: { badge: string }) => c.badge);
    expect(held).toEqual(profile.badges);
  });

  it("gives the active model's threshold per dimension", async () => {
    const { profile } = await view(ids.candidate);
    expect(profile.thresholds).toEqual({ scale: 40, growth: 40, innovation: 50, chainFit: 60, landing: 50 });
    const { profilingModels } = await h.ok('{ profilingModels { active thresholds { scale growth innovation chainFit landing } } }', {}, manager.token);
    expect(profilingModels.find((m: { active: boolean }) => m.active).thresholds).toEqual(profile.thresholds);
  });

  it("follows the threshold of the model an administrator activates (and refuses one above 100)", async () => {
    const admin = await h.adminToken();
    const CREATE = `mutation($i: ProfilingModelInput!) { createProfilingModel(input: $i) { version thresholds { scale growth innovation chainFit landing } } }`;
    const weights = { scale: 15, growth: 15, innovation: 25, chainFit: 25, landing: 20 };
    const refused = await h.gql(CREATE, { i: { weights, thresholds: { scale: 40, growth: 40, innovation: 50, chainFit: 160, landing: 50 } } }, admin);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const mine = { scale: 30, growth: 35, innovation: 55, chainFit: 70, landing: 45 };
    const { createProfilingModel: m } = await h.ok(CREATE, { i: { weights, thresholds: mine, note: 'radar thresholds' } }, admin);
    expect(m.thresholds).toEqual(mine);
    // Not active yet: the profile still shows the active model's.
    expect((await view(ids.candidate)).profile.thresholds).toEqual({ scale: 40, growth: 40, innovation: 50, chainFit: 60, landing: 50 });
    const { activateProfilingModel: a } = await h.ok('mutation($v: Int!) { activateProfilingModel(version: $v) { job { id } } }', { v: m.version }, admin);
    expect(a.job.id).toBeTruthy();
    expect((await view(ids.candidate)).profile.thresholds).toEqual(mine);
    // A version made from it keeps its thresholds unless given others.
    const { createProfilingModel: next } = await h.ok(CREATE, { i: { weights: { ...weights, scale: 20 } } }, admin);
    expect(next.thresholds).toEqual(mine);
    await h.settled();
  });

  it('gives the median profile of the in-park firms on its chain: the middle of the three, the firm on two nodes counted once', async () => {
    const { profile } = await view(ids.candidate);
    const rows: Record<string, number>[] = await h.dataSource.query(
      'SELECT total::float8 AS total, scale, growth, innovation, chain_fit, landing FROM enterprise_profiles WHERE enterprise_id = ANY($1::bigint[])',
      [[ids.a, ids.b, ids.c]],
    );
    expect(rows).toHaveLength(3);
    const middle = (k: string) => rows.map((r) => Number(r[k])).sort((x, y) => x - y)[1];
    expect(profile.chainMedians).toHaveLength(1);
    const [m] = profile.chainMedians;
    expect(m.chain).toBe('DIGITAL_ECONOMY');
    expect(m.firms).toBe(3);
    expect(m.total).toBeCloseTo(middle('total'), 2);
    expect(m.scores.scale).toBeCloseTo(middle('scale'), 1);
    expect(m.scores.growth).toBeCloseTo(middle('growth'), 1);
    expect(m.scores.innovation).toBeCloseTo(middle('innovation'), 1);
    expect(m.scores.chainFit).toBeCloseTo(middle('chain_fit'), 1);
    expect(m.scores.landing).toBeCloseTo(middle('landing'), 1);
    // The revenues differ by orders of magnitude: the scale median is the 2亿 firm's, not the mean.
    const [b] = await h.dataSource.query('SELECT scale FROM enterprise_profiles WHERE enterprise_id = $1', [ids.b]);
    expect(m.scores.scale).toBeCloseTo(Number(b.scale), 1);
    // The marine firm's own chain has one in-park firm: itself.
    const marine = (await view(ids.marine, manager.token)).profile.chainMedians;
    expect(marine.map((x: { chain: string; firms: number }) => [x.chain, x.firms])).toEqual([['MARINE_EQUIPMENT', 1]]);
  });

  it("suggests the sub-park that courts the firm's chain and the caller as owner; a group user gets none", async () => {
    expect((await view(ids.candidate)).leadSuggestion).toEqual({ subParkId: smartIsland, ownerId: officer.id });
    // A manager gets the in-park firm's own sub-park even where the chain is courted elsewhere.
    expect((await view(ids.marine, manager.token)).leadSuggestion).toEqual({ subParkId: changxing, ownerId: manager.id });
    // An officer of 智慧岛 on a marine firm of 长兴: their own sub-park, the only one they may write.
    expect((await view(ids.marine)).leadSuggestion).toEqual({ subParkId: smartIsland, ownerId: officer.id });
    expect((await view(ids.candidate, group.token)).leadSuggestion).toEqual({ subParkId: null, ownerId: null });
  });
  it('follows a new in-park firm on the chain: the medians are read again once the data changed', async () => {
    const before = (await view(ids.candidate)).profile.chainMedians[0];
    expect(before.firms).toBe(3);
    const admin = await h.adminToken();
    const d = (await h.ok(CREATE_ENTERPRISE, { i: enterpriseInput({ name: '上海园戊数据有限公司', status: 'IN_PARK', subParkId: smartIsland, revenue: 800, chainNodes: [{ code: 'DE_AI', role: 'KEY' }] }) }, admin)).createEnterprise.id as string;
    await profiled(d);
    await h.settled();
    const rows: { total: number }[] = await h.dataSource.query(
      'SELECT total::float8 AS total FROM enterprise_profiles WHERE enterprise_id = ANY($1::bigint[]) ORDER BY total',
      [[ids.a, ids.b, ids.c, d]],
    );
    const [after] = (await view(ids.candidate)).profile.chainMedians;
    expect(after.firms).toBe(4);
    // Four firms: the median is the mean of the middle two.
    expect(after.total).toBeCloseTo((rows[1]!.total + rows[2]!.total) / 2, 2);
  });
});
