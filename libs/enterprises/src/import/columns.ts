/**
 * The import columns of PRODUCT.md and how a header row maps onto them. Officers export from Excel,
 * so Chinese headers, common synonyms, full-width punctuation and a "(万元)" unit suffix all map.
 */
import { FIELD_LABELS, type Label } from '../enterprise-rules.js';
import { IMPORT_COLUMNS } from '../demo/generator.js';

export type ColumnKey = (typeof IMPORT_COLUMNS)[number];
export type ColumnKind = 'uscc' | 'text' | 'enum' | 'subPark' | 'chainNodes' | 'date' | 'amount' | 'count' | 'list';

export interface EnumOption {
  value: string;
  /** What the template writes and the 说明 sheet lists. */
  zh: string;
  aliases?: readonly string[];
}

export interface ColumnDef {
  key: ColumnKey;
  kind: ColumnKind;
  /** The Chinese header the template and the export write. The English header is the key itself. */
  zh: string;
  aliases: readonly string[];
  required: boolean;
  options?: readonly EnumOption[];
  /** Format help for the template's 说明 sheet. */
  note: Label;
}

export const STATUS_OPTIONS: readonly EnumOption[] = [
  { value: 'IN_PARK', zh: '在园', aliases: ['在园企业', '园内'] },
  { value: 'CANDIDATE', zh: '候选', aliases: ['候选企业', '园外'] },
];
export const SRDI_OPTIONS: readonly EnumOption[] = [
  { value: 'NONE', zh: '无', aliases: ['否'] },
  { value: 'SRDI', zh: '专精特新', aliases: ['专精特新中小企业', '专精特新企业'] },
  { value: 'LITTLE_GIANT', zh: '小巨人', aliases: ['专精特新小巨人', '小巨人企业'] },
];
export const LISTING_OPTIONS: readonly EnumOption[] = [
  { value: 'NONE', zh: '未上市', aliases: ['无', '否'] },
  { value: 'STAR_RESERVE', zh: '科创板储备', aliases: ['科创板储备企业', '科创板储备企业库'] },
  { value: 'LISTED', zh: '已上市', aliases: ['上市'] },
  { value: 'UNICORN', zh: '独角兽', aliases: ['独角兽企业'] },
];
export const ROLE_OPTIONS: readonly EnumOption[] = [
  { value: 'CHAIN_LEADER', zh: '链主', aliases: ['链主企业'] },
  { value: 'KEY', zh: '重点', aliases: ['重点企业'] },
  { value: 'SUPPORTING', zh: '配套', aliases: ['配套企业'] },
];

const AMOUNT_NOTE: Label = { zh: '单位万元，最多 6 位小数，不能为负', en: 'in 10,000 CNY (万元), up to 6 decimals, not negative' };
const COUNT_NOTE: Label = { zh: '非负整数', en: 'a whole number, not negative' };
const DATE_NOTE: Label = { zh: 'YYYY-MM-DD，不能晚于今天', en: 'YYYY-MM-DD, not in the future' };

type Spec = [ColumnKey, ColumnKind, readonly string[], Label, (readonly EnumOption[])?];

const SPECS: Spec[] = [
  ['uscc', 'uscc', ['社会信用代码', '信用代码', '统一代码'], { zh: '18 位，校验位须正确；必填', en: '18 characters with a valid check character; required' }],
  ['name', 'text', ['名称', '企业名', '公司名称'], { zh: '必填，最多 200 字', en: 'required, at most 200 characters' }],
  ['status', 'enum', ['状态'], { zh: '必填', en: 'required' }, STATUS_OPTIONS],
  ['subPark', 'subPark', ['子园', '所属园区', '园区', 'subParkName'], { zh: '子园名称；在园企业必填', en: 'the sub-park name; required for IN_PARK' }],
  ['region', 'text', ['地区', '所在地', '区域'], { zh: '如 上海市崇明区', en: 'e.g. 上海市崇明区' }],
  ['chainNodes', 'chainNodes', ['产业链环节', '节点', 'nodes'], {
    zh: '节点编码，多个用 ; 分隔；可加角色 编码:链主 / 编码:重点，省略为配套',
    en: 'node codes separated by ;, each optionally CODE:CHAIN_LEADER or CODE:KEY (SUPPORTING when omitted)',
  }, ROLE_OPTIONS],
  ['foundedOn', 'date', ['成立时间', '注册日期'], DATE_NOTE],
  ['registeredCapital', 'amount', [], AMOUNT_NOTE],
  ['employees', 'count', ['员工人数', '职工人数', '员工数'], COUNT_NOTE],
  ['techStaff', 'count', ['科技人员', '研发人员数'], { zh: '非负整数，不超过从业人数', en: 'a whole number, at most employees' }],
  ['revenue', 'amount', ['营收'], AMOUNT_NOTE],
  ['revenuePrevYear', 'amount', ['上年营收', '去年营业收入'], AMOUNT_NOTE],
  ['output', 'amount', ['总产值', '产值'], AMOUNT_NOTE],
  ['rdExpense', 'amount', ['研发投入', '研发经费'], AMOUNT_NOTE],
  ['inventionPatents', 'count', ['发明专利', '有效发明专利数'], COUNT_NOTE],
  ['highValuePatents', 'count', ['高价值发明专利', '高价值专利数'], { zh: '非负整数，不超过发明专利数', en: 'a whole number, at most inventionPatents' }],
  ['hightechCertifiedOn', 'date', ['高新技术企业认定日期', '高企认定时间'], DATE_NOTE],
  ['srdiLevel', 'enum', ['专精特新'], { zh: '空为 无', en: 'empty means NONE' }, SRDI_OPTIONS],
  ['listingStatus', 'enum', [], { zh: '空为 未上市', en: 'empty means NONE' }, LISTING_OPTIONS],
  ['financingRound', 'text', ['轮次'], { zh: '自由文本，如 天使、A、B、Pre-IPO', en: 'free text, e.g. 天使, A, B, Pre-IPO' }],
  ['financingAmount', 'amount', [], AMOUNT_NOTE],
  ['financingDate', 'date', ['融资时间'], DATE_NOTE],
  ['tags', 'list', ['企业标签'], { zh: '多个用 ; 分隔，最多 20 个，每个最多 30 字', en: 'separated by ;, at most 20, each at most 30 characters' }],
];

