import { describe, it, expect } from '@jest/globals';
import type { NodeRole, ProfileFacts, SrdiLevel, ListingStatus } from './facts.js';
import { AS_OF, MILLION, makeFacts, prng } from './facts.fixture.js';
import { DEFAULT_MODEL_CONFIG, validateModelConfig, type DimensionKey, type ProfilingModelConfig } from './model.js';
import { hightechValid } from './rules.js';
import { computeProfile, type ComputedProfile } from './score.js';

const WAN = 1_000_000; // 万元 in fen

const clone = <T>(x: T): T => structuredClone(x);
const score = (f: ProfileFacts, model = DEFAULT_MODEL_CONFIG) => computeProfile(f, model, AS_OF);
const dim = (p: ComputedProfile, key: DimensionKey) => p.dimensions.find((d) => d.key === key)!;
const item = (p: ComputedProfile, key: DimensionKey, indicator: string) => dim(p, key).reasons.find((r) => r.indicator === indicator)!;

describe('DEFAULT_MODEL_CONFIG', () => {
  it('is valid and weighs the dimensions 15/15/25/25/20 as DOMAIN.md says', () => {
    expect(validateModelConfig(DEFAULT_MODEL_CONFIG)).toEqual([]);
    expect(DEFAULT_MODEL_CONFIG.weights).toEqual({ scale: 15, growth: 15, innovation: 25, chainFit: 25, landing: 20 });
  });
});

describe('validateModelConfig', () => {
  const broken = (edit: (c: ProfilingModelConfig) => void) => {
    const c = clone(DEFAULT_MODEL_CONFIG);
    edit(c);
    return validateModelConfig(c);
  };

  it('rejects negative and non-finite weights', () => {
    expect(broken((c) => (c.weights.scale = -1))).toContain('weights.scale: negative');
    expect(broken((c) => (c.weights.growth = Number.NaN))).toContain('weights.growth: not a finite number');
  });

  it('rejects weights summing to 0', () => {
    expect(broken((c) => (c.weights = { scale: 0, growth: 0, innovation: 0, chainFit: 0, landing: 0 }))).toContain('weights: sum to 0');
  });

  it('rejects bands that are not ascending, or whose points fall as they rise', () => {
    expect(broken((c) => c.bands.scale.revenue.reverse()).join()).toContain('bands.scale.revenue[1]: min not ascending');
    expect(broken((c) => (c.bands.landing.engagement[1].min = 1))).toContain('bands.landing.engagement[1]: min not ascending');
    expect(broken((c) => (c.bands.innovation.inventionPatents[3].points = 1))).toContain('bands.innovation.inventionPatents[3]: points fall as the band rises');
    expect(broken((c) => (c.bands.growth.financingRecency[2].points = 99))).toContain('bands.growth.financingRecency[2]: an older round earns more');
    expect(broken((c) => (c.bands.scale.employees[0].min = 0.5))).toContain('bands.scale.employees[0].min: not a whole number');
  });

  it('allows negative growth edges only', () => {
    expect(broken((c) => c.bands.growth.revenueGrowthBp.unshift({ min: -1000, points: 5 }))).toEqual([]);
    expect(broken((c) => (c.bands.scale.employees[0].min = -1))).toContain('bands.scale.employees[0].min: negative');
  });

  it('rejects role factors out of order, and empty region prefixes', () => {
    expect(broken((c) => (c.bands.chainFit.roleFactor.KEY = 2))).toContain('bands.chainFit.roleFactor: must be SUPPORTING ≤ KEY ≤ CHAIN_LEADER');
    expect(broken((c) => (c.bands.innovation.srdi.SRDI = 20))).toContain('bands.innovation.srdi: must be NONE ≤ SRDI ≤ LITTLE_GIANT');
    expect(broken((c) => (c.bands.landing.region[0].prefix = ''))).toContain('bands.landing.region[0].prefix: empty');
  });

  it('requires every key of the lookup tables, and no other', () => {
    expect(broken((c) => delete (c.bands.scale.listing as Partial<Record<string, number>>).UNICORN)).toContain('bands.scale.listing.UNICORN: missing');
    expect(broken((c) => delete (c.bands.innovation.srdi as Partial<Record<string, number>>).SRDI)).toContain('bands.innovation.srdi.SRDI: missing');
    expect(broken((c) => ((c.bands.chainFit.roleFactor as Record<string, number>).OTHER = 1))).toContain('bands.chainFit.roleFactor.OTHER: not one of SUPPORTING, KEY, CHAIN_LEADER');
  });

  it('rejects what the SQL scorer could not hold exactly: huge edges, endless windows, control characters', () => {
    expect(broken((c) => (c.bands.scale.revenue[4].min = 2 ** 60))).toContain('bands.scale.revenue[4].min: not a whole number');
    expect(broken((c) => (c.bands.growth.financingRecency[2].withinDays = 800_000))).toContain('bands.growth.financingRecency[2].withinDays: more than 36500');
    expect(broken((c) => (c.bands.landing.region[0].prefix = '上海\u0000'))).toContain('bands.landing.region[0].prefix: not a region name');
  });

  it('starts the expansion-signal table at one signal: none is no points', () => {
    expect(broken((c) => c.bands.landing.expansionSignals.unshift({ min: 0, points: 5 }))).toContain('bands.landing.expansionSignals[0].min: below 1');
  });

  it('says a malformed model is malformed instead of failing on it', () => {
    expect(broken((c) => delete (c.bands as Partial<ProfilingModelConfig['bands']>).landing)).toEqual([
      'bands: not the shape of a profiling model (see ProfilingModel.bands of the active model)',
    ]);
  });

  it('makes computeProfile refuse an invalid model or date rather than return NaN', () => {
    const c = clone(DEFAULT_MODEL_CONFIG);
    c.weights = { scale: 0, growth: 0, innovation: 0, chainFit: 0, landing: 0 };
    expect(() => computeProfile(makeFacts(), c, AS_OF)).toThrow('weights: sum to 0');
    expect(() => computeProfile(makeFacts(), DEFAULT_MODEL_CONFIG, '2025-02-29')).toThrow(RangeError);
  });
});

