/**
 * The one validator of an enterprise record. The GraphQL mutations and the bulk import both build an
 * EnterpriseRecord and call checkEnterprise, so an officer gets the same answer whichever way the data
 * comes in. Pure: reference data (chain nodes, sub-parks, today) is passed in, never looked up here.
 */
import { usccProblemMessage, validateUscc } from './uscc.js';

import { ChainRole, EnterpriseStatus, ListingStatus, SrdiLevel } from './vocabulary.js';
import { visibleNameProblem } from '../../platform/src/errors/text.js';

export type { ChainRole, EnterpriseStatus, ListingStatus, SrdiLevel };
export const CHAIN_ROLES: readonly ChainRole[] = Object.values(ChainRole);
export const ENTERPRISE_STATUSES: readonly EnterpriseStatus[] = Object.values(EnterpriseStatus);
export const SRDI_LEVELS: readonly SrdiLevel[] = Object.values(SrdiLevel);
export const LISTING_STATUSES: readonly ListingStatus[] = Object.values(ListingStatus);

/** Normalised and typed; money in integer fen; dates 'YYYY-MM-DD'; null = unknown (never zero). */
export interface EnterpriseRecord {
  uscc: string;
  name: string;
  status: EnterpriseStatus;
  subParkId: string | null;
  region: string | null;
  chainNodes: { code: string; role: ChainRole }[];
  foundedOn: string | null;
  registeredCapital: number | null;
  employees: number | null;
  techStaff: number | null;
  revenue: number | null;
  revenuePrevYear: number | null;
  output: number | null;
  rdExpense: number | null;
  inventionPatents: number | null;
  highValuePatents: number | null;
  hightechCertifiedOn: string | null;
  srdiLevel: SrdiLevel;
  listingStatus: ListingStatus;
  financingRound: string | null;
  financingAmount: number | null;
  financingDate: string | null;
  tags: string[];
  expansionSignals: string[];
}

/** zh/en are short predicates without the field name; the caller prefixes the label. */
export interface FieldProblem {
  field: keyof EnterpriseRecord | string;
  zh: string;
  en: string;
}

export interface ReferenceData {
  nodeCodes: ReadonlySet<string>;
  subParkIds: ReadonlySet<string>;
  /** YYYY-MM-DD in Asia/Shanghai: "not in the future" is judged by the park's calendar. */
  today: string;
}

export interface Label {
  zh: string;
  en: string;
}

/** 'subPark' is the import column that becomes subParkId; both read the same to an officer. */
export const FIELD_LABELS: Record<keyof EnterpriseRecord | 'subPark', Label> = {
  uscc: { zh: '统一社会信用代码', en: 'USCC' },
  name: { zh: '企业名称', en: 'Name' },
  status: { zh: '企业状态', en: 'Status' },
  subParkId: { zh: '所属子园', en: 'Sub-park' },
  subPark: { zh: '所属子园', en: 'Sub-park' },
  region: { zh: '所在地区', en: 'Region' },
  chainNodes: { zh: '产业链节点', en: 'Chain nodes' },
  foundedOn: { zh: '成立日期', en: 'Founded on' },
  registeredCapital: { zh: '注册资本', en: 'Registered capital' },
  employees: { zh: '从业人数', en: 'Employees' },
  techStaff: { zh: '科技人员数', en: 'Tech staff' },
  revenue: { zh: '营业收入', en: 'Revenue' },
  revenuePrevYear: { zh: '上年营业收入', en: 'Previous-year revenue' },
  output: { zh: '工业总产值', en: 'Industrial output' },
  rdExpense: { zh: '研发费用', en: 'R&D expense' },
  inventionPatents: { zh: '发明专利数', en: 'Invention patents' },
  highValuePatents: { zh: '高价值发明专利数', en: 'High-value invention patents' },
  hightechCertifiedOn: { zh: '高企认定日期', en: 'High-tech certified on' },
  srdiLevel: { zh: '专精特新等级', en: 'SRDI level' },
  listingStatus: { zh: '上市状态', en: 'Listing status' },
  financingRound: { zh: '融资轮次', en: 'Financing round' },
  financingAmount: { zh: '融资金额', en: 'Financing amount' },
  financingDate: { zh: '融资日期', en: 'Financing date' },
  tags: { zh: '标签', en: 'Tags' },
  expansionSignals: { zh: '扩张信号', en: 'Expansion signals' },
};

export const AMOUNT_FIELDS = [
  'registeredCapital', 'revenue', 'revenuePrevYear', 'output', 'rdExpense', 'financingAmount',
] as const;
export const COUNT_FIELDS = ['employees', 'techStaff', 'inventionPatents', 'highValuePatents'] as const;
export const DATE_FIELDS = ['foundedOn', 'hightechCertifiedOn', 'financingDate'] as const;

export const LIMITS = {
  nameLength: 200,
  textLength: 100,
  tags: 20,
  tagLength: 30,
  /** 10^9 万元 in fen: no firm is that large, so a bigger number is a unit or typing mistake. */
  maxAmountFen: 1e15,
  /** Counts are stored as 32-bit integers; a billion employees is a typo anyway. */
  maxCount: 1e9,
  earliestDate: '1900-01-01',
} as const;

/** Shared with the import so a conversion error reads like a rule error. */
export const MESSAGES = {
  required: { zh: '不能为空', en: 'is required' },
  negative: { zh: '不能为负数', en: 'must not be negative' },
  notInteger: { zh: '应为整数', en: 'must be a whole number' },
  invalidDate: { zh: '不是有效的日期', en: 'is not a valid date' },
  future: { zh: '不能晚于今天', en: 'must not be in the future' },
} as const;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (so 2023-02-29 is false). */
export function isIsoDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

