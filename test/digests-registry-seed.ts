import { expect } from '@jest/globals';
import { shiftDays } from './digests-support.js';
import type { Harness } from './support/harness.js';
import { CREATE_ENTERPRISE, enterpriseInput } from './support/factories.js';

/**
 * The registry side of the digest suite's week, through the API: in-park firms and deliveries behind the KPIs, and
 * candidates on chain gaps for the matches. Split in two around last week's digest, so this week's KPI change has
 * a reported figure to be measured against.
 */

export const KPIS = 'query($d: String) { kpis(asOf: $d) { code name actual } }';
export const CHAIN_GAPS = `query($c: ChainCode!) { chainGaps(chain: $c) { status node { code name }
  matches(first: 50) { id score status enterprise { id name } } } }`;
export const CHAINS = ['DIGITAL_ECONOMY', 'GREEN_LOW_CARBON', 'MARINE_EQUIPMENT'] as const;

const DELIVER = 'mutation($i: KpiDeliveryInput!) { recordKpiDelivery(input: $i) { id } }';
const STRONG = { revenue: 90000, revenuePrevYear: 60000, rdExpense: 6000, inventionPatents: 40, highValuePatents: 10, employees: 900, techStaff: 300, expansionSignals: ['新一轮融资', '寻找用地'], region: '上海市崇明区' };
const WEAK = { revenue: 300, revenuePrevYear: 300, rdExpense: 3, inventionPatents: 0, highValuePatents: 0, employees: 20, techStaff: 2, region: '广东省深圳市' };

export interface ProposedMatch {
  id: string;
  score: number;
  nodeCode: string;
  nodeName: string;
  enterpriseId: string;
  enterpriseName: string;
}

const firm = async (h: Harness, admin: string, name: string, over: Record<string, unknown>): Promise<string> =>
  (await h.ok(CREATE_ENTERPRISE, { i: enterpriseInput({ name, tags: [], ...over }) }, admin)).createEnterprise.id;

/** The NEW matches the API proposes on a chain's nodes (the park as a whole), best first. */
export async function proposedMatches(h: Harness, token: string, chains: readonly string[] = CHAINS): Promise<ProposedMatch[]> {
  const all: ProposedMatch[] = [];
  for (const c of chains) {
    for (const g of (await h.ok(CHAIN_GAPS, { c }, token)).chainGaps) {
      for (const m of g.matches.filter((x: { status: string }) => x.status === 'NEW')) {
        all.push({ id: m.id, score: m.score, nodeCode: g.node.code, nodeName: g.node.name, enterpriseId: m.enterprise.id, enterpriseName: m.enterprise.name });
      }
    }
  }
  return all.sort((a, b) => b.score - a.score || Number(a.id) - Number(b.id));
}

/** Waits for the profiles of what was just written, runs the gap analysis, and waits for what the run set off. */
async function analysed(h: Harness, admin: string): Promise<void> {
  await h.settled();
  expect(await h.recomputeChainGaps(admin)).toEqual({ state: 'COMPLETED', failedReason: null });
  await h.settled();
}

/** Before last week's digest: a certificate valid in both weeks, one first valid this Monday, deliveries of earlier weeks. */
export async function seedRegistryBeforeLastWeek(h: Harness, admin: string, week: string, parks: { smart: string; fusheng: string }): Promise<void> {
  await firm(h, admin, '智慧岛在园信息安全有限公司', { status: 'IN_PARK', subParkId: parks.smart, hightechCertifiedOn: '2024-06-01', output: 20000 });
  await firm(h, admin, '富盛在园新材料有限公司', { status: 'IN_PARK', subParkId: parks.fusheng, hightechCertifiedOn: week, output: 6000, chainNodes: [] });
  await h.ok(DELIVER, { i: { code: 'NEW_FACTORY_M2', quantity: 12000, deliveredOn: shiftDays(week, -3), subParkId: parks.smart } }, admin);
  await h.ok(DELIVER, { i: { code: 'TALENT_APARTMENTS', quantity: 40, deliveredOn: shiftDays(week, -10) } }, admin);
}

/**
 * After last week's digest: candidates on gap nodes of all three chains, analysed; then the gap at ME_VLGC (target
 * 2) is filled by two in-park firms and analysed again, so the match proposed there earlier this week is no longer
 * proposed. A factory delivered this Monday. Returns that superseded match.
 */
export async function seedRegistryThisWeek(h: Harness, admin: string, week: string, changxing: string): Promise<ProposedMatch> {
  await firm(h, admin, '长兴液化气船候选有限公司', { ...STRONG, chainNodes: [{ code: 'ME_VLGC', role: 'KEY' }] });
  await firm(h, admin, '泵塔强配套有限公司', { ...STRONG, chainNodes: [{ code: 'ME_LNG_PUMP_TOWER', role: 'CHAIN_LEADER' }] });
  await firm(h, admin, '泵塔弱配套有限公司', { ...WEAK, chainNodes: [{ code: 'ME_LNG_PUMP_TOWER' }] });
  await firm(h, admin, '电解槽强候选有限公司', { ...STRONG, chainNodes: [{ code: 'GL_H2_ELECTROLYZER', role: 'KEY' }] });
  await firm(h, admin, '电解槽弱候选有限公司', { ...WEAK, chainNodes: [{ code: 'GL_H2_ELECTROLYZER' }] });
  await analysed(h, admin);
  const superseded = (await proposedMatches(h, admin, ['MARINE_EQUIPMENT'])).find((m) => m.nodeCode === 'ME_VLGC');
  expect(superseded).toBeDefined();

  await firm(h, admin, '长兴液化气船链主有限公司', { ...STRONG, status: 'IN_PARK', subParkId: changxing, output: 90000, chainNodes: [{ code: 'ME_VLGC', role: 'CHAIN_LEADER' }] });
  await firm(h, admin, '长兴液化气船配套有限公司', { status: 'IN_PARK', subParkId: changxing, output: 15000, chainNodes: [{ code: 'ME_VLGC' }] });
  await analysed(h, admin);
  const vlgc = (await h.ok(CHAIN_GAPS, { c: 'MARINE_EQUIPMENT' }, admin)).chainGaps.find((g: { node: { code: string } }) => g.node.code === 'ME_VLGC');
  expect(vlgc.status).toBe('STRONG');
  expect(vlgc.matches.filter((m: { status: string }) => m.status === 'NEW')).toEqual([]);

  await h.ok(DELIVER, { i: { code: 'NEW_FACTORY_M2', quantity: 5000, deliveredOn: week, subParkId: changxing } }, admin);
  return superseded!;
}
