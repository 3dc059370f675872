/**
 * The OFFICIAL qualification rules (DOMAIN.md §2), as pure functions of the facts and a date.
 * They are what officers check a firm against, so thresholds are constants here, not model data.
 *
 * Where our data cannot answer a criterion the rule uses a stated proxy or says it is unchecked;
 * a reason always says which. An unknown figure never passes a criterion.
 */
import type { ProfileFacts, Reason } from './facts.js';
import { addYears, fmtRatio, fmtWan, fullYears, known, pct, ratioAtLeast, requireDate, validDate, YUAN } from './util.js';

export type { Reason } from './facts.js';

export interface RuleResult {
  pass: boolean;
  reasons: Reason[];
  /** The criteria not met (an unknown figure counts as not met), each saying in numbers what is missing. */
  unmet: Reason[];
}

export interface TechSmeResult extends RuleResult {
  /** The 科小 evaluation points (0-100), whether or not the size limits are met. */
  points: number;
}

export type Badge = 'HIGHTECH_VALID' | 'HIGHTECH_ELIGIBLE' | 'TECH_SME_ELIGIBLE' | 'SRDI_ELIGIBLE' | 'STAR_RESERVE';

const MILLION = 1_000_000 * YUAN; // 1,000,000 CNY in fen

/** A criterion's verdict as a reason; `ok: null` (figure unknown) counts as not met. */
function criterion(indicator: string, value: string | null, ok: boolean | null, text: string): { ok: boolean; reason: Reason } {
  const verdict = ok === null ? '缺数据，视为不符合' : ok ? '符合' : '不符合';
  return { ok: ok === true, reason: { text: `${text} — ${verdict}`, indicator, value, points: null } };
}

function note(indicator: string, text: string): Reason {
  return { text, indicator, value: null, points: null };
}

function result(items: { ok: boolean; reason: Reason }[], notes: Reason[] = []): RuleResult {
  return { pass: items.every((i) => i.ok), reasons: [...items.map((i) => i.reason), ...notes], unmet: items.filter((i) => !i.ok).map((i) => i.reason) };
}

/** Founded at least `years` whole years before asOf (the anniversary itself counts: 一年以上 includes one year). */
function foundedYears(facts: ProfileFacts, asOf: string, years: number, label: string) {
  const founded = validDate(facts.foundedOn);
  if (!founded) return criterion('foundedOn', null, null, `${label}：成立日期未知`);
  const ok = addYears(founded, years) <= asOf;
  return criterion('foundedOn', founded, ok, `${label}：${founded} 成立，至 ${asOf} 满 ${fullYears(founded, asOf)} 年（要求 ≥${years} 年）`);
}

/** The last financing round counts as "within two years" from its date up to, not including, its second anniversary. */
function financingWithin(facts: ProfileFacts, asOf: string, years: number): boolean {
  const d = validDate(facts.financingDate);
  return d !== null && d <= asOf && asOf < addYears(d, years);
}

function money(x: number | null): string | null {
  return x === null ? null : fmtWan(x);
}

// ---------------------------------------------------------------- 高新技术企业

/**
 * Valid while certDate ≤ asOf < certDate + 3 years: on its third anniversary a certificate is
 * EXPIRED (the three years run from the issue date, so the anniversary is the first day of year four).
 * A 29 February certificate expires on 1 March in a non-leap year (see addYears).
 */
export function hightechValid(facts: ProfileFacts, asOf: string): RuleResult {
  requireDate(asOf, 'asOf');
  const cert = validDate(facts.hightechCertifiedOn);
  if (!cert) return result([criterion('hightechCertifiedOn', null, false, '高新技术企业证书：无认定记录')]);
  const expires = addYears(cert, 3);
  const ok = cert <= asOf && asOf < expires;
  const when = cert > asOf ? `认定日期 ${cert} 晚于 ${asOf}` : `${cert} 认定，${expires} 起失效（有效期三年）`;
  return result([criterion('hightechCertifiedOn', cert, ok, `高新技术企业证书有效期：${when}`)]);
}

