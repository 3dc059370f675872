/**
 * The weighting model (ours, not official): every tunable number of the score lives here as data,
 * so an administrator can publish a new model version without a code change. score.ts only
 * interprets it. Money bands are in fen, ratio bands in basis points (1% = 100 bp), so every
 * comparison is exact integer math.
 */
import { ChainRole, ListingStatus, SrdiLevel } from '../../../enterprises/src/vocabulary.js';
import type { NodeRole } from './facts.js';
import { WAN } from './util.js';

export type DimensionKey = 'scale' | 'growth' | 'innovation' | 'chainFit' | 'landing';
export const DIMENSION_KEYS: readonly DimensionKey[] = ['scale', 'growth', 'innovation', 'chainFit', 'landing'];

/** `points` for a value ≥ `min`; the highest band reached wins. Ascending `min`, non-decreasing points. */
export interface Band {
  min: number;
  points: number;
}

/** `points` for an event younger than `withinDays` days; the first band matched wins. Ascending days, non-increasing points. */
export interface RecencyBand {
  withinDays: number;
  points: number;
}

export interface RegionBand {
  prefix: string;
  points: number;
}

export interface ProfilingModelConfig {
  weights: Record<DimensionKey, number>;
  /**
   * Per dimension, the score (0-100) the model counts as good enough to court a firm on: the threshold line of the
   * profile radar. Not used in scoring. Versions made before it existed read DEFAULT_THRESHOLDS.
   */
  thresholds?: Record<DimensionKey, number>;
  bands: {
    scale: {
      revenue: Band[];
      employees: Band[];
      registeredCapital: Band[];
      listing: Record<ListingStatus, number>;
    };
    growth: {
      /** (revenue − revenuePrevYear) / revenuePrevYear, bp. */
      revenueGrowthBp: Band[];
      financingRecency: RecencyBand[];
      /** Only counted while the round is inside the recency table: an old round says little about growth now. */
      financingAmount: Band[];
    };
    innovation: {
      /** rdExpense / revenue, bp. Default mirrors the 科小 R&D table (2/3/4/5/6%), scaled to 40. */
      rdIntensityBp: Band[];
      inventionPatents: Band[];
      highValuePatents: Band[];
      hightechValid: number;
      srdi: Record<SrdiLevel, number>;
    };
    chainFit: {
      /** node score = need × 100 × factor; the best node counts. CHAIN_LEADER ≥ KEY ≥ SUPPORTING. */
      roleFactor: Record<NodeRole, number>;
    };
    landing: {
      /** An IN_PARK firm has landed: its landing score is this, whatever else. */
      inPark: number;
      expansionSignals: Band[];
      chainLeaderTies: Band[];
      /** Longest matching prefix of `region` wins. */
      region: RegionBand[];
      engagement: Band[];
    };
  };
}

/** Ours: a higher bar on the heavier dimensions. */
export const DEFAULT_THRESHOLDS: Record<DimensionKey, number> = { scale: 40, growth: 40, innovation: 50, chainFit: 60, landing: 50 };

/** The model's threshold per dimension (its own, or the defaults for a version that has none). */
export function modelThresholds(c: ProfilingModelConfig): Record<DimensionKey, number> {
  return { ...DEFAULT_THRESHOLDS, ...(c.thresholds ?? {}) };
}

