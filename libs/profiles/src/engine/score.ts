/**
 * The profile score (精准画像): five explainable dimensions from the model's band tables, a risk
 * gate and the official badges. Pure and deterministic: the date is an argument, never the clock.
 *
 * Monotonicity (an enterprise better on one indicator, equal on the rest, never totals lower) holds
 * because every item is a non-decreasing step function of its indicator, dimensions are capped sums
 * (or, for chain fit, a max), and the total is a weighted mean with non-negative weights. The one
 * exception is revenue on its own: R&D intensity is R&D / revenue, so more revenue at equal R&D can
 * lower innovation. Revenue is monotone only together with R&D at the same intensity (both scaled up);
 * revenuePrevYear is a baseline, not a merit, and is not covered. Badges do not enter the total.
 */
import type { ListingStatus, NodeRole, ProfileFacts, Reason, RiskStatus, SrdiLevel } from './facts.js';
import { bandMax, bandPoints, DIMENSION_KEYS, validateModelConfig, type Band, type DimensionKey, type ProfilingModelConfig } from './model.js';
import { badges, hightechRdBand, hightechValid, type Badge } from './rules.js';
import { daysBetween, fmtGrowth, fmtRatio, fmtWan, growthAtLeast, known, ratioAtLeast, requireDate, round2, validDate } from './util.js';

export interface DimensionScore {
  key: DimensionKey;
  score: number;
  weight: number;
  reasons: Reason[];
}

export interface ComputedProfile {
  total: number;
  dimensions: DimensionScore[];
  badges: Badge[];
  risk: { gate: 'PASS' | 'FLAGGED' | 'ZEROED'; reasons: Reason[] };
}

const LISTING_NAME: Record<ListingStatus, string> = { NONE: '未上市', STAR_RESERVE: '科创板储备', LISTED: '已上市', UNICORN: '独角兽' };
const SRDI_NAME: Record<SrdiLevel, string> = { NONE: '未认定', SRDI: '专精特新', LITTLE_GIANT: '专精特新“小巨人”' };
const ROLE_NAME: Record<NodeRole, string> = { CHAIN_LEADER: '链主', KEY: '关键配套', SUPPORTING: '一般配套' };

/** Collects items of one dimension; every awarded point gets its reason. */
class Sheet {
  readonly reasons: Reason[] = [];
  private sum = 0;

  add(indicator: string, value: string | null, points: number, max: number, text: string): void {
    this.sum += points;
    this.reasons.push({ text: `${text} → ${points}/${max}分`, indicator, value, points });
  }

  missing(indicator: string, label: string, max: number): void {
    this.add(indicator, null, 0, max, `${label}：数据缺失`);
  }

  note(indicator: string, text: string): void {
    this.reasons.push({ text, indicator, value: null, points: null });
  }

  /** A numeric indicator against an ascending band table. */
  banded(indicator: string, label: string, x: number | null, bands: readonly Band[], show: (v: number) => string): void {
    if (x === null) return this.missing(indicator, label, bandMax(bands));
    this.add(indicator, show(x), bandPoints(bands, (min) => x >= min), bandMax(bands), `${label} ${show(x)}`);
  }

  score(): number {
    return Math.min(100, round2(this.sum));
  }
}

const count = (unit: string) => (v: number) => `${v}${unit}`;

function scale(f: ProfileFacts, m: ProfilingModelConfig['bands']['scale']): Sheet {
  const s = new Sheet();
  s.banded('revenue', '营业收入', known(f.revenue), m.revenue, fmtWan);
  s.banded('employees', '从业人员', known(f.employees), m.employees, count('人'));
  s.banded('registeredCapital', '注册资本', known(f.registeredCapital), m.registeredCapital, fmtWan);
  const max = Math.max(0, ...Object.values(m.listing));
  if (f.listingStatus == null) s.missing('listingStatus', '上市状态', max);
  else s.add('listingStatus', f.listingStatus, m.listing[f.listingStatus], max, `上市状态 ${LISTING_NAME[f.listingStatus]}`);
  return s;
}

