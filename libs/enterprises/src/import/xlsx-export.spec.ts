import { describe, it, expect } from '@jest/globals';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { IMPORT_COLUMNS, demoEnterpriseToCsvRow, generateEnterprises } from '../demo/generator.js';
import { readCsvRows, readXlsxRows } from './read-rows.js';
import { headerCells, writeEnterprisesXlsx, writeImportTemplate } from './xlsx-export.js';
import { collect, goodCells, parseFile } from './import.fixture.js';

/** Runs a writer against an in-memory stream and returns the bytes it wrote. */
async function bytesOf(write: (out: PassThrough) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await write(out);
  return Buffer.concat(chunks);
}

async function load(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

const demoRows = [...generateEnterprises(400, { seed: 3, inParkShare: 0.3 })].map(demoEnterpriseToCsvRow);

describe('writeEnterprisesXlsx', () => {
  it.each(['zh', 'en'] as const)('re-imports unchanged (%s headers)', async (lang) => {
    async function* rows() { yield* demoRows; }
    const buf = await bytesOf((out) => writeEnterprisesXlsx(out, rows(), { lang }));
    const fromXlsx = await parseFile(readXlsxRows(buf));
    const fromCsv = await parseFile(readCsvRows([IMPORT_COLUMNS.join(','), ...demoRows.map((r) => r.join(','))].join('\n')));
    expect(fromXlsx.problems).toEqual([]);
    expect(fromXlsx.records).toHaveLength(demoRows.length);
    expect(fromXlsx.records).toEqual(fromCsv.records);
  });

  it('writes a bold, frozen header in the chosen language, and numbers and dates as Excel values', async () => {
    const buf = await bytesOf((out) => writeEnterprisesXlsx(out, [goodCells()], { lang: 'zh' }));
    const ws = (await load(buf)).worksheets[0]!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(headerCells('zh'));
    expect(headerCells('zh').slice(0, 3)).toEqual(['统一社会信用代码', '企业名称', '企业状态']);
    expect(headerCells('en')).toEqual([...IMPORT_COLUMNS]);
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const col = (k: string) => IMPORT_COLUMNS.indexOf(k as never) + 1;
    expect(ws.getRow(2).getCell(col('uscc')).value).toBe(goodCells()[0]);
    expect(ws.getRow(2).getCell(col('revenue')).value).toBe(18600.5);
    expect(ws.getRow(2).getCell(col('foundedOn')).value).toEqual(new Date('2015-03-18T00:00:00Z'));
  });

  it('keeps a number Excel cannot hold exactly as text', async () => {
    const cells = goodCells({ revenue: '1234567890.123456' });
    const buf = await bytesOf((out) => writeEnterprisesXlsx(out, [cells], { lang: 'en' }));
    const [, row] = await collect(readXlsxRows(buf));
    expect(row!.cells[IMPORT_COLUMNS.indexOf('revenue')]).toBe('1234567890.123456');
  });
});

describe('writeImportTemplate', () => {
  it.each(['zh', 'en'] as const)('has the header, an example row that imports cleanly, and a notes sheet (%s)', async (lang) => {
    const buf = await bytesOf((out) => writeImportTemplate(out, lang));
    const { records, problems } = await parseFile(readXlsxRows(buf));
    expect(problems).toEqual([]);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ status: 'IN_PARK', srdiLevel: 'SRDI', chainNodes: [{ code: 'ME_SHIP_DESIGN', role: 'CHAIN_LEADER' }, { code: 'ME_YACHT_DESIGN', role: 'SUPPORTING' }] });

    const wb = await load(buf);
    expect(wb.worksheets.map((w) => w.name)).toEqual(lang === 'zh' ? ['企业', '说明'] : ['Enterprises', 'Notes']);
    const notes = wb.worksheets[1]!;
    expect(notes.rowCount).toBe(1 + IMPORT_COLUMNS.length);
    const statusRow = notes.getRow(1 + 1 + IMPORT_COLUMNS.indexOf('status')).values as unknown[];
    expect(statusRow).toContain(lang === 'zh' ? '在园（IN_PARK）、候选（CANDIDATE）' : 'IN_PARK (在园), CANDIDATE (候选)');
  });
});