/** The R&D-intensity bar of 国科发火〔2016〕32号 for a revenue: ≤ 50M → 5%, (50M, 200M] → 4%, > 200M → 3%. */
export function hightechRdBand(revenue: number): { bp: number; label: string } {
  if (revenue <= 50 * MILLION) return { bp: 500, label: '营收 ≤5000万元档要求 ≥5%' };
  if (revenue <= 200 * MILLION) return { bp: 400, label: '营收 5000万–2亿元档要求 ≥4%' };
  return { bp: 300, label: '营收 >2亿元档要求 ≥3%' };
}

function rdIntensityCriterion(facts: ProfileFacts) {
  const rd = known(facts.rdExpense);
  const rev = known(facts.revenue);
  if (rd === null || rev === null)
    return criterion('rdIntensity', null, null, `研发投入占营收：${rd === null ? '研发费用' : '营业收入'}未知`);
  const band = hightechRdBand(rev);
  const ok = ratioAtLeast(rd, rev, band.bp);
  return criterion('rdIntensity', fmtRatio(rd, rev), ok, `研发投入占营收 ${fmtRatio(rd, rev)}（${band.label}；以最近一年代替近三年）`);
}

function techStaffShare(facts: ProfileFacts, bp: number, label: string) {
  const tech = known(facts.techStaff);
  const emp = known(facts.employees);
  if (tech === null || emp === null) return criterion('techStaffShare', null, null, `${label}：${tech === null ? '科技人员数' : '职工总数'}未知`);
  const share = fmtRatio(tech, emp);
  return criterion('techStaffShare', share, ratioAtLeast(tech, emp, bp), `${label} ${share}（${tech}/${emp}人，要求 ≥${pct(bp)}）`);
}

function inventionAtLeast(facts: ProfileFacts, n: number, label: string) {
  const inv = known(facts.inventionPatents);
  if (inv === null) return criterion('inventionPatents', null, null, `${label}：发明专利数未知`);
  return criterion('inventionPatents', String(inv), inv >= n, `${label}：发明专利 ${inv} 件（要求 ≥${n} 件）`);
}

/**
 * The hard thresholds of 高新技术企业认定. "Owns core IP" uses ≥ 1 invention patent as the proxy
 * (class-II IP such as utility models and software copyrights is not in our data); the latest
 * year's R&D and revenue stand for the three-year totals; the ≥ 60% high-tech product share is
 * not in our data and is left unchecked (a note, not a failure).
 */
export function hightechEligible(facts: ProfileFacts, asOf: string): RuleResult {
  requireDate(asOf, 'asOf');
  return result(
    [
      foundedYears(facts, asOf, 1, '注册成立一年以上'),
      inventionAtLeast(facts, 1, '拥有核心自主知识产权（以发明专利代替）'),
      techStaffShare(facts, 1000, '科技人员占职工总数'),
      rdIntensityCriterion(facts),
    ],
    [note('hightechProductShare', '高新技术产品（服务）收入占比 ≥60%：无此数据，未校验')],
  );
}

// ---------------------------------------------------------------- 科技型中小企业

const TECH_SME_STAFF: readonly [number, number][] = [[3000, 20], [2500, 16], [2000, 12], [1500, 8], [1000, 4]];
const TECH_SME_RD: readonly [number, number][] = [[600, 50], [500, 40], [400, 30], [300, 20], [200, 10]];

function firstBand(table: readonly [number, number][], meets: (bp: number) => boolean): number {
  return table.find(([bp]) => meets(bp))?.[1] ?? 0;
}

/**
 * 科技型中小企业评价. Size limits: ≤ 500 staff, revenue ≤ 200M, and assets ≤ 200M — assets are not in
 * our data, registered capital stands in. Results item: ≥ 1 invention patent gives 30; class-II IP
 * counts are not in our data, so otherwise 0. Pass: size limits met and either a valid high-tech
 * certificate (passes the evaluation directly) or ≥ 60 points with the staff item > 0.
 */