function growth(f: ProfileFacts, m: ProfilingModelConfig['bands']['growth'], asOf: string): Sheet {
  const s = new Sheet();
  const rev = known(f.revenue);
  const prev = known(f.revenuePrevYear);
  const gMax = bandMax(m.revenueGrowthBp);
  if (rev === null || prev === null) s.missing('revenueGrowth', '营收增长率', gMax);
  else if (prev < 0 || (prev === 0 && rev <= 0)) s.add('revenueGrowth', null, 0, gMax, `营收增长率：上年营收 ${fmtWan(prev)}，无法计算`);
  else {
    const g = fmtGrowth(rev, prev);
    const pts = bandPoints(m.revenueGrowthBp, (bp) => growthAtLeast(rev, prev, bp));
    s.add('revenueGrowth', g, pts, gMax, `营收增长率 ${g}（本年 ${fmtWan(rev)}，上年 ${fmtWan(prev)}）`);
  }
  s.note('headcountGrowth', '人员增长率：无历年从业人数数据，未计分');

  const rMax = bandMax(m.financingRecency);
  const aMax = bandMax(m.financingAmount);
  const date = validDate(f.financingDate);
  const round = f.financingRound ? `${f.financingRound}轮 ` : '';
  if (date === null) {
    s.missing('financingRecency', '最近融资时间', rMax);
    s.missing('financingAmount', '最近融资金额', aMax);
  } else if (date > asOf) {
    s.add('financingRecency', date, 0, rMax, `最近融资 ${round}${date} 晚于评估日 ${asOf}，不计`);
    s.add('financingAmount', null, 0, aMax, '最近融资金额：融资未发生，不计');
  } else {
    const age = daysBetween(date, asOf);
    const band = m.financingRecency.find((b) => age < b.withinDays);
    s.add('financingRecency', date, band?.points ?? 0, rMax, `最近融资 ${round}${date}（距评估日 ${age} 天）`);
    const amount = known(f.financingAmount);
    if (!band) s.add('financingAmount', amount === null ? null : fmtWan(amount), 0, aMax, '最近融资金额：融资已超出时效，不计');
    else s.banded('financingAmount', '最近融资金额', amount, m.financingAmount, fmtWan);
  }
  return s;
}

function innovation(f: ProfileFacts, m: ProfilingModelConfig['bands']['innovation'], asOf: string): Sheet {
  const s = new Sheet();
  const rd = known(f.rdExpense);
  const rev = known(f.revenue);
  const iMax = bandMax(m.rdIntensityBp);
  if (rd === null || rev === null) s.missing('rdIntensity', '研发投入占营收', iMax);
  else {
    const band = hightechRdBand(rev);
    const met = ratioAtLeast(rd, rev, band.bp) ? '达到' : '未达到';
    const pts = bandPoints(m.rdIntensityBp, (bp) => ratioAtLeast(rd, rev, bp));
    s.add('rdIntensity', fmtRatio(rd, rev), pts, iMax, `研发投入占营收 ${fmtRatio(rd, rev)}（${band.label}，${met}高企标准）`);
  }
  s.banded('inventionPatents', '发明专利', known(f.inventionPatents), m.inventionPatents, count('件'));
  s.banded('highValuePatents', '高价值发明专利', known(f.highValuePatents), m.highValuePatents, count('件'));
  const cert = hightechValid(f, asOf);
  s.add('hightechValid', validDate(f.hightechCertifiedOn), cert.pass ? m.hightechValid : 0, m.hightechValid, cert.reasons[0].text);
  const sMax = Math.max(0, ...Object.values(m.srdi));
  if (f.srdiLevel == null) s.missing('srdiLevel', '专精特新认定', sMax);
  else s.add('srdiLevel', f.srdiLevel, m.srdi[f.srdiLevel], sMax, `专精特新认定：${SRDI_NAME[f.srdiLevel]}`);
  return s;
}

