/** Test fixtures shared by the import specs (not used by production code). */
import ExcelJS from 'exceljs';
import { ALL_NODES, SUB_PARKS } from '../../../chains/src/chain-map.seed.js';
import { IMPORT_COLUMNS } from '../demo/generator.js';
import { makeUscc } from '../uscc.js';
import { mapHeader } from './columns.js';
import { headerProblems, parseRow, type ImportLookup, type ImportProblem } from './parse-row.js';
import type { SheetRow } from './read-rows.js';
import type { EnterpriseRecord } from '../enterprise-rules.js';

/** The generator's default "today": its dates all lie before it. */
export const TODAY = '2026-11-26';

export const SUB_PARK_ID_BY_NAME: ReadonlyMap<string, string> = new Map(SUB_PARKS.map((s) => [s.name, `sp-${s.code}`]));

export const LOOKUP: ImportLookup = {
  nodeCodes: new Set(ALL_NODES().map((n) => n.code)),
  subParkIds: new Set(SUB_PARK_ID_BY_NAME.values()),
  today: TODAY,
  subParkIdByName: SUB_PARK_ID_BY_NAME,
};

export const VALID_USCC = makeUscc('91310151MA1FL0001');
/** Same body, another check character. */
export const BAD_CHECK_USCC = VALID_USCC.slice(0, 17) + (VALID_USCC[17] === '0' ? '1' : '0');

export const HEADER_EN: string[] = [...IMPORT_COLUMNS];

/** A valid row in IMPORT_COLUMNS order; specs override cells by column key. */
export function goodCells(over: Partial<Record<(typeof IMPORT_COLUMNS)[number], string>> = {}): string[] {
  const base: Record<(typeof IMPORT_COLUMNS)[number], string> = {
    uscc: VALID_USCC, name: '上海瑞航船舶科技有限公司', status: 'IN_PARK', subPark: '长兴海洋装备产业基地',
    region: '上海市崇明区', chainNodes: 'ME_SHIP_DESIGN:CHAIN_LEADER;ME_YACHT_DESIGN', foundedOn: '2015-03-18',
    registeredCapital: '5000', employees: '320', techStaff: '96', revenue: '18600.5', revenuePrevYear: '15200',
    output: '17800', rdExpense: '820.25', inventionPatents: '14', highValuePatents: '3', hightechCertifiedOn: '2023-11-06',
    srdiLevel: 'SRDI', listingStatus: 'NONE', financingRound: 'B', financingAmount: '12000', financingDate: '2024-06-01',
    tags: '民营企业;高校成果转化',
  };
  const merged = { ...base, ...over };
  return IMPORT_COLUMNS.map((k) => merged[k]);
}

/** What goodCells() parses to. */
export function goodRecord(over: Partial<EnterpriseRecord> = {}): EnterpriseRecord {
  return {
    uscc: VALID_USCC, name: '上海瑞航船舶科技有限公司', status: 'IN_PARK', subParkId: 'sp-CHANGXING_MARINE',
    region: '上海市崇明区', chainNodes: [{ code: 'ME_SHIP_DESIGN', role: 'CHAIN_LEADER' }, { code: 'ME_YACHT_DESIGN', role: 'SUPPORTING' }],
    foundedOn: '2015-03-18', registeredCapital: 5_000_000_000, employees: 320, techStaff: 96, revenue: 18_600_500_000,
    revenuePrevYear: 15_200_000_000, output: 17_800_000_000, rdExpense: 820_250_000, inventionPatents: 14, highValuePatents: 3,
    hightechCertifiedOn: '2023-11-06', srdiLevel: 'SRDI', listingStatus: 'NONE', financingRound: 'B',
    financingAmount: 12_000_000_000, financingDate: '2024-06-01', tags: ['民营企业', '高校成果转化'], expansionSignals: [],
    ...over,
  };
}

export async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** A one-sheet workbook written with ExcelJS's ordinary (non-streaming) API, as Excel would save it. */
export async function xlsxOf(rows: unknown[][], sheetName = 'Sheet1'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The whole import pipeline after reading: header → columns → records or problems. */
export async function parseFile(rows: AsyncIterable<SheetRow>, lookup: ImportLookup = LOOKUP): Promise<{ records: EnterpriseRecord[]; problems: ImportProblem[] }> {
  const records: EnterpriseRecord[] = [];
  const problems: ImportProblem[] = [];
  let columns: ReturnType<typeof mapHeader>['columns'] | null = null;
  for await (const { row, cells } of rows) {
    if (!columns) {
      const mapped = mapHeader(cells);
      columns = mapped.columns;
      problems.push(...headerProblems(mapped.problems, row));
      continue;
    }
    const parsed = parseRow(row, cells, columns, lookup);
    if ('record' in parsed) records.push(parsed.record);
    else problems.push(...parsed.errors);
  }
  return { records, problems };
}