export function techSmeScore(facts: ProfileFacts, asOf: string): TechSmeResult {
  const limit = (indicator: string, label: string, x: number | null, max: number, show: (v: number) => string) =>
    x === null
      ? criterion(indicator, null, null, `${label}：未知`)
      : criterion(indicator, show(x), x <= max, `${label} ${show(x)}（要求 ≤${show(max)}）`);
  const emp = known(facts.employees);
  const size = [
    limit('employees', '职工总数', emp, 500, (v) => `${v}人`),
    limit('revenue', '年销售收入', known(facts.revenue), 200 * MILLION, fmtWan),
    limit('registeredCapital', '资产总额（以注册资本代替）', known(facts.registeredCapital), 200 * MILLION, fmtWan),
  ];

  const reasons: Reason[] = size.map((s) => s.reason);
  const item = (indicator: string, value: string | null, points: number, max: number, text: string) => {
    reasons.push({ text: `${text} → ${points}/${max}分`, indicator, value, points });
    return points;
  };

  const tech = known(facts.techStaff);
  const staffPts =
    tech === null || emp === null
      ? item('techStaffShare', null, 0, 20, '科技人员占比：数据缺失')
      : item('techStaffShare', fmtRatio(tech, emp), firstBand(TECH_SME_STAFF, (bp) => ratioAtLeast(tech, emp, bp)), 20, `科技人员占职工总数 ${fmtRatio(tech, emp)}`);

  const rd = known(facts.rdExpense);
  const rev = known(facts.revenue);
  const rdPts =
    rd === null || rev === null
      ? item('rdIntensity', null, 0, 50, '研发费用占销售收入：数据缺失')
      : item('rdIntensity', fmtRatio(rd, rev), firstBand(TECH_SME_RD, (bp) => ratioAtLeast(rd, rev, bp)), 50, `研发费用占销售收入 ${fmtRatio(rd, rev)}`);

  const inv = known(facts.inventionPatents);
  const resultPts =
    inv === null
      ? item('inventionPatents', null, 0, 30, '科技成果：发明专利数缺失；二类知识产权无数据')
      : inv >= 1
        ? item('inventionPatents', String(inv), 30, 30, `科技成果：拥有发明专利 ${inv} 件（Ⅰ类知识产权）`)
        : item('inventionPatents', '0', 0, 30, '科技成果：无发明专利；二类知识产权（实用新型等）无数据，按 0 计');

  const points = staffPts + rdPts + resultPts;
  const certified = hightechValid(facts, asOf).pass;
  const scored = points >= 60 && staffPts > 0;
  const total = note(
    'techSmeTotal',
    certified
      ? `评价得分 ${points}/100；持有效高新技术企业证书，直接符合评价条件`
      : `评价得分 ${points}/100（要求 ≥60 且科技人员指标 >0）— ${scored ? '符合' : '不符合'}`,
  );
  reasons.push(total);
  const unmet = [...size.filter((s) => !s.ok).map((s) => s.reason), ...(certified || scored ? [] : [total])];
  return { pass: size.every((s) => s.ok) && (certified || scored), reasons, unmet, points };
}

// ---------------------------------------------------------------- 专精特新 / 小巨人

/**
 * 专精特新中小企业. "≥ 2 years in its niche" uses years since founding as the proxy; "≥ 20M of new
 * equity financing in two years" uses the last round's amount, counted while it is younger than
 * two years (the same edge as a certificate: on the second anniversary it no longer counts).
 */
export function srdiEligible(facts: ProfileFacts, asOf: string): RuleResult {
  requireDate(asOf, 'asOf');
  const rd = known(facts.rdExpense);
  const rev = known(facts.revenue);
  const fin = known(facts.financingAmount);
  const rdAbs =
    rd === null
      ? criterion('rdExpense', null, null, '研发费用 ≥100万元：研发费用未知')
      : criterion('rdExpense', fmtWan(rd), rd >= MILLION, `研发费用 ${fmtWan(rd)}（要求 ≥100万元）`);
  const rdShare =
    rd === null || rev === null
      ? criterion('rdIntensity', null, null, '研发费用占营收 ≥3%：数据缺失')
      : criterion('rdIntensity', fmtRatio(rd, rev), ratioAtLeast(rd, rev, 300), `研发费用占营收 ${fmtRatio(rd, rev)}（要求 ≥3%）`);

  const byRevenue = rev !== null && rev >= 10 * MILLION;
  const byFinancing = fin !== null && fin >= 20 * MILLION && financingWithin(facts, asOf, 2);
  const finText = fin === null ? '融资金额未知' : `最近一轮融资 ${fmtWan(fin)}（${validDate(facts.financingDate) ?? '日期未知'}，以最近一轮代替近两年合计）`;
  const revText = rev === null ? '营收未知' : `营收 ${fmtWan(rev)}`;
  const scale = criterion(
    'revenue',
    money(rev),
    byRevenue || byFinancing ? true : rev === null && fin === null ? null : false,
    `营收 ≥1000万元或近两年股权融资 ≥2000万元：${revText}；${finText}`,
  );
  return result([foundedYears(facts, asOf, 2, '从事特定细分市场 ≥2 年（以成立年限代替）'), rdAbs, rdShare, scale]);
}

