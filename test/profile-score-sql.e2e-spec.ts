/**
 * The bulk scorer (score-sql.ts, inside PostgreSQL) must give exactly what the explaining engine (score.ts, in
 * Node) gives: the same total, dimension scores, badges and risk gate, to the bit. Facts are drawn around every
 * band edge and official threshold, on several dates (leap days included) and for two models.
 */
import pg from 'pg';
import { DEFAULT_MODEL_CONFIG, type ProfilingModelConfig } from '../libs/profiles/src/engine/model.js';
import type { ProfileFacts } from '../libs/profiles/src/engine/facts.js';
import { computeProfile } from '../libs/profiles/src/engine/score.js';
import { chainNodeScoreSql, scoredSelectSql, yearsBefore } from '../libs/profiles/src/engine/score-sql.js';
import { addYears } from '../libs/profiles/src/engine/util.js';
import { TEST_PG_BASE } from './support/databases.js';

const M = 100_000_000; // 1,000,000 CNY in fen

/** A model unlike the default: fractional weights and points, a negative growth band, overlapping region prefixes. */
const ODD_MODEL: ProfilingModelConfig = {
  ...DEFAULT_MODEL_CONFIG,
  weights: { scale: 13.7, growth: 7.1, innovation: 33.3, chainFit: 21.9, landing: 9 },
  bands: {
    ...DEFAULT_MODEL_CONFIG.bands,
    scale: { ...DEFAULT_MODEL_CONFIG.bands.scale, employees: [{ min: 10, points: 3.3 }, { min: 300, points: 7.7 }] },
    growth: {
      ...DEFAULT_MODEL_CONFIG.bands.growth,
      revenueGrowthBp: [{ min: -2000, points: 1.5 }, { min: 0, points: 10.1 }, { min: 1500, points: 33.3 }],
    },
    chainFit: { roleFactor: { SUPPORTING: 0.33, KEY: 0.66, CHAIN_LEADER: 0.99 } },
    landing: {
      ...DEFAULT_MODEL_CONFIG.bands.landing,
      // × 100 = 0.49999999999999994: Math.round gives 0 where floor(y + 0.5) would give 1.
      inPark: 0.004999999999999999,
      region: [
        { prefix: '上海', points: 5.5 },
        { prefix: '上海市崇明区', points: 19.9 },
        { prefix: "浙江'", points: 3 },
        { prefix: '浙江\\', points: 2 },
        { prefix: '浙江', points: 4 },
      ],
    },
  },
};

