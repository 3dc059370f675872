/**
 * Exact arithmetic and calendar helpers shared by the rules and the scorer.
 * Ratios are compared with BigInt cross-multiplication so that a band edge (3.00% vs 2.99%)
 * is never decided by floating-point rounding, however large the amounts in fen.
 */

const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

/** The date if `s` is a real calendar date 'YYYY-MM-DD', else null (treated as unknown). */
export function validDate(s: string | null | undefined): string | null {
  const m = s == null ? null : YMD.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo) ? s! : null;
}

export function requireDate(s: string, what: string): string {
  const d = validDate(s);
  if (!d) throw new RangeError(`${what} must be a calendar date YYYY-MM-DD, got ${JSON.stringify(s)}`);
  return d;
}

/**
 * The n-th anniversary of `date`. A 29 February anniversary in a non-leap year falls on 1 March:
 * a certificate then lasts never less than three calendar years, and a firm founded on 29 February
 * is not a year old before the day after 28 February.
 */
export function addYears(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const ty = y + n;
  const [tm, td] = m === 2 && d === 29 && !isLeap(ty) ? [3, 1] : [m, d];
  return `${String(ty).padStart(4, '0')}-${String(tm).padStart(2, '0')}-${String(td).padStart(2, '0')}`;
}

/** Whole years from `from` to `to` (anniversaries reached), 0 when `to` precedes `from`. */
export function fullYears(from: string, to: string): number {
  if (to < from) return 0;
  let years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  if (addYears(from, years) > to) years -= 1;
  return years;
}

export function daysBetween(from: string, to: string): number {
  const utc = (s: string) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** A count or fen amount as BigInt; facts are integers by contract, rounding only keeps BigInt from throwing. */
function big(x: number): bigint {
  return BigInt(Math.round(x));
}

/**
 * num / den ≥ bp / 10000, exactly. den = 0 with num > 0 is an infinite ratio (meets every bar);
 * 0 / 0 and negative denominators meet none.
 */
export function ratioAtLeast(num: number, den: number, bp: number): boolean {
  if (den <= 0) return den === 0 && num > 0;
  return big(num) * 10000n >= big(bp) * big(den);
}

/** (cur − prev) / prev ≥ bp / 10000, exactly; prev = 0 with cur > 0 is infinite growth. */
export function growthAtLeast(cur: number, prev: number, bp: number): boolean {
  if (prev <= 0) return prev === 0 && cur > 0;
  return (big(cur) - big(prev)) * 10000n >= big(bp) * big(prev);
}

/** '4.50%', truncated (never rounded up past a bar it does not meet); '∞' for x / 0. */
export function fmtRatio(num: number, den: number): string {
  if (den <= 0) return den === 0 && num > 0 ? '∞' : '—';
  return fmtBp((big(num) * 10000n) / big(den));
}

/** Growth as a percentage, truncated toward −∞ so a shown figure never exceeds the real one. */
export function fmtGrowth(cur: number, prev: number): string {
  if (prev <= 0) return prev === 0 && cur > 0 ? '∞' : '—';
  const num = (big(cur) - big(prev)) * 10000n;
  const den = big(prev);
  let q = num / den;
  if (num % den !== 0n && num < 0n) q -= 1n;
  return fmtBp(q);
}

function fmtBp(bp: bigint): string {
  const neg = bp < 0n;
  const a = neg ? -bp : bp;
  return `${neg ? '-' : ''}${a / 100n}.${String(a % 100n).padStart(2, '0')}%`;
}

/** Basis points as a short percentage for rule texts: 400 → '4%', 450 → '4.5%'. */
export function pct(bp: number): string {
  return `${bp / 100}%`;
}

/** fen → '5000万元' (at most 2 decimals of 万元). */
export function fmtWan(fen: number): string {
  return `${Number((fen / 1_000_000).toFixed(2))}万元`;
}

export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** A finite number or null: NaN / undefined from a careless caller count as unknown. */
export function known(x: number | null | undefined): number | null {
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

/** 1 CNY in fen, and 1 万元 in fen: band tables are written with these. */
export const YUAN = 100;
export const WAN = 1_000_000;