/**
 * 专精特新"小巨人" as DOMAIN.md words it: revenue ≥ 100M with R&D ≥ 3%; 50M ≤ revenue < 100M with
 * R&D ≥ 6%; revenue < 50M with ≥ 80M financing in two years, R&D ≥ 30M and R&D staff ≥ 50%; plus
 * ≥ 2 class-I IP. Proxies: the latest year stands for "each of two years", the last round for the
 * two-year financing total, S&T staff for R&D staff, invention patents for class-I IP.
 */
export function littleGiantEligible(facts: ProfileFacts, asOf: string): RuleResult {
  requireDate(asOf, 'asOf');
  const rd = known(facts.rdExpense);
  const rev = known(facts.revenue);
  const ip = inventionAtLeast(facts, 2, 'Ⅰ类知识产权 ≥2 项（以发明专利代替）');
  const notes = [note('srdiLevel', '官方另要求已认定为专精特新中小企业等条件，此处未校验')];
  if (rd === null || rev === null) return result([criterion('rdIntensity', null, null, '营收与研发费用：数据缺失'), ip], notes);

  const share = fmtRatio(rd, rev);
  if (rev >= 100 * MILLION)
    return result([criterion('rdIntensity', share, ratioAtLeast(rd, rev, 300), `营收 ${fmtWan(rev)}（≥1亿元档），研发费用占比 ${share}（要求 ≥3%，以最近一年代替近两年）`), ip], notes);
  if (rev >= 50 * MILLION)
    return result([criterion('rdIntensity', share, ratioAtLeast(rd, rev, 600), `营收 ${fmtWan(rev)}（5000万–1亿元档），研发费用占比 ${share}（要求 ≥6%，以最近一年代替近两年）`), ip], notes);

  const fin = known(facts.financingAmount);
  const financed =
    fin === null
      ? criterion('financingAmount', null, null, '营收 <5000万元档：近两年股权融资未知')
      : criterion('financingAmount', fmtWan(fin), fin >= 80 * MILLION && financingWithin(facts, asOf, 2),
          `营收 <5000万元档：最近一轮融资 ${fmtWan(fin)}（${validDate(facts.financingDate) ?? '日期未知'}），要求近两年 ≥8000万元`);
  const rdAbs = criterion('rdExpense', fmtWan(rd), rd >= 30 * MILLION, `研发费用 ${fmtWan(rd)}（要求 ≥3000万元）`);
  return result([financed, rdAbs, techStaffShare(facts, 5000, '研发人员占比（以科技人员代替）'), ip], notes);
}

// ---------------------------------------------------------------- 科创属性

/**
 * 科创属性 (older rule): (R&D ≥ 5% of revenue or R&D ≥ 60M) and ≥ 5 invention patents. We hold one
 * year of R&D: it stands for the three-year figures (conservative for the 60M sum).
 */
export function starReserve(facts: ProfileFacts, asOf: string): RuleResult {
  requireDate(asOf, 'asOf');
  const rd = known(facts.rdExpense);
  const rev = known(facts.revenue);
  const byShare = rd !== null && rev !== null && ratioAtLeast(rd, rev, 500);
  const byAmount = rd !== null && rd >= 60 * MILLION;
  const rdItem = criterion(
    'rdIntensity',
    rd !== null && rev !== null ? fmtRatio(rd, rev) : money(rd),
    byShare || byAmount ? true : rd === null ? null : false,
    `研发投入占营收 ≥5% 或研发投入 ≥6000万元（以最近一年代替近三年）：研发投入 ${money(rd) ?? '未知'}，占营收 ${rd !== null && rev !== null ? fmtRatio(rd, rev) : '未知'}`,
  );
  return result([rdItem, inventionAtLeast(facts, 5, '发明专利 ≥5 件')]);
}

