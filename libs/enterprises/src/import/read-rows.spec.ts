import { describe, it, expect } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { ImportFileError, plainNumber, readCsvRows, readXlsxRows } from './read-rows.js';
import { makeUscc } from '../uscc.js';
import { COLUMNS } from './columns.js';
import { HEADER_EN, collect, goodCells, parseFile, xlsxOf } from './import.fixture.js';

/** A byte stream delivered in tiny chunks, so multi-byte characters are split across chunks. */
const trickle = (bytes: Buffer, size = 3): Readable =>
  Readable.from((function* () { for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size); })());

describe('readCsvRows', () => {
  const csv = '\uFEFFuscc,name,tags\r\n"A1"," 上海,某某 有限公司 ",x;y\r\n\r\n,,\r\nB2,"多行\r\n名称",\r\nC3,"say ""hi""",z\r\n';
  const expected = [
    { row: 1, cells: ['uscc', 'name', 'tags'] },
    { row: 2, cells: ['A1', '上海,某某 有限公司', 'x;y'] },
    { row: 5, cells: ['B2', '多行\r\n名称', ''] },
    { row: 6, cells: ['C3', 'say "hi"', 'z'] },
  ];

  it('strips the BOM, handles CRLF and quoted commas, trims, skips blank lines and keeps row numbers', async () => {
    expect(await collect(readCsvRows(csv))).toEqual(expected);
  });

  it('reads a byte stream in any chunking', async () => {
    expect(await collect(readCsvRows(trickle(Buffer.from(csv, 'utf8'))))).toEqual(expected);
  });

  it('reads GB18030 (Excel’s plain CSV on Chinese Windows) when the bytes are not UTF-8', async () => {
    // 企业名称,状态 / 上海,在园 in GBK.
    const gbk = Buffer.from('c6f3d2b5c3fbb3c62cd7b4ccac0d0ac9cfbaa32cd4dad4b00d0a', 'hex');
    expect(await collect(readCsvRows(trickle(gbk)))).toEqual([
      { row: 1, cells: ['企业名称', '状态'] },
      { row: 2, cells: ['上海', '在园'] },
    ]);
  });

  it('reports a broken file as an ImportFileError', async () => {
    const err = await collect(readCsvRows('a,b\n"unclosed,c\n')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportFileError);
    expect((err as ImportFileError).zh).toMatch(/^CSV 格式错误/);
  });
});

describe('plainNumber', () => {
  it('writes decimals without exponent, at Excel’s 15 significant digits', () => {
    expect([0, -0.5, 1e21, 1.5e-7, 0.1 + 0.2, 1234567.891, 123456789012345680000, -2.5e-10].map(plainNumber)).toEqual([
      '0', '-0.5', '1000000000000000000000', '0.00000015', '0.3', '1234567.891', '123456789012346000000', '-0.00000000025',
    ]);
  });
});