describe('computeProfile on the fixture firm (worked by hand)', () => {
  const p = score(makeFacts());

  it('scores each dimension from the band tables', () => {
    expect(p.dimensions.map((d) => [d.key, d.score, d.weight])).toEqual([
      ['scale', 24 + 15 + 15 + 0, 15], // 1亿元 revenue, 200 staff, 5000万 capital, unlisted
      ['growth', 35 + 25 + 5, 15], // +25% revenue, round 211 days ago, 3000万
      ['innovation', 40 + 16 + 5 + 0 + 0, 25], // 7% R&D, 6 invention, 2 high-value, no certificate, no 专精特新
      ['chainFit', 68, 25], // need 0.8 × KEY 0.85
      ['landing', 15 + 15 + 12 + 10, 20], // 1 signal, 1 tie, 江苏, 2 activities
    ]);
  });

  it('totals the weighted mean', () => {
    expect(p.total).toBe((54 * 15 + 65 * 15 + 61 * 25 + 68 * 25 + 52 * 20) / 100);
    expect(p.risk).toEqual({ gate: 'PASS', reasons: [] });
    expect(p.badges).toEqual(['HIGHTECH_ELIGIBLE', 'TECH_SME_ELIGIBLE', 'SRDI_ELIGIBLE', 'STAR_RESERVE']);
  });

  it('explains each item with indicator, value and points', () => {
    expect(item(p, 'scale', 'revenue')).toEqual({ text: '营业收入 10000万元 → 24/40分', indicator: 'revenue', value: '10000万元', points: 24 });
    expect(item(p, 'innovation', 'rdIntensity')).toMatchObject({ value: '7.00%', points: 40 });
    expect(item(p, 'innovation', 'rdIntensity').text).toContain('研发投入占营收 7.00%（营收 5000万–2亿元档要求 ≥4%，达到高企标准）');
    expect(item(p, 'chainFit', 'chainNode')).toMatchObject({ value: 'MARINE_LNG_VALVE', points: 68 });
    expect(item(p, 'chainFit', 'chainNode').text).toContain('「MARINE_LNG_VALVE」（关键配套）需求度 0.80');
    // With its name (as the facts query reads it), the officer reads the node's name, and the score is the same.
    const named = score(makeFacts({ nodes: [{ code: 'MARINE_LNG_VALVE', role: 'KEY', need: 0.8, name: 'LNG 阀门' }] }));
    expect(item(named, 'chainFit', 'chainNode').text).toContain('产业链节点「LNG 阀门」（关键配套）需求度 0.80');
    expect(item(named, 'chainFit', 'chainNode').points).toBe(68);
    expect(item(p, 'growth', 'headcountGrowth')).toMatchObject({ points: null });
  });
});