function chainFit(f: ProfileFacts, m: ProfilingModelConfig['bands']['chainFit']): Sheet {
  const s = new Sheet();
  if (f.nodes.length === 0) {
    s.add('chainNode', null, 0, 100, '未关联产业链节点');
    return s;
  }
  // Need outside 0..1 (or NaN) would let a data error dominate the max: clamp it.
  const scored = f.nodes
    .map((n) => {
      const need = Number.isFinite(n.need) ? Math.min(1, Math.max(0, n.need)) : 0;
      const factor = m.roleFactor[n.role] ?? 0;
      return { ...n, need, factor, score: Math.min(100, round2(need * 100 * factor)) };
    })
    .sort((a, b) => b.score - a.score || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  scored.forEach((n, i) => {
    const text = `产业链节点「${n.name ?? n.code}」（${ROLE_NAME[n.role]}）需求度 ${n.need.toFixed(2)} × 角色系数 ${n.factor}`;
    if (i === 0) s.add('chainNode', n.code, n.score, 100, text);
    else s.note('chainNode', `${text} = ${n.score}分，非最高节点，不计分`);
  });
  return s;
}

function landing(f: ProfileFacts, m: ProfilingModelConfig['bands']['landing']): Sheet {
  const s = new Sheet();
  if (f.status === 'IN_PARK') {
    s.add('inPark', 'IN_PARK', m.inPark, 100, '已在园，视为已落地');
    return s;
  }
  const signals = [...new Set(f.expansionSignals.filter((x) => typeof x === 'string').map((x) => x.trim()).filter((x) => x.length > 0))].sort();
  const sigMax = bandMax(m.expansionSignals);
  if (signals.length === 0) s.add('expansionSignals', '0', 0, sigMax, '扩张信号：暂无');
  else s.add('expansionSignals', signals.join('；'), bandPoints(m.expansionSignals, (min) => signals.length >= min), sigMax, `扩张信号 ${signals.length} 项（${signals.join('；')}）`);
  s.banded('chainLeaderTies', '与园区链主的供应/客户关系', known(f.chainLeaderTies) ?? 0, m.chainLeaderTies, count('条'));
  const rMax = Math.max(0, ...m.region.map((r) => r.points));
  if (!f.region) s.missing('region', '所在地区', rMax);
  else {
    const hit = m.region.filter((r) => f.region!.startsWith(r.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0];
    s.add('region', f.region, hit?.points ?? 0, rMax, `所在地区 ${f.region}${hit ? `（${hit.prefix}）` : '（长三角以外）'}`);
  }
  s.banded('engagement', '近90天跟进记录', known(f.engagement) ?? 0, m.engagement, count('次'));
  return s;
}

const RISK_TEXT: Record<Exclude<RiskStatus, 'NORMAL'>, string> = {
  DEREGISTERED: '经营状态：已注销 → 总分置 0',
  REVOKED: '经营状态：已吊销营业执照 → 总分置 0',
  ABNORMAL: '风险提示：列入经营异常名录（总分保留，请核查）',
  DISHONEST: '风险提示：列入严重违法失信名单（总分保留，请核查）',
};

function riskGate(status: RiskStatus): ComputedProfile['risk'] {
  if (status === 'NORMAL') return { gate: 'PASS', reasons: [] };
  const zeroed = status === 'DEREGISTERED' || status === 'REVOKED';
  return { gate: zeroed ? 'ZEROED' : 'FLAGGED', reasons: [{ text: RISK_TEXT[status], indicator: 'riskStatus', value: status, points: zeroed ? 0 : null }] };
}

/** Model objects already checked: a full recompute scores a million firms with one model. */
const VALIDATED = new WeakSet<ProfilingModelConfig>();

/** Scores one enterprise as of a date. Throws on an unusable model or date: a silent NaN total would be worse. */
export function computeProfile(facts: ProfileFacts, model: ProfilingModelConfig, asOf: string): ComputedProfile {
  requireDate(asOf, 'asOf');
  if (!VALIDATED.has(model)) {
    const problems = validateModelConfig(model);
    if (problems.length > 0) throw new Error(`invalid profiling model: ${problems.join('; ')}`);
    VALIDATED.add(model);
  }

  const b = model.bands;
  const sheets: Record<DimensionKey, Sheet> = {
    scale: scale(facts, b.scale),
    growth: growth(facts, b.growth, asOf),
    innovation: innovation(facts, b.innovation, asOf),
    chainFit: chainFit(facts, b.chainFit),
    landing: landing(facts, b.landing),
  };
  const dimensions = DIMENSION_KEYS.map((key) => ({ key, score: sheets[key].score(), weight: model.weights[key], reasons: sheets[key].reasons }));
  const weightSum = dimensions.reduce((a, d) => a + d.weight, 0);
  const mean = dimensions.reduce((a, d) => a + d.weight * d.score, 0) / weightSum;
  const risk = riskGate(facts.riskStatus);
  return { total: risk.gate === 'ZEROED' ? 0 : round2(mean), dimensions, badges: badges(facts, asOf), risk };
}