describe('readXlsxRows', () => {
  it('turns cell values into strings as Excel shows them', async () => {
    const buf = await xlsxOf([
      ['date', 'big', 'small', 'sum', 'rich', 'formula', 'link', 'bool', 'text'],
      [
        new Date(Date.UTC(2020, 4, 6)), 1e21, 1.5e-7, { formula: '0.1+0.2', result: 0.1 + 0.2 },
        { richText: [{ text: '上海' }, { font: { bold: true }, text: '瑞航 ' }] }, { formula: 'A1', result: 'x' },
        { text: '官网', hyperlink: 'https://example.com' }, true, '  padded  ',
      ],
    ]);
    const rows = await collect(readXlsxRows(buf));
    expect(rows[1]).toEqual({ row: 2, cells: ['2020-05-06', '1000000000000000000000', '0.00000015', '0.3', '上海瑞航', 'x', '官网', 'TRUE', 'padded'] });
  });

  it('reads the first sheet only, from a stream, skipping blank rows but keeping their numbers', async () => {
    const wb = new ExcelJS.Workbook();
    const first = wb.addWorksheet('企业');
    first.getCell('A1').value = 'uscc';
    first.getCell('A2').value = '   ';
    first.getCell('B4').value = 'b4';
    wb.addWorksheet('说明').addRow(['not data']);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    expect(await collect(readXlsxRows(trickle(buf, 4096)))).toEqual([
      { row: 1, cells: ['uscc'] },
      { row: 4, cells: ['', 'b4'] },
    ]);
  });

  // ExcelJS 4.4.0 decodes each inflated chunk on its own and breaks characters split between two
  // (exceljs#2063, #2084); Chinese text crosses a chunk boundary every few thousand cells.
  it('keeps Chinese text intact across chunk boundaries, in shared and inline strings', async () => {
    // Long cells, so that a few hundred rows cross dozens of 16 KiB chunk boundaries.
    const names = Array.from({ length: 300 }, (_, i) => `上海${'瑞航船舶科技'.slice(i % 5).repeat(40)}有限公司${i}`);
    const shared = await xlsxOf(names.map((n) => [n, `${n}海洋装备`]));
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ useSharedStrings: false });
    const ws = wb.addWorksheet('企业');
    for (const n of names) ws.addRow([n, `${n}海洋装备`]).commit();
    await wb.commit();
    const inline = Buffer.from((wb as unknown as { stream: { read(): Buffer } }).stream.read());
    for (const buf of [shared, inline]) {
      const rows = await collect(readXlsxRows(buf));
      expect(rows.map((r) => r.cells[0])).toEqual(names);
      expect(rows.every((r) => r.cells[1] === `${r.cells[0]}海洋装备`)).toBe(true);
    }
  });

  it('can be abandoned half-way without hanging', async () => {
    const buf = await xlsxOf(Array.from({ length: 50 }, (_, i) => [`r${i}`]));
    const seen: number[] = [];
    for await (const r of readXlsxRows(buf)) {
      seen.push(r.row);
      if (r.row === 3) break;
    }
    expect(seen).toEqual([1, 2, 3]);
  });

  it('leaves no temp files behind, also when the caller stops early', async () => {
    // Without shared strings ExcelJS parks every sheet in a temp file until the end of the zip.
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ useSharedStrings: false });
    for (const name of ['企业', '说明', '其他']) {
      const ws = wb.addWorksheet(name);
      for (let i = 0; i < 20; i++) ws.addRow([`${name}${i}`]).commit();
    }
    await wb.commit();
    const buf = Buffer.from((wb as unknown as { stream: { read(): Buffer } }).stream.read());
    const ours = () => readdirSync(tmpdir()).filter((f) => f.startsWith(`tmp-${process.pid}-`)).length;
    const before = ours();
    expect((await collect(readXlsxRows(buf))).map((r) => r.cells[0])).toEqual(Array.from({ length: 20 }, (_, i) => `企业${i}`));
    for await (const r of readXlsxRows(buf)) if (r.row === 2) break;
    // tmp unlinks asynchronously: wait for the count to come back (or give up after 2 s and show it).
    for (const deadline = Date.now() + 2000; ours() !== before && Date.now() < deadline; ) await new Promise((resolve) => setImmediate(resolve));
    expect(ours()).toBe(before);
  });

  it('reports a file that is not XLSX as an ImportFileError', async () => {
    const err = await collect(readXlsxRows(Buffer.from('uscc,name\nA,B\n'))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportFileError);
  });

  it('gives the same records from an XLSX with Chinese headers as from the equivalent CSV', async () => {
    const rows = [goodCells(), goodCells({ uscc: makeUscc('91320600MA1AB2C3D'), status: '候选', subPark: '', srdiLevel: '' })];
    const csv = [HEADER_EN, ...rows].map((r) => r.map((c) => `"${c}"`).join(',')).join('\r\n');
    const fromCsv = await parseFile(readCsvRows(csv));

    // As an officer's Excel holds it: Chinese headers, numbers as numbers, dates as dates.
    const typed = rows.map((r) => r.map((c, i) => {
      const kind = COLUMNS[i]!.kind;
      if (c !== '' && (kind === 'amount' || kind === 'count')) return Number(c);
      if (c !== '' && kind === 'date') return new Date(`${c}T00:00:00Z`);
      return c === '' ? null : c;
    }));
    const fromXlsx = await parseFile(readXlsxRows(await xlsxOf([COLUMNS.map((c) => c.zh), ...typed])));

    expect(fromCsv.problems).toEqual([]);
    expect(fromCsv.records).toHaveLength(2);
    expect(fromCsv.records[1]!.status).toBe('CANDIDATE');
    expect(fromXlsx).toEqual(fromCsv);
  });
});