describe('dimension items', () => {
  it('scores unknown figures 0 with a reason saying the data is missing', () => {
    const p = score(makeFacts({ revenue: null, employees: null, rdExpense: null, inventionPatents: null, srdiLevel: null, listingStatus: null, region: null }));
    for (const [key, ind] of [['scale', 'revenue'], ['scale', 'employees'], ['scale', 'listingStatus'], ['innovation', 'rdIntensity'], ['innovation', 'inventionPatents'], ['innovation', 'srdiLevel'], ['growth', 'revenueGrowth'], ['landing', 'region']] as const) {
      expect(item(p, key, ind)).toMatchObject({ value: null, points: 0 });
      expect(item(p, key, ind).text).toContain('数据缺失');
    }
  });

  it('puts the R&D-intensity item edges at 3.00% vs 2.99%', () => {
    const at = (rdExpense: number) => item(score(makeFacts({ revenue: 300 * MILLION, rdExpense })), 'innovation', 'rdIntensity');
    expect(at(9 * MILLION)).toMatchObject({ value: '3.00%', points: 16 });
    expect(at(9 * MILLION - 1)).toMatchObject({ value: '2.99%', points: 8 });
    expect(at(9 * MILLION).text).toContain('营收 >2亿元档要求 ≥3%，达到高企标准');
  });

  it('counts a valid certificate and not an expired one', () => {
    expect(item(score(makeFacts({ hightechCertifiedOn: '2022-07-01' })), 'innovation', 'hightechValid').points).toBe(15);
    expect(item(score(makeFacts({ hightechCertifiedOn: '2022-06-30' })), 'innovation', 'hightechValid').points).toBe(0);
  });

  it('scores revenue growth exactly at its edges, and growth from zero as the top band', () => {
    const g = (revenue: number, revenuePrevYear: number | null) => item(score(makeFacts({ revenue, revenuePrevYear })), 'growth', 'revenueGrowth');
    expect(g(120 * MILLION, 100 * MILLION)).toMatchObject({ value: '20.00%', points: 35 });
    expect(g(120 * MILLION - 1, 100 * MILLION)).toMatchObject({ value: '19.99%', points: 20 });
    expect(g(100 * MILLION, 100 * MILLION).points).toBe(10);
    expect(g(100 * MILLION - 1, 100 * MILLION)).toMatchObject({ value: '-0.01%', points: 0 });
    expect(g(MILLION, 0)).toMatchObject({ value: '∞', points: 60 });
    expect(g(0, 0).points).toBe(0);
    expect(g(MILLION, null).text).toContain('数据缺失');
  });

  it('scores financing recency by age in days and counts the amount only while the round is recent', () => {
    const fin = (financingDate: string | null) => {
      const p = score(makeFacts({ financingDate, financingAmount: 20000 * WAN }));
      return [item(p, 'growth', 'financingRecency').points, item(p, 'growth', 'financingAmount').points];
    };
    expect(fin(AS_OF)).toEqual([25, 15]);
    expect(fin('2024-06-30')).toEqual([25, 15]); // 365 days old: within the `withinDays: 366` band
    expect(fin('2024-06-29')).toEqual([15, 15]); // 366 days
    expect(fin('2022-07-01')).toEqual([5, 15]); // 1095 days
    expect(fin('2022-06-30')).toEqual([0, 0]); // 1096 days: out of the table, so the amount no longer counts
    expect(fin('2025-07-01')).toEqual([0, 0]); // after asOf: not happened yet
    expect(fin(null)).toEqual([0, 0]);
  });

  it('takes the best node, boosted by role (CHAIN_LEADER > KEY > SUPPORTING), and names every node', () => {
    const chainFitOf = (nodes: ProfileFacts['nodes']) => dim(score(makeFacts({ nodes })), 'chainFit');
    expect(chainFitOf([{ code: 'A', role: 'CHAIN_LEADER', need: 0.5 }]).score).toBe(50);
    expect(chainFitOf([{ code: 'A', role: 'KEY', need: 0.5 }]).score).toBe(42.5);
    expect(chainFitOf([{ code: 'A', role: 'SUPPORTING', need: 0.5 }]).score).toBe(35);
    const two = chainFitOf([
      { code: 'LOW', role: 'CHAIN_LEADER', need: 0.2 },
      { code: 'HIGH', role: 'SUPPORTING', need: 1 },
    ]);
    expect(two.score).toBe(70);
    expect(two.reasons.map((r) => [r.value ?? r.text.match(/LOW|HIGH/)![0], r.points])).toEqual([['HIGH', 70], ['LOW', null]]);
    expect(chainFitOf([]).score).toBe(0);
    expect(chainFitOf([{ code: 'A', role: 'KEY', need: 7 }]).score).toBe(85); // need clamped to 1
    expect(chainFitOf([{ code: 'A', role: 'KEY', need: Number.NaN }]).score).toBe(0);
  });

  it('scores Yangtze-Delta proximity by the longest region prefix', () => {
    const region = (r: string) => item(score(makeFacts({ region: r })), 'landing', 'region').points;
    expect(['上海市崇明区', '上海市浦东新区', '江苏省南通市', '浙江省宁波市', '安徽省合肥市', '广东省深圳市'].map(region)).toEqual([20, 16, 12, 12, 10, 0]);
  });

  it('counts distinct expansion signals and treats an in-park firm as landed', () => {
    const signals = (expansionSignals: string[]) => item(score(makeFacts({ expansionSignals })), 'landing', 'expansionSignals').points;
    expect(signals([])).toBe(0);
    expect(signals(['招聘', '招聘 ', ''])).toBe(15);
    expect(signals(['招聘', '新设分支', '拿地建厂', '新融资'])).toBe(30);
    const inPark = dim(score(makeFacts({ status: 'IN_PARK', region: null, chainLeaderTies: 0 })), 'landing');
    expect(inPark.score).toBe(100);
    expect(inPark.reasons).toEqual([{ text: '已在园，视为已落地 → 100/100分', indicator: 'inPark', value: 'IN_PARK', points: 100 }]);
  });
});

