/**
 * The same score as score.ts and the same badges as rules.ts, compiled into SQL for one model and one date, so a
 * full recompute scores a million enterprises inside PostgreSQL with set-based statements instead of shipping
 * them to Node and back. score.ts stays the one place the rules are written for people: it explains a profile
 * on read; this file is its translation, and score-sql.spec (run against PostgreSQL) holds the two to the same
 * numbers, including every band edge.
 *
 * Exactness: money is bigint fen; a ratio against a whole-basis-point bar is compared as the floor of the exact
 * quotient (numeric div), which meets the bar exactly when the quotient does. Points are summed in float8 in
 * score.ts's order, so the floating-point results are the same bits. Date rules become date constants
 * computed here with score.ts's own calendar (addYears), so no SQL interval arithmetic can disagree with it.
 *
 * The expressions read these columns of the row alias `f` (see profile-facts.ts):
 *   status, region, founded_on, registered_capital, employees, tech_staff, revenue, revenue_prev_year, rd_expense,
 *   invention_patents, high_value_patents, hightech_certified_on, srdi_level, listing_status, financing_amount,
 *   financing_date, expansion_signals, risk_status, chain_leader_ties, engagement,
 *   chain_best (the best node's chain-fit score, NULL without nodes; see chainNodeScoreSql).
 */
import { DIMENSION_KEYS, validateModelConfig, type Band, type ProfilingModelConfig } from './model.js';
import { addYears, requireDate } from './util.js';

/** 1,000,000 CNY in fen, as rules.ts counts it. */
const MILLION = 100_000_000;

/** A number as an SQL float8 literal; the model is admin data, so anything but a finite number is refused. */
function num(x: number): string {
  if (typeof x !== 'number' || !Number.isFinite(x)) throw new Error(`not a finite number: ${String(x)}`);
  return `${x < 0 ? `(${x})` : x}::float8`;
}

function int(x: number): string {
  if (!Number.isSafeInteger(x)) throw new Error(`not a whole number: ${String(x)}`);
  return x < 0 ? `(${x})` : String(x);
}

