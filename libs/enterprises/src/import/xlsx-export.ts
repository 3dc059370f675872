/**
 * Enterprise export and the import template, as XLSX. Streaming (WorkbookWriter), so a full export
 * never sits in memory; what it writes re-imports unchanged through readXlsxRows + mapHeader + parseRow.
 */
import { once } from 'node:events';
import type { Stream, Writable } from 'node:stream';
import { setImmediate as nextTick } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { isIsoDate } from '../enterprise-rules.js';
import { makeUscc } from '../uscc.js';
import { COLUMNS, type ColumnDef } from './columns.js';

export type Lang = 'zh' | 'en';

/** The header row: Chinese headers, or the English column keys PRODUCT.md lists. */
export function headerCells(lang: Lang): string[] {
  return COLUMNS.map((c) => (lang === 'zh' ? c.zh : c.key));
}

const DATE_FORMAT = 'yyyy-mm-dd';
/** Rows between checks for backpressure from `out`. */
const BATCH = 500;

/** Digits a double keeps exactly; more, and the number stays text so no 万元 digit is lost. */
function significantDigits(decimal: string): number {
  const [int = '', frac = ''] = decimal.replace('-', '').split('.');
  return (int + frac.replace(/0+$/, '')).replace(/^0+/, '').length;
}

/** Numbers and dates as real Excel values, so officers can sum and sort; everything else as text. */
function typedCell(def: ColumnDef, text: string): ExcelJS.CellValue {
  if (text === '') return null;
  if ((def.kind === 'amount' || def.kind === 'count') && /^-?\d+(\.\d+)?$/.test(text) && significantDigits(text) <= 15) {
    return Number(text);
  }
  if (def.kind === 'date' && isIsoDate(text)) return new Date(`${text}T00:00:00Z`);
  return text;
}

function openWorkbook(out: NodeJS.WritableStream): ExcelJS.stream.xlsx.WorkbookWriter {
  // useStyles for the bold header and the date format.
  return new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out as unknown as Stream, useSharedStrings: false, useStyles: true });
}

function addSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, header: string[], widths: number[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = widths.map((width) => ({ width }));
  const row = ws.addRow(header);
  row.font = { bold: true };
  row.commit();
  return ws;
}

function addDataSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, lang: Lang): ExcelJS.Worksheet {
  const header = headerCells(lang);
  const widths = COLUMNS.map((c, i) => (c.key === 'name' || c.key === 'chainNodes' ? 36 : Math.max(12, [...header[i]!].length * 2 + 2)));
  return addSheet(wb, lang === 'zh' ? '企业' : 'Enterprises', header, widths);
}

function writeDataRow(ws: ExcelJS.Worksheet, cells: string[]): void {
  const row = ws.addRow(COLUMNS.map((def, i) => typedCell(def, (cells[i] ?? '').trim())));
  COLUMNS.forEach((def, i) => {
    if (def.kind === 'date' && row.getCell(i + 1).value instanceof Date) row.getCell(i + 1).numFmt = DATE_FORMAT;
  });
  row.commit();
}

/** Lets the zip drain into `out`, and waits when `out` is full, so a slow client bounds memory. */
async function relieve(out: NodeJS.WritableStream): Promise<void> {
  await nextTick();
  if ((out as Writable).writableNeedDrain) await once(out as Writable, 'drain');
}

/** `rows` are cells in IMPORT_COLUMNS order, as the import reads them (amounts in 万元, dates YYYY-MM-DD). */
export async function writeEnterprisesXlsx(
  out: NodeJS.WritableStream,
  rows: AsyncIterable<string[]> | Iterable<string[]>,
  opts: { lang: Lang } = { lang: 'zh' },
): Promise<void> {
  const wb = openWorkbook(out);
  const ws = addDataSheet(wb, opts.lang);
  let n = 0;
  for await (const cells of rows) {
    writeDataRow(ws, cells);
    if (++n % BATCH === 0) await relieve(out);
  }
  ws.commit();
  await wb.commit();
}

/** One row officers can copy: real node codes of the seed map, Chinese values in the Chinese template. */
function exampleRow(lang: Lang): string[] {
  const zh = lang === 'zh';
  return [
    makeUscc('91310151MA1FL0001'), '上海示例海洋装备有限公司', zh ? '在园' : 'IN_PARK', '长兴海洋装备产业基地', '上海市崇明区',
    zh ? 'ME_SHIP_DESIGN:链主;ME_YACHT_DESIGN' : 'ME_SHIP_DESIGN:CHAIN_LEADER;ME_YACHT_DESIGN', '2015-03-18', '5000',
    '320', '96', '18600.5', '15200', '17800', '820.25', '14', '3', '2023-11-06', zh ? '专精特新' : 'SRDI', zh ? '未上市' : 'NONE',
    'B', '12000', '2024-06-01', '民营企业;高校成果转化',
  ];
}

function allowedValues(def: ColumnDef, lang: Lang): string {
  if (!def.options) return '';
  return def.options.map((o) => (lang === 'zh' ? `${o.zh}（${o.value}）` : `${o.value} (${o.zh})`)).join(lang === 'zh' ? '、' : ', ');
}

/** The import template: header, one example row, and a sheet explaining every column. */
export async function writeImportTemplate(out: NodeJS.WritableStream, lang: Lang = 'zh'): Promise<void> {
  const wb = openWorkbook(out);
  const data = addDataSheet(wb, lang);
  writeDataRow(data, exampleRow(lang));
  data.commit();

  const zh = lang === 'zh';
  const notes = addSheet(
    wb,
    zh ? '说明' : 'Notes',
    zh ? ['列名', '英文列名', '必填', '格式与单位', '可选值'] : ['Column', 'Chinese header', 'Required', 'Format and unit', 'Allowed values'],
    [22, 22, 8, 60, 60],
  );
  for (const def of COLUMNS) {
    const required = def.required ? (zh ? '是' : 'yes') : '';
    notes.addRow([zh ? def.zh : def.key, zh ? def.key : def.zh, required, def.note[lang], allowedValues(def, lang)]).commit();
  }
  notes.commit();
  await wb.commit();
}