describe('the risk gate', () => {
  const normal = score(makeFacts());

  it.each(['DEREGISTERED', 'REVOKED'] as const)('zeroes the total of a %s firm, keeping the dimensions to explain', (riskStatus) => {
    const p = score(makeFacts({ riskStatus }));
    expect(p.total).toBe(0);
    expect(p.risk.gate).toBe('ZEROED');
    expect(p.risk.reasons[0]).toMatchObject({ indicator: 'riskStatus', value: riskStatus, points: 0 });
    expect(p.dimensions).toEqual(normal.dimensions);
  });

  it.each(['ABNORMAL', 'DISHONEST'] as const)('flags a %s firm and keeps its total', (riskStatus) => {
    const p = score(makeFacts({ riskStatus }));
    expect(p.total).toBe(normal.total);
    expect(p.risk.gate).toBe('FLAGGED');
    expect(p.risk.reasons).toHaveLength(1);
    expect(p.risk.reasons[0].text).toContain('总分保留');
  });
});

// ------------------------------------------------------------------ randomised enterprises

const MONEY_EDGES = [0, 1, 100 * WAN, 500 * WAN, 1000 * WAN, 2000 * WAN, 5000 * WAN, 10000 * WAN, 20000 * WAN, 100000 * WAN];
const NODE_CODES = ['LNG_VALVE', 'PUMP_TOWER', 'BEIDOU', 'EDGE', 'H2_STORAGE'];
const ROLES: NodeRole[] = ['SUPPORTING', 'KEY', 'CHAIN_LEADER'];
const SIGNALS = ['新设分支机构', '大量招聘', '新一轮融资', '拿地建厂', '扩产计划'];