export const DEFAULT_MODEL_CONFIG: ProfilingModelConfig = {
  weights: { scale: 15, growth: 15, innovation: 25, chainFit: 25, landing: 20 },
  // No `thresholds`: version 1 was written by a migration without them, and modelThresholds gives it the defaults.
  bands: {
    scale: {
      revenue: [
        { min: 500 * WAN, points: 8 },
        { min: 2000 * WAN, points: 16 }, // 规上工业企业 threshold
        { min: 5000 * WAN, points: 24 },
        { min: 20000 * WAN, points: 32 },
        { min: 100000 * WAN, points: 40 },
      ],
      employees: [
        { min: 20, points: 5 },
        { min: 50, points: 10 },
        { min: 200, points: 15 },
        { min: 1000, points: 20 },
      ],
      registeredCapital: [
        { min: 100 * WAN, points: 5 },
        { min: 1000 * WAN, points: 10 },
        { min: 5000 * WAN, points: 15 },
        { min: 10000 * WAN, points: 20 },
      ],
      listing: { NONE: 0, STAR_RESERVE: 10, LISTED: 20, UNICORN: 20 },
    },
    growth: {
      revenueGrowthBp: [
        { min: 0, points: 10 },
        { min: 1000, points: 20 },
        { min: 2000, points: 35 },
        { min: 3000, points: 45 },
        { min: 5000, points: 60 },
      ],
      financingRecency: [
        { withinDays: 366, points: 25 },
        { withinDays: 731, points: 15 },
        { withinDays: 1096, points: 5 },
      ],
      financingAmount: [
        { min: 1000 * WAN, points: 5 },
        { min: 5000 * WAN, points: 10 },
        { min: 10000 * WAN, points: 15 },
      ],
    },
    innovation: {
      rdIntensityBp: [
        { min: 200, points: 8 },
        { min: 300, points: 16 },
        { min: 400, points: 24 },
        { min: 500, points: 32 },
        { min: 600, points: 40 },
      ],
      inventionPatents: [
        { min: 1, points: 8 },
        { min: 3, points: 12 },
        { min: 5, points: 16 },
        { min: 10, points: 20 },
      ],
      highValuePatents: [
        { min: 1, points: 5 },
        { min: 3, points: 10 },
        { min: 5, points: 15 },
      ],
      hightechValid: 15,
      srdi: { NONE: 0, SRDI: 5, LITTLE_GIANT: 10 },
    },
    chainFit: {
      roleFactor: { SUPPORTING: 0.7, KEY: 0.85, CHAIN_LEADER: 1 },
    },
    landing: {
      inPark: 100,
      expansionSignals: [
        { min: 1, points: 15 },
        { min: 2, points: 25 },
        { min: 3, points: 30 },
      ],
      chainLeaderTies: [
        { min: 1, points: 15 },
        { min: 2, points: 20 },
        { min: 3, points: 25 },
      ],
      region: [
        { prefix: '上海市崇明区', points: 20 },
        { prefix: '上海', points: 16 },
        { prefix: '江苏', points: 12 },
        { prefix: '浙江', points: 12 },
        { prefix: '安徽', points: 10 },
      ],
      engagement: [
        { min: 1, points: 10 },
        { min: 3, points: 18 },
        { min: 6, points: 25 },
      ],
    },
  },
};

/** Highest points a table can give (for "24/40" texts). */
export function bandMax(bands: readonly { points: number }[]): number {
  return bands.reduce((m, b) => Math.max(m, b.points), 0);
}

/** Points of the highest band whose `min` ≤ value (0 below the first band). */
export function bandPoints(bands: readonly Band[], reached: (min: number) => boolean): number {
  let pts = 0;
  for (const b of bands) if (reached(b.min)) pts = b.points;
  return pts;
}

/**
 * Problems that would make the score meaningless or break monotonicity; [] when the model is usable.
 * Points must not fall as a band rises, or a better enterprise could score lower.
 */
export function validateModelConfig(c: ProfilingModelConfig): string[] {
  try {
    return modelProblems(c);
  } catch {
    // A shape so far from a model that reading it threw (a missing section): say so rather than fail obscurely.
    return ['bands: not the shape of a profiling model (see ProfilingModel.bands of the active model)'];
  }
}

const LISTING_KEYS = Object.values(ListingStatus);
const SRDI_KEYS = Object.values(SrdiLevel);
/** Weakest to strongest, as the factors must rise. */
const ROLE_KEYS = [ChainRole.SUPPORTING, ChainRole.KEY, ChainRole.CHAIN_LEADER];
/** A century: longer windows mean nothing, and dates that far back leave the calendar the rules use. */
const MAX_WITHIN_DAYS = 36_500;

