/** Test fixtures shared by the profiling specs (not used by production code). */
import type { ProfileFacts } from './facts.js';

/** 1 CNY and 1,000,000 CNY in fen. */
export const YUAN = 100;
export const MILLION = 1_000_000 * YUAN;

export const AS_OF = '2025-06-30';

/** A mid-sized candidate that meets every official rule comfortably; specs vary one field at a time. */
export function makeFacts(over: Partial<ProfileFacts> = {}): ProfileFacts {
  return {
    status: 'CANDIDATE',
    region: '江苏省南通市',
    foundedOn: '2015-03-01',
    registeredCapital: 50 * MILLION,
    employees: 200,
    techStaff: 60,
    revenue: 100 * MILLION,
    revenuePrevYear: 80 * MILLION,
    output: 120 * MILLION,
    rdExpense: 7 * MILLION,
    inventionPatents: 6,
    highValuePatents: 2,
    hightechCertifiedOn: null,
    srdiLevel: 'NONE',
    listingStatus: 'NONE',
    financingRound: 'B',
    financingAmount: 30 * MILLION,
    financingDate: '2024-12-01',
    expansionSignals: ['新设分支机构'],
    tags: [],
    riskStatus: 'NORMAL',
    nodes: [{ code: 'MARINE_LNG_VALVE', role: 'KEY', need: 0.8 }],
    chainLeaderTies: 1,
    engagement: 2,
    ...over,
  };
}

/** mulberry32: a tiny seeded PRNG so randomised specs are reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