function randomFacts(r: () => number): ProfileFacts {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const int = (max: number) => Math.floor(r() * (max + 1));
  const orNull = <T>(p: number, f: () => T): T | null => (r() < p ? null : f());
  // Half the amounts sit on or beside a band edge, where a monotonicity slip would show.
  const money = () => orNull(0.1, () => (r() < 0.5 ? Math.max(0, pick(MONEY_EDGES) + pick([-1, 0, 1])) : Math.floor(10 ** (r() * 12))));
  const date = (fromYear: number, toYear: number) => {
    const from = Date.UTC(fromYear, 0, 1);
    return new Date(from + Math.floor(r() * (Date.UTC(toYear, 11, 31) - from))).toISOString().slice(0, 10);
  };
  const employees = orNull(0.1, () => pick([0, 19, 20, 49, 50, 199, 200, 500, 501, 1000, int(3000)]));
  return {
    status: r() < 0.2 ? 'IN_PARK' : 'CANDIDATE',
    region: pick(['上海市崇明区', '上海市浦东新区', '江苏省南通市', '浙江省宁波市', '安徽省合肥市', '广东省深圳市', null]),
    foundedOn: orNull(0.1, () => date(2000, 2025)),
    registeredCapital: money(),
    employees,
    techStaff: orNull(0.1, () => int(employees ?? 300)),
    revenue: money(),
    revenuePrevYear: money(),
    output: money(),
    rdExpense: money(),
    inventionPatents: orNull(0.1, () => pick([0, 1, 2, 3, 4, 5, 9, 10, int(40)])),
    highValuePatents: orNull(0.1, () => pick([0, 1, 2, 3, 5, int(10)])),
    hightechCertifiedOn: orNull(0.4, () => date(2018, 2026)),
    srdiLevel: pick<SrdiLevel | null>([null, 'NONE', 'SRDI', 'LITTLE_GIANT']),
    listingStatus: pick<ListingStatus | null>([null, 'NONE', 'STAR_RESERVE', 'LISTED', 'UNICORN']),
    financingRound: pick([null, '天使', 'A', 'B', 'Pre-IPO']),
    financingAmount: money(),
    financingDate: orNull(0.3, () => date(2019, 2026)),
    expansionSignals: SIGNALS.filter(() => r() < 0.3),
    tags: [],
    riskStatus: pick(['NORMAL', 'NORMAL', 'NORMAL', 'ABNORMAL', 'DISHONEST', 'DEREGISTERED', 'REVOKED'] as const),
    nodes: Array.from({ length: int(3) }, () => ({ code: pick(NODE_CODES), role: pick(ROLES), need: pick([0, 1, r()]) })),
    chainLeaderTies: int(5),
    engagement: int(10),
  };
}

const BASES = (() => {
  const r = prng(20250630);
  return Array.from({ length: 400 }, () => randomFacts(r));
})();

describe('every awarded point has its reason', () => {
  it('sums each dimension’s reason points to its score, with a value behind every non-zero item', () => {
    for (const f of BASES) {
      for (const d of score(f).dimensions) {
        const awarded = d.reasons.filter((r) => r.points !== null);
        expect(awarded.reduce((a, r) => a + r.points!, 0)).toBeCloseTo(d.score, 10);
        for (const r of awarded) if (r.points! > 0) expect(r.value).not.toBeNull();
        for (const r of d.reasons) expect(r.indicator).not.toBe('');
      }
    }
  });
});