// ---------------------------------------------------------------- badges

/** The official rule (or the status) each badge rests on, as an officer would cite it. */
export const BADGE_RULES: Record<Badge, string> = {
  HIGHTECH_VALID: '高新技术企业认定（国科发火〔2016〕32号）：证书自认定之日起有效期三年',
  HIGHTECH_ELIGIBLE: '高新技术企业认定（国科发火〔2016〕32号）：成立满一年、核心知识产权、科技人员 ≥10%、研发费用占营收 5%/4%/3%（按营收档）、高新技术产品收入 ≥60%',
  TECH_SME_ELIGIBLE: '科技型中小企业评价：职工 ≤500 人、营收与资产 ≤2亿元，评价得分 ≥60 且科技人员指标 >0（有效高新证书直接符合）',
  SRDI_ELIGIBLE: '专精特新中小企业：细分市场 ≥2 年，研发费用 ≥100万元且占营收 ≥3%，营收 ≥1000万元或近两年股权融资 ≥2000万元',
  STAR_RESERVE: '科创属性（科创板，旧版）：研发投入占营收 ≥5% 或近三年 ≥6000万元，且发明专利 ≥5 件',
};

export const BADGE_ORDER: readonly Badge[] = ['HIGHTECH_VALID', 'HIGHTECH_ELIGIBLE', 'TECH_SME_ELIGIBLE', 'SRDI_ELIGIBLE', 'STAR_RESERVE'];

/** One badge against its rule: whether the firm holds it, every criterion, and what is missing for one it lacks. */
export interface BadgeCheck {
  badge: Badge;
  rule: string;
  held: boolean;
  criteria: Reason[];
  unmet: Reason[];
  /** Why the rule does not apply (held by status, or superseded), when it does not. */
  note: string | null;
}

/**
 * Every badge checked against its rule. HIGHTECH_ELIGIBLE only without a valid certificate (then it is a service
 * opportunity). STAR_RESERVE also when already in the reserve pool; never by rule for an already LISTED firm,
 * which is no longer a reserve candidate. SRDI_ELIGIBLE is by rule only (srdiLevel is the status).
 * `badges` is exactly the held ones, so what the page explains is what the profile carries.
 */
export function badgeChecks(facts: ProfileFacts, asOf: string): BadgeCheck[] {
  const check = (badge: Badge, r: RuleResult, over: { held?: boolean; note?: string } = {}): BadgeCheck => {
    const held = over.held ?? r.pass;
    return { badge, rule: BADGE_RULES[badge], held, criteria: r.reasons, unmet: held || over.note ? [] : r.unmet, note: over.note ?? null };
  };
  const valid = hightechValid(facts, asOf);
  const eligible = hightechEligible(facts, asOf);
  const star = starReserve(facts, asOf);
  return [
    check('HIGHTECH_VALID', valid),
    valid.pass ? check('HIGHTECH_ELIGIBLE', eligible, { held: false, note: '已持有效高新技术企业证书，不再列为待申报' }) : check('HIGHTECH_ELIGIBLE', eligible),
    check('TECH_SME_ELIGIBLE', techSmeScore(facts, asOf)),
    check('SRDI_ELIGIBLE', srdiEligible(facts, asOf)),
    facts.listingStatus === 'STAR_RESERVE'
      ? check('STAR_RESERVE', star, { held: true, note: '已列入科创板储备' })
      : facts.listingStatus === 'LISTED'
        ? check('STAR_RESERVE', star, { held: false, note: '已上市，不再是储备对象' })
        : check('STAR_RESERVE', star),
  ];
}

export function badges(facts: ProfileFacts, asOf: string): Badge[] {
  return badgeChecks(facts, asOf).filter((c) => c.held).map((c) => c.badge);
}