/** A string literal that means the same whatever standard_conforming_strings says (an E'' literal). */
function text(s: string): string {
  return `E'${s.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}

function date(s: string): string {
  return `DATE '${requireDate(s, 'date')}'`;
}

/**
 * Math.round(x * 100) / 100, in float8, for a cheap expression `x` (it is repeated): Math.round is not
 * floor(y + 0.5), which rounds 0.49999999999999994 up; comparing the fraction is exact.
 */
function round2(x: string): string {
  const y = `((${x}) * 100::float8)`;
  return `((CASE WHEN ${y} - floor(${y}) >= 0.5::float8 THEN ceil(${y}) ELSE floor(${y}) END) / 100::float8)`;
}

/** Points of the highest band whose min ≤ value; 0 below the first band or when the value is NULL. */
function band(value: string, bands: readonly Band[]): string {
  if (bands.length === 0) return '0::float8';
  const arms = [...bands].reverse().map((b) => `WHEN ${value} >= ${int(b.min)} THEN ${num(b.points)}`);
  return `(CASE ${arms.join(' ')} ELSE 0::float8 END)`;
}

function lookup(value: string, table: Record<string, number>): string {
  const arms = Object.entries(table).map(([k, v]) => `WHEN ${text(k)} THEN ${num(v)}`);
  return arms.length ? `(CASE ${value} ${arms.join(' ')} ELSE 0::float8 END)` : '0::float8';
}

/** Sheet's sum: the items added left to right from 0 (rounded to cents and capped one level up, see dimension()). */
function sheet(items: string[]): string {
  return items.reduce((sum, item) => `(${sum} + ${item})`, '0::float8');
}

/** Sheet.score() of a column holding a sheet's sum. */
function dimension(sum: string): string {
  return `least(100::float8, ${round2(sum)})`;
}

/** The latest date d with addYears(d, years) ≤ asOf: "d is at least `years` whole years before asOf" ⇔ d ≤ it. */
export function yearsBefore(asOf: string, years: number): string {
  const [y, m, d] = asOf.split('-').map(Number);
  // Start past the answer and walk back: addYears is non-decreasing, so the first hit is the latest.
  let t = Date.UTC(y! - years, m! - 1, d! + 3);
  for (;;) {
    const candidate = new Date(t).toISOString().slice(0, 10);
    if (addYears(candidate, years) <= asOf) return candidate;
    t -= 86_400_000;
  }
}

/** asOf minus a number of days. */
export function daysBefore(asOf: string, days: number): string {
  const [y, m, d] = asOf.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! - days)).toISOString().slice(0, 10);
}

/** floor(num × 10000 / den) exactly (numeric); '+Infinity' for x / 0 with x > 0 (it meets every bar); NULL for 0 / 0 or unknowns. */
function ratioBp(numerator: string, denominator: string): string {
  return `(CASE WHEN ${denominator} > 0 THEN div((${numerator})::numeric * 10000, (${denominator})::numeric)
                WHEN ${denominator} = 0 AND ${numerator} > 0 THEN 'Infinity'::numeric END)`;
}

/** floor((cur − prev) × 10000 / prev) exactly, rounding toward −∞ for a fall; +Infinity from a zero base. */
function growthBp(cur: string, prev: string): string {
  const a = `((${cur})::numeric - (${prev})::numeric) * 10000`;
  return `(CASE WHEN ${prev} > 0 THEN div(${a}, (${prev})::numeric) - CASE WHEN ${a} < 0 AND mod(${a}, (${prev})::numeric) <> 0 THEN 1 ELSE 0 END
                WHEN ${prev} = 0 AND ${cur} > 0 THEN 'Infinity'::numeric END)`;
}

/** Characters String.prototype.trim() removes, for counting expansion signals as score.ts does. */
const JS_WHITESPACE = "E' \\t\\n\\u000B\\f\\r\\u00A0\\u1680\\u2000\\u2001\\u2002\\u2003\\u2004\\u2005\\u2006\\u2007\\u2008\\u2009\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF'";

/**
 * One node's chain-fit score for the alias-free columns `need` (0..1, float8) and `role`: the value chainFit() in
 * score.ts gives the node. The dimension is the best node's, capped (chain_best, aggregated by the caller).
 */
export function chainNodeScoreSql(config: ProfilingModelConfig, need: string, role: string): string {
  // Number.isFinite in score.ts: NaN and ±Infinity count as no need at all.
  const clamped = `(CASE WHEN (${need}) IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8) THEN 0::float8 ELSE greatest(0::float8, least(1::float8, ${need})) END)`;
  return dimension(`${clamped} * 100::float8 * ${lookup(role, config.bands.chainFit.roleFactor)}`);
}

/** The levels of the scoring SELECT, each over the one before (alias `f`, the last `s`): see scoredSelectSql. */
export interface ScoreSql {
  /** Ratios and flags computed once per row. */
  derived: string;
  /** Each dimension's sum of points, the risk gate and the badges. */
  raw: string;
  /** Each dimension's score: its sum rounded to cents and capped at 100. */
  dimensions: string;
  /** The weighted total. */
  total: string;
}

/** Compiles the model for a date. Throws on a model score.ts would refuse. */
export function compileScoreSql(config: ProfilingModelConfig, asOf: string): ScoreSql {
  requireDate(asOf, 'asOf');
  const problems = validateModelConfig(config);
  if (problems.length > 0) throw new Error(`invalid profiling model: ${problems.join('; ')}`);
  const b = config.bands;
  const today = date(asOf);

  const derived = [
    `${ratioBp('f.rd_expense', 'f.revenue')} AS rd_bp`,
    `${ratioBp('f.tech_staff', 'f.employees')} AS tech_bp`,
    `${growthBp('f.revenue', 'f.revenue_prev_year')} AS growth_bp`,
    // Valid while certDate ≤ asOf < certDate + 3 years (rules.ts hightechValid).
    // Distinct non-blank expansion signals, trimmed as String.prototype.trim() trims.
    `(SELECT count(DISTINCT t.s) FROM (SELECT btrim(x, ${JS_WHITESPACE}) AS s FROM unnest(f.expansion_signals) x) t WHERE t.s <> '') AS signals`,
    `coalesce(f.hightech_certified_on <= ${today} AND f.hightech_certified_on > ${date(yearsBefore(asOf, 3))}, false) AS hightech_valid`,
  ].join(',\n      ');

  // ---- scale
  const scale = sheet([
    band('f.revenue', b.scale.revenue),
    band('f.employees', b.scale.employees),
    band('f.registered_capital', b.scale.registeredCapital),
    lookup('f.listing_status', b.scale.listing),
  ]);

  // ---- growth: an unknown or unusable base gives no growth points; a round counts only inside its recency table.
  const recency = b.growth.financingRecency;
  const recent = (i: number) => `f.financing_date > ${date(daysBefore(asOf, recency[i]!.withinDays))}`;
  const financed = `f.financing_date <= ${today}`;
  const recencyPts = recency.length
    ? `(CASE WHEN ${financed} THEN (CASE ${recency.map((r, i) => `WHEN ${recent(i)} THEN ${num(r.points)}`).join(' ')} ELSE 0::float8 END) ELSE 0::float8 END)`
    : '0::float8';
  const amountPts = recency.length
    ? `(CASE WHEN ${financed} AND ${recent(recency.length - 1)} THEN ${band('f.financing_amount', b.growth.financingAmount)} ELSE 0::float8 END)`
    : '0::float8';
  const growth = sheet([band('f.growth_bp', b.growth.revenueGrowthBp), recencyPts, amountPts]);

  // ---- innovation
  const innovation = sheet([
    band('f.rd_bp', b.innovation.rdIntensityBp),
    band('f.invention_patents', b.innovation.inventionPatents),
    band('f.high_value_patents', b.innovation.highValuePatents),
    `(CASE WHEN f.hightech_valid THEN ${num(b.innovation.hightechValid)} ELSE 0::float8 END)`,
    lookup('f.srdi_level', b.innovation.srdi),
  ]);


  // ---- landing
  // Longest matching prefix wins; among equal lengths the first listed (score.ts sorts stably).
  const regions = b.landing.region.map((r, i) => ({ ...r, i })).sort((x, y) => y.prefix.length - x.prefix.length || x.i - y.i);
  const regionPts = regions.length
    ? `(CASE ${regions.map((r) => `WHEN starts_with(f.region, ${text(r.prefix)}) THEN ${num(r.points)}`).join(' ')} ELSE 0::float8 END)`
    : '0::float8';
  const landing = `(CASE WHEN f.status = 'IN_PARK' THEN ${sheet([num(b.landing.inPark)])} ELSE ${sheet([
    band('f.signals', b.landing.expansionSignals),
    band('coalesce(f.chain_leader_ties, 0)', b.landing.chainLeaderTies),
    regionPts,
    band('coalesce(f.engagement, 0)', b.landing.engagement),
  ])} END)`;

  // ---- badges (rules.ts, thresholds official and fixed)
  const hightechRdMet = `(CASE WHEN f.revenue <= ${int(50 * MILLION)} THEN f.rd_bp >= 500 WHEN f.revenue <= ${int(200 * MILLION)} THEN f.rd_bp >= 400 ELSE f.rd_bp >= 300 END)`;
  const hightechEligible = `f.founded_on <= ${date(yearsBefore(asOf, 1))} AND f.invention_patents >= 1 AND f.tech_bp >= 1000 AND ${hightechRdMet}`;
  const firstBand = (value: string, table: [number, number][]) => `(CASE ${table.map(([bp, pts]) => `WHEN ${value} >= ${bp} THEN ${pts}`).join(' ')} ELSE 0 END)`;
  const staffPts = firstBand('f.tech_bp', [[3000, 20], [2500, 16], [2000, 12], [1500, 8], [1000, 4]]);
  const rdPts = firstBand('f.rd_bp', [[600, 50], [500, 40], [400, 30], [300, 20], [200, 10]]);
  const resultPts = `(CASE WHEN f.invention_patents >= 1 THEN 30 ELSE 0 END)`;
  const techSme = `f.employees <= 500 AND f.revenue <= ${int(200 * MILLION)} AND f.registered_capital <= ${int(200 * MILLION)}
      AND (f.hightech_valid OR (${staffPts} + ${rdPts} + ${resultPts} >= 60 AND ${staffPts} > 0))`;
  const twoYears = date(yearsBefore(asOf, 2));
  const srdi = `f.founded_on <= ${twoYears} AND f.rd_expense >= ${int(MILLION)} AND f.rd_bp >= 300
      AND (f.revenue >= ${int(10 * MILLION)} OR (f.financing_amount >= ${int(20 * MILLION)} AND ${financed} AND f.financing_date > ${twoYears}))`;
  const starReserve = `f.listing_status = 'STAR_RESERVE' OR (f.listing_status IS DISTINCT FROM 'LISTED'
      AND (f.rd_bp >= 500 OR f.rd_expense >= ${int(60 * MILLION)}) AND f.invention_patents >= 5)`;
  const is = (cond: string) => `coalesce(${cond}, false)`;
  const badges = `array_remove(ARRAY[
      CASE WHEN f.hightech_valid THEN 'HIGHTECH_VALID' WHEN ${is(hightechEligible)} THEN 'HIGHTECH_ELIGIBLE' END,
      CASE WHEN ${is(techSme)} THEN 'TECH_SME_ELIGIBLE' END,
      CASE WHEN ${is(srdi)} THEN 'SRDI_ELIGIBLE' END,
      CASE WHEN ${is(starReserve)} THEN 'STAR_RESERVE' END]::text[], NULL)`;

  const riskGate = `(CASE WHEN f.risk_status IN ('DEREGISTERED', 'REVOKED') THEN 'ZEROED' WHEN f.risk_status IN ('ABNORMAL', 'DISHONEST') THEN 'FLAGGED' ELSE 'PASS' END)`;

  const raw = [
    `${scale} AS scale_sum`,
    `${growth} AS growth_sum`,
    `${innovation} AS innovation_sum`,
    `${landing} AS landing_sum`,
    `${riskGate} AS risk_gate`,
    `${badges} AS badges`,
  ].join(',\n    ');
  const dimensions = [
    `${dimension('f.scale_sum')} AS scale`,
    `${dimension('f.growth_sum')} AS growth`,
    `${dimension('f.innovation_sum')} AS innovation`,
    // Chain fit: the best node's score (already capped), 0 without nodes.
    `${dimension('coalesce(f.chain_best, 0::float8)')} AS chain_fit`,
    `${dimension('f.landing_sum')} AS landing`,
  ].join(',\n    ');

  // The weighted mean, summed in DIMENSION_KEYS order from 0 as score.ts does.
  const column: Record<string, string> = { scale: 's.scale', growth: 's.growth', innovation: 's.innovation', chainFit: 's.chain_fit', landing: 's.landing' };
  const weighted = DIMENSION_KEYS.reduce((sum, k) => `(${sum} + ${num(config.weights[k])} * ${column[k]})`, '0::float8');
  const weightSum = DIMENSION_KEYS.reduce((a, k) => a + config.weights[k], 0);
  const total = `(CASE WHEN s.risk_gate = 'ZEROED' THEN 0::float8 ELSE ${round2(`${weighted} / ${num(weightSum)}`)} END)`;

  return { derived, raw, dimensions, total };
}

/**
 * A complete SELECT scoring the rows of `factsRelation` (a subquery or table with the columns listed at the top,
 * plus any others, which are passed through): every column of it, the sums, then scale … landing, risk_gate, badges,
 * total.
 */
export function scoredSelectSql(config: ProfilingModelConfig, asOf: string, factsRelation: string): string {
  const c = compileScoreSql(config, asOf);
  // OFFSET 0 keeps each level a separate scan, so a value is computed once per row, not once per use above it.
  return `SELECT s.*, ${c.total} AS total FROM (
    SELECT f.*, ${c.dimensions} FROM (
      SELECT f.*, ${c.raw} FROM (
        SELECT f.*, ${c.derived} FROM ${factsRelation} f OFFSET 0
      ) f OFFSET 0
    ) f OFFSET 0
  ) s`;
}