function modelProblems(c: ProfilingModelConfig): string[] {
  const problems: string[] = [];
  const num = (path: string, x: unknown, opts: { integer?: boolean; signed?: boolean } = {}): boolean => {
    // Whole numbers must be exact in a double (and so in SQL): band edges are compared exactly.
    const ok = typeof x === 'number' && Number.isFinite(x) && (!opts.integer || Number.isSafeInteger(x));
    if (!ok) problems.push(`${path}: not a ${opts.integer ? 'whole' : 'finite'} number`);
    else if (x < 0 && !opts.signed) problems.push(`${path}: negative`);
    return ok;
  };
  /** Every key of a lookup table present, none extra: a missing one would score NaN. */
  const table = (path: string, t: Record<string, unknown> | undefined, keys: readonly string[]) => {
    if (typeof t !== 'object' || t === null) return void problems.push(`${path}: missing`);
    for (const k of keys) if (!(k in t)) problems.push(`${path}.${k}: missing`);
    for (const [k, v] of Object.entries(t)) {
      if (!keys.includes(k)) problems.push(`${path}.${k}: not one of ${keys.join(', ')}`);
      else num(`${path}.${k}`, v);
    }
  };

  let sum = 0;
  for (const k of DIMENSION_KEYS) if (num(`weights.${k}`, c.weights?.[k])) sum += Math.max(0, c.weights[k]);
  if (sum <= 0) problems.push('weights: sum to 0');
  if (c.thresholds !== undefined)
    for (const k of DIMENSION_KEYS)
      if (num(`thresholds.${k}`, c.thresholds?.[k]) && c.thresholds[k] > 100) problems.push(`thresholds.${k}: above 100`);

  // A shrinking revenue may still earn growth points, so only growth band edges may be negative.
  const ascending = (path: string, bands: readonly Band[] | undefined, opts: { signedMin?: boolean; minFrom?: number } = {}) => {
    if (!Array.isArray(bands)) return void problems.push(`${path}: missing`);
    bands.forEach((b, i) => {
      if (num(`${path}[${i}].min`, b.min, { integer: true, signed: opts.signedMin }) && opts.minFrom !== undefined && b.min < opts.minFrom)
        problems.push(`${path}[${i}].min: below ${opts.minFrom}`);
      num(`${path}[${i}].points`, b.points);
      if (i > 0 && !(b.min > bands[i - 1].min)) problems.push(`${path}[${i}]: min not ascending`);
      if (i > 0 && b.points < bands[i - 1].points) problems.push(`${path}[${i}]: points fall as the band rises`);
    });
  };
  const s = c.bands;
  ascending('bands.scale.revenue', s.scale.revenue);
  ascending('bands.scale.employees', s.scale.employees);
  ascending('bands.scale.registeredCapital', s.scale.registeredCapital);
  ascending('bands.growth.revenueGrowthBp', s.growth.revenueGrowthBp, { signedMin: true });
  ascending('bands.growth.financingAmount', s.growth.financingAmount);
  ascending('bands.innovation.rdIntensityBp', s.innovation.rdIntensityBp);
  ascending('bands.innovation.inventionPatents', s.innovation.inventionPatents);
  ascending('bands.innovation.highValuePatents', s.innovation.highValuePatents);
  // No signals is "none yet" (0 points), not a band: a table starts at one signal.
  ascending('bands.landing.expansionSignals', s.landing.expansionSignals, { minFrom: 1 });
  ascending('bands.landing.chainLeaderTies', s.landing.chainLeaderTies);
  ascending('bands.landing.engagement', s.landing.engagement);

  const recency = s.growth.financingRecency;
  if (!Array.isArray(recency)) problems.push('bands.growth.financingRecency: missing');
  else
    recency.forEach((b, i) => {
      if (num(`bands.growth.financingRecency[${i}].withinDays`, b.withinDays, { integer: true }) && b.withinDays > MAX_WITHIN_DAYS)
        problems.push(`bands.growth.financingRecency[${i}].withinDays: more than ${MAX_WITHIN_DAYS}`);
      num(`bands.growth.financingRecency[${i}].points`, b.points);
      if (i > 0 && !(b.withinDays > recency[i - 1].withinDays)) problems.push(`bands.growth.financingRecency[${i}]: withinDays not ascending`);
      if (i > 0 && b.points > recency[i - 1].points) problems.push(`bands.growth.financingRecency[${i}]: an older round earns more`);
    });

  table('bands.scale.listing', s.scale.listing, LISTING_KEYS);
  table('bands.innovation.srdi', s.innovation.srdi, SRDI_KEYS);
  if (!(s.innovation.srdi?.NONE <= s.innovation.srdi?.SRDI && s.innovation.srdi?.SRDI <= s.innovation.srdi?.LITTLE_GIANT))
    problems.push('bands.innovation.srdi: must be NONE ≤ SRDI ≤ LITTLE_GIANT');
  num('bands.innovation.hightechValid', s.innovation.hightechValid);

  const f = s.chainFit.roleFactor;
  table('bands.chainFit.roleFactor', f, ROLE_KEYS);
  if (!(f?.SUPPORTING <= f?.KEY && f?.KEY <= f?.CHAIN_LEADER)) problems.push('bands.chainFit.roleFactor: must be SUPPORTING ≤ KEY ≤ CHAIN_LEADER');

  num('bands.landing.inPark', s.landing.inPark);
  if (!Array.isArray(s.landing.region)) problems.push('bands.landing.region: missing');
  else
    s.landing.region.forEach((r, i) => {
      if (typeof r.prefix !== 'string' || r.prefix.length === 0) problems.push(`bands.landing.region[${i}].prefix: empty`);
      // eslint-disable-next-line no-control-regex
      else if (r.prefix.length > 100 || /[\u0000-\u001f\u007f]/.test(r.prefix)) problems.push(`bands.landing.region[${i}].prefix: not a region name`);
      num(`bands.landing.region[${i}].points`, r.points);
    });
  return problems;
}