describe('weights', () => {
  const only = (key: DimensionKey): ProfilingModelConfig => ({
    ...DEFAULT_MODEL_CONFIG,
    weights: { scale: 0, growth: 0, innovation: 0, chainFit: 0, landing: 0, [key]: 100 },
  });

  it('gives total = innovation score under a model weighing innovation 100 and the rest 0', () => {
    for (const f of BASES.filter((x) => x.riskStatus !== 'DEREGISTERED' && x.riskStatus !== 'REVOKED')) {
      const p = score(f, only('innovation'));
      expect(p.total).toBe(dim(p, 'innovation').score);
    }
  });

  it('changes the total when the weights change', () => {
    const f = makeFacts();
    expect(score(f, only('scale')).total).toBe(54);
    expect(score(f, only('chainFit')).total).toBe(68);
    expect(score(f, { ...DEFAULT_MODEL_CONFIG, weights: { scale: 1, growth: 1, innovation: 1, chainFit: 1, landing: 1 } }).total).toBe((54 + 65 + 61 + 68 + 52) / 5);
    expect(score(f).total).toBe(60.5);
  });
});

/**
 * Monotonicity. COVERED indicators (better on it, equal on the rest ⇒ total and every dimension
 * never lower): rdExpense, inventionPatents, highValuePatents, employees, techStaff,
 * registeredCapital, financingAmount, financing recency (a later date, not after asOf), need of a
 * node, node role (SUPPORTING → KEY → CHAIN_LEADER), an added node, chainLeaderTies, engagement, an
 * added expansion signal, a valid certificate instead of none / an expired one, srdiLevel
 * (→ SRDI → LITTLE_GIANT), listingStatus (→ STAR_RESERVE → LISTED), CANDIDATE → IN_PARK, a milder
 * risk status, and revenue together with R&D scaled by the same whole factor (same intensity).
 *
 * NOT covered: revenue alone (R&D intensity = R&D / revenue falls as revenue rises; see the
 * counter-example below), revenuePrevYear (a baseline: a higher one means less growth), region (not
 * ordered), output and tags (not scored).
 */