/** A small deterministic PRNG: a failing case must replay. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shiftDays(d: string, days: number): string {
  const [y, m, day] = d.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, day! + days)).toISOString().slice(0, 10);
}

function makeFacts(random: () => number, asOf: string): ProfileFacts {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const around = (xs: number[]) => {
    const x = pick(xs);
    return Math.max(0, x + pick([-1, 0, 0, 1]));
  };
  const maybe = <T>(x: T): T | null => (random() < 0.08 ? null : x);
  // Dates on and beside every anniversary the rules use.
  const dateNear = (years: number) => shiftDays(addYears(asOf, -years), pick([-2, -1, 0, 1, 2]));
  const revenue = maybe(pick([0, around([5 * M, 20 * M, 50 * M, 100 * M, 200 * M, 1000 * M]), Math.floor(random() * 3000 * M)]));
  const employees = maybe(pick([0, around([20, 50, 200, 500, 1000]), Math.floor(random() * 2000)]));
  const intensityBp = pick([0, 199, 200, 299, 300, 399, 400, 499, 500, 599, 600, 1200]);
  // R&D either exactly on an intensity bar of the revenue, one fen beside it, or anything.
  const rd =
    revenue === null || random() < 0.2
      ? maybe(pick([0, M, M - 1, 30 * M, 60 * M, Math.floor(random() * 100 * M)]))
      : Math.max(0, Math.ceil((revenue * intensityBp) / 10000) + pick([-1, 0, 0, 1]));
  const prev = maybe(revenue === null || random() < 0.2 ? pick([0, Math.floor(random() * 500 * M)]) : Math.max(0, Math.round(revenue / (1 + pick([-0.25, -0.2, 0, 0.1, 0.2, 0.3, 0.5, 2])))) + pick([-1, 0, 1]));
  const techShareBp = pick([0, 999, 1000, 1500, 2000, 2500, 3000, 5000, 10000]);
  return {
    status: random() < 0.15 ? 'IN_PARK' : 'CANDIDATE',
    region: pick([null, '', '上海市崇明区', '上海市浦东新区', '江苏省南通市', '浙江省宁波市', "浙江'奇怪", '浙江\\反斜杠', '广东省深圳市', '安徽省合肥市']),
    foundedOn: maybe(pick([dateNear(1), dateNear(2), dateNear(10), '2024-02-29', '2020-02-29'])),
    registeredCapital: maybe(around([M, 10 * M, 50 * M, 100 * M, 200 * M])),
    employees,
    techStaff: employees === null ? maybe(3) : maybe(Math.floor((employees * techShareBp) / 10000) + pick([0, 0, 1])),
    revenue,
    revenuePrevYear: prev,
    output: null,
    rdExpense: rd,
    inventionPatents: maybe(around([0, 1, 2, 3, 5, 10])),
    highValuePatents: maybe(around([0, 1, 3, 5])),
    hightechCertifiedOn: maybe(pick([dateNear(3), dateNear(1), shiftDays(asOf, 5), '2022-02-29'.replace('2022', String(Number(asOf.slice(0, 4)) - 3))].filter((d) => !d.endsWith('02-29') || isLeapDate(d)))),
    srdiLevel: maybe(pick(['NONE', 'SRDI', 'LITTLE_GIANT'] as const)),
    listingStatus: maybe(pick(['NONE', 'STAR_RESERVE', 'LISTED', 'UNICORN'] as const)),
    financingRound: 'B',
    financingAmount: maybe(around([10 * M, 20 * M, 50 * M, 80 * M, 100 * M])),
    financingDate: maybe(pick([dateNear(1), dateNear(2), dateNear(3), shiftDays(asOf, pick([-365, -366, -730, -731, -1095, -1096, 3]))])),
    expansionSignals: pick([[], ['新设分支机构'], [' 扩产 ', '扩产', '\u3000'], ['a', 'b', 'c', 'd'], ['x\t', 'x'], [null as unknown as string, 'y']]),
    tags: [],
    riskStatus: pick(['NORMAL', 'NORMAL', 'NORMAL', 'ABNORMAL', 'DISHONEST', 'DEREGISTERED', 'REVOKED'] as const),
    nodes: pick([
      [],
      [{ code: 'A', role: 'KEY' as const, need: 0.8 }],
      [{ code: 'A', role: 'SUPPORTING' as const, need: 0.6667 }, { code: 'B', role: 'CHAIN_LEADER' as const, need: 0.3333 }],
      [{ code: 'C', role: 'CHAIN_LEADER' as const, need: 1 }],
      [{ code: 'D', role: 'KEY' as const, need: 0.123 }],
      // Data errors the scorers must agree on: no need at all, not a huge one.
      [{ code: 'E', role: 'CHAIN_LEADER' as const, need: Number.POSITIVE_INFINITY }, { code: 'F', role: 'SUPPORTING' as const, need: Number.NaN }],
    ]),
    chainLeaderTies: pick([0, 1, 2, 3, 7]),
    engagement: pick([0, 1, 2, 3, 5, 6, 20]),
  };
}

function isLeapDate(d: string): boolean {
  const y = Number(d.slice(0, 4));
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const COLUMNS = `status text, region text, founded_on date, registered_capital bigint, employees int, tech_staff int, revenue bigint,
  revenue_prev_year bigint, rd_expense bigint, invention_patents int, high_value_patents int, hightech_certified_on date,
  srdi_level text, listing_status text, financing_amount bigint, financing_date date, expansion_signals text[], risk_status text,
  chain_leader_ties int, engagement int, nodes jsonb, i int`;

function toRow(f: ProfileFacts, i: number) {
  return {
    i, status: f.status, region: f.region, founded_on: f.foundedOn, registered_capital: f.registeredCapital, employees: f.employees,
    tech_staff: f.techStaff, revenue: f.revenue, revenue_prev_year: f.revenuePrevYear, rd_expense: f.rdExpense,
    invention_patents: f.inventionPatents, high_value_patents: f.highValuePatents, hightech_certified_on: f.hightechCertifiedOn,
    srdi_level: f.srdiLevel, listing_status: f.listingStatus, financing_amount: f.financingAmount, financing_date: f.financingDate,
    expansion_signals: f.expansionSignals, risk_status: f.riskStatus, chain_leader_ties: f.chainLeaderTies, engagement: f.engagement,
    // JSON has no Infinity or NaN: as strings they reach the float8 column as PostgreSQL's own spellings.
    nodes: f.nodes.map((n) => ({ ...n, need: Number.isFinite(n.need) ? n.need : String(n.need) })),
  };
}

describe('bulk scoring in SQL equals the explaining engine', () => {
  const db = new pg.Client({ connectionString: `${TEST_PG_BASE}/postgres` });
  beforeAll(() => db.connect());
  afterAll(() => db.end());

  async function scoreInSql(facts: ProfileFacts[], model: ProfilingModelConfig, asOf: string) {
    const relation = `(SELECT r.*, (SELECT max(${chainNodeScoreSql(model, 'n.need', 'n.role')}) FROM jsonb_to_recordset(r.nodes) n(need float8, role text)) AS chain_best
      FROM jsonb_to_recordset($1::jsonb) AS r(${COLUMNS}))`;
    const { rows } = await db.query(`${scoredSelectSql(model, asOf, relation)} ORDER BY i`, [JSON.stringify(facts.map(toRow))]);
    return rows as { i: number; total: number; scale: number; growth: number; innovation: number; chain_fit: number; landing: number; badges: string[]; risk_gate: string }[];
  }

  const cases: [string, ProfilingModelConfig, string][] = [
    ['default model, mid-year', DEFAULT_MODEL_CONFIG, '2025-06-30'],
    ['default model, on a leap day', DEFAULT_MODEL_CONFIG, '2024-02-29'],
    ['default model, the day after 28 February', DEFAULT_MODEL_CONFIG, '2027-03-01'],
    ['an odd model, new year', ODD_MODEL, '2026-01-01'],
  ];

  it.each(cases)('%s: 3,000 enterprises around every edge score the same', async (_label, model, asOf) => {
    const random = rng(asOf.length * 7919 + Number(asOf.replaceAll('-', '')));
    const facts = Array.from({ length: 3000 }, () => makeFacts(random, asOf));
    const sql = await scoreInSql(facts, model, asOf);
    expect(sql).toHaveLength(facts.length);
    const mismatches: string[] = [];
    facts.forEach((f, i) => {
      const js = computeProfile(f, model, asOf);
      const dim = (k: string) => js.dimensions.find((d) => d.key === k)!.score;
      const want = { total: js.total, scale: dim('scale'), growth: dim('growth'), innovation: dim('innovation'), chain_fit: dim('chainFit'), landing: dim('landing'), badges: js.badges, risk_gate: js.risk.gate };
      const { i: _i, ...got } = sql[i]!;
      const picked = Object.fromEntries(Object.keys(want).map((k) => [k, (got as Record<string, unknown>)[k]]));
      if (JSON.stringify(picked) !== JSON.stringify(want)) mismatches.push(`${JSON.stringify(toRow(f, i))}\n  js  ${JSON.stringify(want)}\n  sql ${JSON.stringify(picked)}`);
    });
    expect(mismatches.slice(0, 3)).toEqual([]);
  });

  it('the score spreads: the cases are not all alike', async () => {
    const random = rng(42);
    const facts = Array.from({ length: 500 }, () => makeFacts(random, '2025-06-30'));
    const sql = await scoreInSql(facts, DEFAULT_MODEL_CONFIG, '2025-06-30');
    expect(new Set(sql.map((r) => r.total)).size).toBeGreaterThan(100);
    for (const badge of ['HIGHTECH_VALID', 'HIGHTECH_ELIGIBLE', 'TECH_SME_ELIGIBLE', 'SRDI_ELIGIBLE', 'STAR_RESERVE'])
      expect(sql.filter((r) => r.badges.includes(badge)).length).toBeGreaterThan(5);
    expect(new Set(sql.map((r) => r.risk_gate))).toEqual(new Set(['PASS', 'FLAGGED', 'ZEROED']));
  });

  it('"whole years before" is the last day whose anniversary has come', () => {
    expect(yearsBefore('2025-06-30', 3)).toBe('2022-06-30');
    // A certificate of 29 February 2024 turns three on 1 March 2027: on 28 February 2027 it is not yet.
    expect(yearsBefore('2027-02-28', 3)).toBe('2024-02-28');
    expect(yearsBefore('2027-03-01', 3)).toBe('2024-03-01');
    expect(yearsBefore('2024-02-29', 1)).toBe('2023-02-28');
  });
});