const REQUIRED = new Set<ColumnKey>(['uscc', 'name', 'status']);

/** In IMPORT_COLUMNS order. */
export const COLUMNS: readonly ColumnDef[] = SPECS.map(([key, kind, aliases, note, options]) => ({
  key,
  kind,
  zh: FIELD_LABELS[key].zh + (kind === 'amount' ? '(万元)' : ''),
  aliases,
  required: REQUIRED.has(key),
  note,
  ...(options ? { options } : {}),
}));

export const COLUMN_BY_KEY: ReadonlyMap<ColumnKey, ColumnDef> = new Map(COLUMNS.map((c) => [c.key, c]));

/**
 * NFKC folds full-width letters and brackets to half-width. Only units that match what the column
 * holds are dropped: "注册资本(元)" must not silently read yuan as 万元.
 */
export function normalizeHeader(cell: string): string {
  return cell
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-*]/g, '')
    .replace(/\((万元|人|个|项|件)\)$/, '');
}

/** Loose match for enum cells: case, width, spaces and quotes (专精特新“小巨人”) do not matter. */
export function normalizeToken(cell: string): string {
  return cell.normalize('NFKC').toLowerCase().replace(/[\s"'“”‘’「」]/g, '');
}

const HEADER_INDEX = new Map<string, ColumnKey>();
for (const c of COLUMNS) {
  for (const h of [c.key, c.zh, FIELD_LABELS[c.key].zh, ...c.aliases]) {
    const n = normalizeHeader(h);
    const other = HEADER_INDEX.get(n);
    if (other && other !== c.key) throw new Error(`import header alias '${h}' maps to both ${other} and ${c.key}`);
    HEADER_INDEX.set(n, c.key);
  }
}

/** The value an enum cell names (its code or Chinese name), or null when it names none. */
export function parseOption(options: readonly EnumOption[], cell: string): string | null {
  const t = normalizeToken(cell);
  for (const o of options) {
    if ([o.value, o.zh, ...(o.aliases ?? [])].some((x) => normalizeToken(x) === t)) return o.value;
  }
  return null;
}

/** Excel's column letter for a 0-based index (0 → A, 26 → AA): officers find columns by letter. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export interface HeaderProblem {
  /** The column key, or the header text as written when it names no column. */
  column: string;
  zh: string;
  en: string;
}

/** Which column each header cell is (null: blank header, ignored) and what is wrong with the row. */
export function mapHeader(headerCells: string[]): { columns: (ColumnKey | null)[]; problems: HeaderProblem[] } {
  const columns: (ColumnKey | null)[] = [];
  const problems: HeaderProblem[] = [];
  const firstIndex = new Map<ColumnKey, number>();
  headerCells.forEach((cell, i) => {
    const text = cell.trim();
    const key = text === '' ? undefined : HEADER_INDEX.get(normalizeHeader(text));
    columns.push(null);
    if (text === '') return;
    const at = columnLetter(i);
    if (!key) {
      problems.push({ column: text, zh: `无法识别的列「${text}」（${at} 列）`, en: `unknown column "${text}" (column ${at})` });
    } else if (firstIndex.has(key)) {
      const first = columnLetter(firstIndex.get(key)!);
      problems.push({ column: key, zh: `列重复（${first} 列和 ${at} 列）`, en: `appears twice (columns ${first} and ${at})` });
    } else {
      firstIndex.set(key, i);
      columns[i] = key;
    }
  });
  for (const c of COLUMNS) {
    if (c.required && !firstIndex.has(c.key)) problems.push({ column: c.key, zh: '缺少此列', en: 'column is missing' });
  }
  return { columns, problems };
}