describe('monotonicity over randomised enterprises (seeded)', () => {
  type Move = (f: ProfileFacts, r: () => number) => ProfileFacts | null;
  const up = (x: number | null, r: () => number) => (x === null ? Math.floor(r() * 1000) : x + 1 + Math.floor(r() * Math.max(1, x)));
  const field = (k: 'rdExpense' | 'inventionPatents' | 'highValuePatents' | 'employees' | 'techStaff' | 'registeredCapital' | 'financingAmount' | 'chainLeaderTies' | 'engagement'): Move =>
    (f, r) => ({ ...f, [k]: up(f[k], r) });
  const nextOf = <T>(order: readonly T[], x: T): T | null => {
    const i = order.indexOf(x);
    return i >= 0 && i < order.length - 1 ? order[i + 1] : null;
  };

  const moves: Record<string, Move> = {
    rdExpense: field('rdExpense'),
    rdExpenseByOneFen: (f) => (f.rdExpense === null ? null : { ...f, rdExpense: f.rdExpense + 1 }),
    inventionPatents: field('inventionPatents'),
    highValuePatents: field('highValuePatents'),
    employees: field('employees'),
    techStaff: field('techStaff'),
    registeredCapital: field('registeredCapital'),
    financingAmount: field('financingAmount'),
    chainLeaderTies: field('chainLeaderTies'),
    engagement: field('engagement'),
    financingRecency: (f, r) => {
      const from = f.financingDate === null ? Date.UTC(2015, 0, 1) : Date.parse(f.financingDate);
      const to = Date.parse(AS_OF);
      if (from > to) return null;
      return { ...f, financingDate: new Date(from + Math.floor(r() * (to - from + 1) / 86_400_000) * 86_400_000).toISOString().slice(0, 10) };
    },
    need: (f, r) => {
      if (f.nodes.length === 0) return null;
      const i = Math.floor(r() * f.nodes.length);
      return { ...f, nodes: f.nodes.map((n, j) => (j === i ? { ...n, need: n.need + r() * (1 - n.need) } : n)) };
    },
    role: (f, r) => {
      const i = Math.floor(r() * f.nodes.length);
      const role = f.nodes.length ? nextOf(ROLES, f.nodes[i].role) : null;
      return role ? { ...f, nodes: f.nodes.map((n, j) => (j === i ? { ...n, role } : n)) } : null;
    },
    addNode: (f, r) => ({ ...f, nodes: [...f.nodes, { code: 'NEW', role: ROLES[Math.floor(r() * 3)], need: r() }] }),
    expansionSignal: (f) => ({ ...f, expansionSignals: [...f.expansionSignals, `新信号${f.expansionSignals.length}`] }),
    hightechValid: (f) => (hightechValid(f, AS_OF).pass ? null : { ...f, hightechCertifiedOn: '2024-01-15' }),
    srdiLevel: (f) => {
      const next = f.srdiLevel === null ? 'SRDI' : nextOf<SrdiLevel>(['NONE', 'SRDI', 'LITTLE_GIANT'], f.srdiLevel);
      return next ? { ...f, srdiLevel: next } : null;
    },
    listingStatus: (f) => {
      const next = f.listingStatus === null ? 'STAR_RESERVE' : nextOf<ListingStatus>(['NONE', 'STAR_RESERVE', 'LISTED'], f.listingStatus);
      return next ? { ...f, listingStatus: next } : null;
    },
    inPark: (f) => (f.status === 'IN_PARK' ? null : { ...f, status: 'IN_PARK' }),
    riskStatus: (f) => {
      const milder = { DEREGISTERED: 'DISHONEST', REVOKED: 'ABNORMAL', DISHONEST: 'NORMAL', ABNORMAL: 'NORMAL', NORMAL: null } as const;
      const next = milder[f.riskStatus];
      return next ? { ...f, riskStatus: next } : null;
    },
    revenueWithRdAtSameIntensity: (f, r) => {
      if (f.revenue === null || f.rdExpense === null) return null;
      const k = 2 + Math.floor(r() * 5);
      return { ...f, revenue: f.revenue * k, rdExpense: f.rdExpense * k };
    },
  };

  it.each(Object.keys(moves))('never lowers the total (or any dimension) when %s improves', (name) => {
    const r = prng(name.length * 7919 + name.charCodeAt(0));
    let tried = 0;
    for (const base of BASES) {
      const better = moves[name](base, r);
      if (better === null) continue;
      tried++;
      const [a, b] = [score(base), score(better)];
      if (b.total < a.total) throw new Error(`${name} lowered the total ${a.total} → ${b.total}\nbase: ${JSON.stringify(base)}\nbetter: ${JSON.stringify(better)}`);
      a.dimensions.forEach((d, i) => expect(b.dimensions[i].score).toBeGreaterThanOrEqual(d.score));
    }
    expect(tried).toBeGreaterThan(50);
  });

  it('does NOT cover revenue alone: more revenue at equal R&D can lower the total (documented)', () => {
    const base = makeFacts({ revenue: 100 * MILLION, rdExpense: 6 * MILLION }); // 6.00% → 40
    const more = makeFacts({ revenue: 100 * MILLION + 1, rdExpense: 6 * MILLION }); // 5.99% → 32, no scale band crossed
    expect(score(more).total).toBeLessThan(score(base).total);
  });
});

describe('determinism', () => {
  it('returns the same profile for the same input and leaves the input untouched', () => {
    const f = makeFacts({ nodes: [{ code: 'B', role: 'KEY', need: 0.3 }, { code: 'A', role: 'KEY', need: 0.9 }] });
    const copy = clone(f);
    expect(score(f)).toEqual(score(copy));
    expect(f).toEqual(copy);
  });
});