/** Characters as an officer counts them: one per Chinese character, emoji included. */
const charCount = (s: string): number => [...s].length;

export function checkEnterprise(r: EnterpriseRecord, ref: ReferenceData): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, zh: string, en: string): void => {
    problems.push({ field, zh, en });
  };

  if (r.uscc.trim() === '') add('uscc', MESSAGES.required.zh, MESSAGES.required.en);
  else {
    const p = validateUscc(r.uscc);
    if (p) add('uscc', usccProblemMessage(p, 'zh'), usccProblemMessage(p, 'en'));
  }

  const name = r.name.trim();
  if (name === '') add('name', MESSAGES.required.zh, MESSAGES.required.en);
  else if (visibleNameProblem(name)) add('name', '须含可见字符，且不能含文字方向控制字符', visibleNameProblem(name)!);
  else if (charCount(name) > LIMITS.nameLength) {
    add('name', `不能超过 ${LIMITS.nameLength} 个字符`, `must be at most ${LIMITS.nameLength} characters`);
  }

  if (!ENTERPRISE_STATUSES.includes(r.status)) add('status', '应为 在园 或 候选', 'must be IN_PARK or CANDIDATE');
  if (r.subParkId === null) {
    if (r.status === 'IN_PARK') add('subParkId', '在园企业必须填写', 'is required for an in-park enterprise');
  } else if (!ref.subParkIds.has(r.subParkId)) {
    add('subParkId', `未知的子园 ${r.subParkId}`, `unknown sub-park ${r.subParkId}`);
  }

  for (const f of ['region', 'financingRound'] as const) {
    const v = r[f];
    if (v !== null && charCount(v) > LIMITS.textLength) {
      add(f, `不能超过 ${LIMITS.textLength} 个字符`, `must be at most ${LIMITS.textLength} characters`);
    }
  }

  for (const f of AMOUNT_FIELDS) {
    const v = r[f];
    if (v === null) continue;
    if (!Number.isFinite(v)) add(f, '不是有效的数字', 'is not a valid number');
    else if (v < 0) add(f, MESSAGES.negative.zh, MESSAGES.negative.en);
    else if (v > LIMITS.maxAmountFen) add(f, '金额过大（超过 10 亿万元）', 'is implausibly large (over 10^9 × 10,000 CNY)');
    // Fen are whole: a fraction here means a caller skipped wanToFen.
    else if (!Number.isInteger(v)) add(f, '金额最多精确到分', 'must be a whole number of fen');
  }
  for (const f of COUNT_FIELDS) {
    const v = r[f];
    if (v === null) continue;
    if (!Number.isFinite(v)) add(f, '不是有效的数字', 'is not a valid number');
    else if (v < 0) add(f, MESSAGES.negative.zh, MESSAGES.negative.en);
    else if (!Number.isInteger(v)) add(f, MESSAGES.notInteger.zh, MESSAGES.notInteger.en);
    else if (v > LIMITS.maxCount) add(f, '数值过大', 'is implausibly large');
  }
  // Only between two sound values: a negative employee count is one problem, not two.
  const sound = (...fs: string[]): boolean => !problems.some((p) => fs.includes(p.field));
  if (r.techStaff !== null && r.employees !== null && r.techStaff > r.employees && sound('techStaff', 'employees')) {
    add('techStaff', '不能超过从业人数', 'must not exceed the number of employees');
  }
  const { highValuePatents: hv, inventionPatents: inv } = r;
  if (hv !== null && inv !== null && hv > inv && sound('highValuePatents', 'inventionPatents')) {
    add('highValuePatents', '不能超过发明专利数', 'must not exceed the number of invention patents');
  }

  for (const f of DATE_FIELDS) {
    const v = r[f];
    if (v === null) continue;
    if (!isIsoDate(v)) add(f, MESSAGES.invalidDate.zh, MESSAGES.invalidDate.en);
    else if (v > ref.today) add(f, MESSAGES.future.zh, MESSAGES.future.en);
    else if (v < LIMITS.earliestDate) add(f, `不能早于 ${LIMITS.earliestDate}`, `must not be before ${LIMITS.earliestDate}`);
  }

  if (!SRDI_LEVELS.includes(r.srdiLevel)) add('srdiLevel', '应为 无、专精特新 或 小巨人', 'must be NONE, SRDI or LITTLE_GIANT');
  if (!LISTING_STATUSES.includes(r.listingStatus)) {
    add('listingStatus', '应为 未上市、科创板储备、已上市 或 独角兽', 'must be NONE, STAR_RESERVE, LISTED or UNICORN');
  }

  const seen = new Set<string>();
  for (const { code, role } of r.chainNodes) {
    if (!ref.nodeCodes.has(code)) add('chainNodes', `未知的产业链节点 ${code}`, `unknown chain node ${code}`);
    else if (seen.has(code)) add('chainNodes', `产业链节点 ${code} 重复`, `chain node ${code} is listed twice`);
    if (!CHAIN_ROLES.includes(role)) add('chainNodes', `未知的角色 ${role}`, `unknown role ${role}`);
    seen.add(code);
  }

  if (r.tags.length > LIMITS.tags) add('tags', `最多 ${LIMITS.tags} 个`, `at most ${LIMITS.tags} tags`);
  for (const t of r.tags) {
    if (t.trim() === '') add('tags', '标签不能为空', 'a tag must not be empty');
    else if (charCount(t) > LIMITS.tagLength) {
      add('tags', `标签「${t}」超过 ${LIMITS.tagLength} 个字符`, `tag "${t}" is longer than ${LIMITS.tagLength} characters`);
    }
  }

  return problems;
}
