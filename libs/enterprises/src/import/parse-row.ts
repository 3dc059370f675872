/**
 * One sheet row → an EnterpriseRecord, or every problem with it. Conversion (text → typed value)
 * happens here; the rules themselves live in checkEnterprise so the GraphQL mutations share them.
 */
import { wanToFen } from '../../../platform/src/database/money.js';
import { isStorableText } from '../../../platform/src/errors/input-scalars.js';
import {
  checkEnterprise, FIELD_LABELS, MESSAGES, type ChainRole, type EnterpriseRecord, type ReferenceData,
} from '../enterprise-rules.js';
import { normalizeUscc } from '../uscc.js';
import { COLUMN_BY_KEY, ROLE_OPTIONS, parseOption, type ColumnKey, type EnumOption, type HeaderProblem } from './columns.js';

export interface ImportProblem {
  row: number;
  /** The English column key; for an unrecognised header, the header as written. */
  column: string;
  zh: string;
  en: string;
}

/** checkEnterprise's reference data plus the sub-park names the file may use. */
export interface ImportLookup extends ReferenceData {
  subParkIdByName: ReadonlyMap<string, string>;
}

export type ParsedRow = { record: EnterpriseRecord } | { errors: ImportProblem[] };

const MAX_DECIMALS = 6;
// Excel's CSV export keeps thousands separators of formatted cells ("1,234.5").
const NUMBER_RE = /^([+-]?)(\d+|\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/;
const DATE_RE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const CN_DATE_RE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
const LIST_SEPARATOR = /[;；]/;

type Converted<T> = { value: T } | { zh: string; en: string };

function parseNumber(cell: string): Converted<{ n: number; decimals: string }> {
  const m = NUMBER_RE.exec(cell.normalize('NFKC'));
  if (!m) return { zh: '不是有效的数字', en: 'is not a valid number' };
  const [, sign, int, decimals = ''] = m;
  return { value: { n: Number(`${sign}${int!.replaceAll(',', '')}.${decimals || '0'}`), decimals } };
}

function parseAmount(cell: string): Converted<number> {
  const p = parseNumber(cell);
  if (!('value' in p)) return p;
  if (p.value.decimals.length > MAX_DECIMALS) {
    return { zh: `不是有效的数字：最多 ${MAX_DECIMALS} 位小数`, en: `is not a valid number: at most ${MAX_DECIMALS} decimal places` };
  }
  return { value: wanToFen(p.value.n)! + 0 }; // + 0 turns -0 into 0
}

function parseCount(cell: string): Converted<number> {
  const p = parseNumber(cell);
  if (!('value' in p)) return p;
  if (/[^0]/.test(p.value.decimals)) return MESSAGES.notInteger;
  return { value: p.value.n + 0 };
}

function parseDate(cell: string): Converted<string> {
  const m = DATE_RE.exec(cell) ?? CN_DATE_RE.exec(cell);
  if (!m) return { zh: '不是有效的日期，应为 YYYY-MM-DD', en: 'is not a valid date; use YYYY-MM-DD' };
  return { value: `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` };
}

function optionList(options: readonly EnumOption[], lang: 'zh' | 'en'): string {
  return options.map((o) => (lang === 'zh' ? o.zh : o.value)).join(lang === 'zh' ? '、' : ', ');
}

function parseEnum(options: readonly EnumOption[], cell: string): Converted<string> {
  const v = parseOption(options, cell);
  if (v !== null) return { value: v };
  return {
    zh: `无法识别「${cell}」，可选：${optionList(options, 'zh')}`,
    en: `unknown value "${cell}"; use ${optionList(options, 'en')}`,
  };
}

const splitList = (cell: string): string[] => cell.split(LIST_SEPARATOR).map((s) => s.trim()).filter((s) => s !== '');

function parseChainNodes(cell: string): Converted<EnterpriseRecord['chainNodes']> {
  const nodes: EnterpriseRecord['chainNodes'] = [];
  for (const item of splitList(cell)) {
    const [code = '', roleText] = item.normalize('NFKC').split(':', 2).map((s) => s.trim());
    let role: ChainRole = 'SUPPORTING';
    if (roleText) {
      const r = parseOption(ROLE_OPTIONS, roleText);
      if (r === null) {
        return {
          zh: `${code} 的角色「${roleText}」无法识别，可选：${optionList(ROLE_OPTIONS, 'zh')}`,
          en: `unknown role "${roleText}" for ${code}; use ${optionList(ROLE_OPTIONS, 'en')}`,
        };
      }
      role = r as ChainRole;
    }
    nodes.push({ code, role });
  }
  return { value: nodes };
}

function emptyRecord(): EnterpriseRecord {
  return {
    uscc: '', name: '', status: 'CANDIDATE', subParkId: null, region: null, chainNodes: [], foundedOn: null,
    registeredCapital: null, employees: null, techStaff: null, revenue: null, revenuePrevYear: null, output: null,
    rdExpense: null, inventionPatents: null, highValuePatents: null, hightechCertifiedOn: null, srdiLevel: 'NONE',
    listingStatus: 'NONE', financingRound: null, financingAmount: null, financingDate: null, tags: [], expansionSignals: [],
  };
}

/** Sets one field from its cell; returns the conversion problem, if any. */
function convert(r: EnterpriseRecord, key: ColumnKey, cell: string, lookup: ImportLookup): { zh: string; en: string } | null {
  const def = COLUMN_BY_KEY.get(key)!;
  if (cell === '') {
    // Empty is unknown (null), already the default; required columns are caught by checkEnterprise.
    return key === 'status' ? MESSAGES.required : null;
  }
  // NUL and unpaired surrogates cannot be stored (text, jsonb): the officer hears which cell, nothing is written.
  if (!isStorableText(cell)) return { zh: '含有无法保存的字符（NUL 或不成对的代理字符）', en: 'contains characters that cannot be stored (NUL or unpaired surrogates)' };
  let c: Converted<unknown>;
  switch (def.kind) {
    case 'uscc': c = { value: normalizeUscc(cell.normalize('NFKC')) }; break;
    case 'text': c = { value: cell }; break;
    case 'enum': c = parseEnum(def.options!, cell); break;
    case 'amount': c = parseAmount(cell); break;
    case 'count': c = parseCount(cell); break;
    case 'date': c = parseDate(cell); break;
    case 'chainNodes': c = parseChainNodes(cell); break;
    case 'list': c = { value: [...new Set(splitList(cell))] }; break;
    case 'subPark': {
      const id = lookup.subParkIdByName.get(cell);
      if (id === undefined) return { zh: `未知的子园 ${cell}`, en: `unknown sub-park ${cell}` };
      r.subParkId = id;
      return null;
    }
  }
  if (!('value' in c)) return c;
  (r as unknown as Record<string, unknown>)[key] = c.value;
  return null;
}

/** FieldProblem.field → import column: the record holds the sub-park's id, the file its name. */
const columnOf = (field: string): string => (field === 'subParkId' ? 'subPark' : field);

export function parseRow(row: number, cells: string[], columns: (ColumnKey | null)[], lookup: ImportLookup): ParsedRow {
  const record = emptyRecord();
  const errors: ImportProblem[] = [];
  columns.forEach((key, i) => {
    if (key === null) return;
    const problem = convert(record, key, (cells[i] ?? '').trim(), lookup);
    if (problem) errors.push({ row, column: key, zh: problem.zh, en: problem.en });
  });
  if (!columns.includes('status')) errors.push({ row, column: 'status', ...MESSAGES.required });
  // Check what did convert too, so the officer sees every problem of the row at once.
  const failed = new Set(errors.map((e) => e.column));
  for (const p of checkEnterprise(record, lookup)) {
    const column = columnOf(p.field);
    if (!failed.has(column)) errors.push({ row, column, zh: p.zh, en: p.en });
  }
  return errors.length > 0 ? { errors } : { record };
}

/** Header problems as rows of the report (the header is row 1 unless blank lines precede it). */
export function headerProblems(problems: HeaderProblem[], row = 1): ImportProblem[] {
  return problems.map((p) => ({ row, ...p }));
}

/** '第 12 行 统一社会信用代码 校验位错误' / 'Row 12, USCC: check digit is wrong'. */
export function formatProblem(p: ImportProblem, lang: 'zh' | 'en'): string {
  const label = Object.hasOwn(FIELD_LABELS, p.column) ? FIELD_LABELS[p.column as keyof typeof FIELD_LABELS] : null;
  if (lang === 'zh') return label ? `第 ${p.row} 行 ${label.zh} ${p.zh}` : `第 ${p.row} 行 ${p.zh}`;
  return label ? `Row ${p.row}, ${label.en}: ${p.en}` : `Row ${p.row}: ${p.en}`;
}
