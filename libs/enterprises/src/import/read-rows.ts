/**
 * Streaming readers for import files: one row at a time, so a 100,000-row file never sits in memory.
 * Both yield rows as the officer sees them in Excel: `row` is the sheet row number (header = 1),
 * blank rows are skipped but still counted, and every cell is a trimmed string.
 */
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform, type Duplex, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { TextDecoder } from 'node:util';
import { parse, CsvError } from 'csv-parse';
import ExcelJS from 'exceljs';
import { describeBytes, IMPORT_LIMITS, type ImportLimits } from './import-limits.js';

export interface SheetRow {
  row: number;
  cells: string[];
}

/** The file as a whole cannot be read; the caller reports it instead of a per-row list. */
export class ImportFileError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
    options?: { cause?: unknown },
  ) {
    super(en, options);
    this.name = 'ImportFileError';
  }
}

const isBlank = (cells: string[]): boolean => cells.every((c) => c === '');

/** The file-level errors of a bound (import-limits.ts), in the officer's two languages. */
export const tooLarge = {
  columns: (row: number | string, max: number) =>
    new ImportFileError(`第 ${row} 行超过 ${max} 个单元格，文件不予导入`, `row ${row} has more than ${max} cells; the file is refused`),
  rowChars: (row: number | string, max: number) =>
    new ImportFileError(`第 ${row} 行超过 ${max} 个字符，文件不予导入`, `row ${row} is longer than ${max} characters; the file is refused`),
  rows: (max: number) => new ImportFileError(`文件超过 ${max} 行数据，请拆分后导入`, `the file has more than ${max} data rows; split it`),
  unzipped: (what: string, max: number) =>
    new ImportFileError(`XLSX 文件的${zhPart(what)}解压后超过 ${describeBytes(max)}，文件不予导入`, `the XLSX file's ${what} is larger than ${describeBytes(max)} unzipped; the file is refused`),
  parts: (max: number) => new ImportFileError(`XLSX 文件包含超过 ${max} 个部件，文件不予导入`, `the XLSX file has more than ${max} parts; the file is refused`),
  sharedStrings: (max: number) =>
    new ImportFileError(`XLSX 文件的共享字符串超过 ${max} 个，文件不予导入`, `the XLSX file has more than ${max} shared strings; the file is refused`),
};

function zhPart(what: string): string {
  const sheet = /^sheet (\d+)$/.exec(what);
  if (sheet) return `工作表 ${sheet[1]} `;
  return { 'shared strings': '共享字符串', content: '内容', 'row XML': '单行数据' }[what] ?? ` ${what} `;
}

/** Counts rows as they pass, so no reader hands out more than the file may have. */
function rowBudget(limits: ImportLimits): (row: SheetRow) => void {
  let yielded = 0;
  return () => {
    // The header is a row too.
    if (++yielded > limits.maxRows + 1) throw tooLarge.rows(limits.maxRows);
  };
}

// ---------- CSV ----------

/**
 * Bytes → text. Excel's plain "CSV" save on Chinese Windows writes GB18030 (GBK) without a BOM;
 * "CSV UTF-8" writes a BOM. So: UTF-8 when the first 64 KiB decode as UTF-8, else GB18030.
 */
async function* decodeText(source: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const SNIFF_BYTES = 65536;
  const sniff = (sample: Buffer): TextDecoder => {
    try {
      // stream: true, so a character cut at the end of the sample is not taken for bad UTF-8.
      new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
      return new TextDecoder('utf-8');
    } catch {
      return new TextDecoder('gb18030');
    }
  };
  let decoder: TextDecoder | null = null;
  let head = Buffer.alloc(0);
  for await (const chunk of source) {
    if (typeof chunk === 'string') yield chunk;
    else if (decoder) yield decoder.decode(chunk, { stream: true });
    else {
      head = Buffer.concat([head, chunk]);
      if (head.length >= SNIFF_BYTES) {
        decoder = sniff(head);
        yield decoder.decode(head, { stream: true });
      }
    }
  }
  if (!decoder) {
    decoder = sniff(head);
    yield decoder.decode(head, { stream: true });
  }
  yield decoder.decode();
}

/**
 * Hands text to the parser in small pieces: given a whole file at once, csv-parse parses every row before the
 * first reaches us, and a 100,000-row import would hold them all (the worker's memory would grow with the file).
 */
const PIECE = 64 * 1024;
function* pieces(text: string): Generator<string> {
  for (let i = 0; i < text.length; i += PIECE) yield text.slice(i, i + PIECE);
}
async function* piecesOf(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  for await (const chunk of chunks) yield* pieces(chunk);
}

export async function* readCsvRows(input: string | NodeJS.ReadableStream, limits: ImportLimits = IMPORT_LIMITS): AsyncGenerator<SheetRow> {
  const text = typeof input === 'string' ? Readable.from(pieces(input)) : Readable.from(piecesOf(decodeText(input)));
  let row = 0;
  const parser = parse({
    bom: true,
    // Empty lines are kept so that row numbers match what Excel shows; isBlank() drops them below.
    skip_empty_lines: false,
    relax_column_count: true,
    relax_quotes: true,
    trim: true,
    // Bounds what one record can hold: its characters (an unclosed quote runs into this too)…
    max_record_size: limits.maxRowChars,
    // …and its cells, counted as the parser makes them: empty cells cost no characters, and a line of
    // millions of commas must stop at the first cell too many, not once the record is built.
    cast: (value: string, context: { index: number; lines: number }) => {
      if (context.index >= limits.maxColumns) throw tooLarge.columns(context.lines, limits.maxColumns);
      return value;
    },
  });
  text.on('error', (err) => parser.destroy(err));
  const count = rowBudget(limits);
  try {
    for await (const record of text.pipe(parser) as AsyncIterable<string[]>) {
      row++;
      const cells = record.map((c) => c.trim());
      if (!isBlank(cells)) {
        const sheetRow = { row, cells };
        count(sheetRow);
        yield sheetRow;
      }
    }
  } catch (err) {
    if (err instanceof ImportFileError) throw err;
    if (err instanceof CsvError && err.code === 'CSV_MAX_RECORD_SIZE') throw tooLarge.rowChars(typeof err.lines === 'number' ? err.lines : row + 1, limits.maxRowChars);
    if (err instanceof CsvError) {
      const line = typeof err.lines === 'number' ? err.lines : '?';
      throw new ImportFileError(`CSV 格式错误（约第 ${line} 行）：${err.message}`, `malformed CSV near line ${line}: ${err.message}`, {
        cause: err,
      });
    }
    throw err;
  } finally {
    text.destroy();
  }
}

// ---------- XLSX ----------

/** Excel shows 15 significant digits; beyond that a double is noise (0.1+0.2 must read 0.3). */
export function plainNumber(n: number): string {
  const s = String(Number(n.toPrecision(15)));
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, lead, frac = '', exp] = m;
  const e = Number(exp);
  // String() only uses an exponent at ≥ 1e21 or < 1e-6, so e > frac.length here, or e < 0.
  return e >= 0 ? sign + (lead + frac).padEnd(e + 1, '0') : `${sign}0.${'0'.repeat(-e - 1)}${lead}${frac}`;
}

export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return Number.isFinite(v) ? plainNumber(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  // Excel dates have no time zone; ExcelJS reads them as that wall-clock time in UTC.
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((r) => r.text ?? '').join('').trim();
    if ('formula' in o || 'sharedFormula' in o) return cellText(o.result);
    if ('text' in o) return cellText(o.text); // hyperlink
    if ('error' in o) return String(o.error);
  }
  return String(v).trim();
}

const READER_OPTIONS = {
  sharedStrings: 'cache',
  worksheets: 'emit',
  hyperlinks: 'ignore',
  // Not 'ignore': a date is only a number with a date format, so without styles dates read as serials.
  styles: 'cache',
} as const;

interface SheetInfo {
  id?: number | string;
}

/** The private hooks of ExcelJS 4.4.0's WorkbookReader that receive each part's raw bytes. */
interface ReaderInternals {
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(chunks: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown>;
}

async function* utf8(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const c of chunks) yield typeof c === 'string' ? c : decoder.decode(c, { stream: true });
  const tail = decoder.decode();
  if (tail) yield tail;
}

type Sheets = AsyncIterator<ExcelJS.stream.xlsx.WorksheetReader>;

/** ExcelJS's own unzipper (a dependency of exceljs, not ours), for the bounded parse below. */
const unzipper = createRequire(createRequire(import.meta.url).resolve('exceljs'))('unzipper') as {
  Parse(opts: { forceStream: boolean }): Duplex;
};

interface ZipEntry extends Readable {
  path: string;
  autodrain(): unknown;
}

interface ReaderParts {
  sharedStrings?: unknown[];
  workbookRels?: unknown;
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
}

/**
 * Counts the inflated bytes of one zip part against its own bound and the file's, and optionally watches the
 * XML for what the bytes cost once parsed (shared strings, one worksheet row). Refuses with an ImportFileError.
 */
class Meter extends Transform {
  private bytes = 0;
  private sinceRow = 0;
  private strings = 0;

  constructor(
    private readonly budget: { unzipped: number },
    private readonly what: string,
    private readonly maxBytes: number,
    private readonly limits: ImportLimits['xlsx'],
    private readonly watch: 'sharedStrings' | 'worksheet' | null,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    this.budget.unzipped += chunk.length;
    if (this.bytes > this.maxBytes) return done(tooLarge.unzipped(this.what, this.maxBytes));
    if (this.budget.unzipped > this.limits.maxUnzippedBytes) return done(tooLarge.unzipped('content', this.limits.maxUnzippedBytes));
    if (this.watch === 'worksheet') {
      // A '<row' split between two chunks is missed: the count only runs long by one row, never short.
      const at = chunk.lastIndexOf('<row');
      this.sinceRow = at < 0 ? this.sinceRow + chunk.length : chunk.length - at;
      if (this.sinceRow > this.limits.maxRowXmlBytes) return done(tooLarge.unzipped('row XML', this.limits.maxRowXmlBytes));
    } else if (this.watch === 'sharedStrings') {
      for (let i = chunk.indexOf('<si'); i >= 0; i = chunk.indexOf('<si', i + 3)) this.strings++;
      if (this.strings > this.limits.maxSharedStrings) return done(tooLarge.sharedStrings(this.limits.maxSharedStrings));
    }
    done(null, chunk);
  }
}

const SHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;

/**
 * ExcelJS 4.4.0's WorkbookReader.parse with every part metered. Its own loop inflates parts without a bound and
 * parks sheets met before the shared strings in unbounded temp files; here each part we read passes a Meter
 * (a temp file is written through one too), parts we do not read are drained uninflated, and temp files go
 * when the parse ends however it ends.
 */
function boundedParse(reader: ExcelJS.stream.xlsx.WorkbookReader, source: Readable, limits: ImportLimits['xlsx']) {
  const parts = reader as unknown as ReaderParts & ReaderInternals;
  return async function* parse(): AsyncGenerator<unknown> {
    const zip = unzipper.Parse({ forceStream: true });
    source.on('error', (err) => zip.destroy(err));
    source.pipe(zip);
    const budget = { unzipped: 0 };
    const parked: { sheetNo: string; path: string }[] = [];
    let count = 0;
    try {
      for await (const entry of zip as AsyncIterable<ZipEntry>) {
        if (++count > limits.maxParts) throw tooLarge.parts(limits.maxParts);
        const sheetNo = SHEET.exec(entry.path)?.[1];
        const small = ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/styles.xml'].includes(entry.path);
        if (!small && !sheetNo && entry.path !== 'xl/sharedStrings.xml') {
          entry.autodrain();
          continue;
        }
        const metered = (what: string, max: number, watch: 'sharedStrings' | 'worksheet' | null = null) =>
          entry.pipe(new Meter(budget, what, max, limits, watch));
        if (entry.path === 'xl/_rels/workbook.xml.rels') await parts._parseRels(metered(entry.path, limits.maxPartBytes));
        else if (entry.path === 'xl/workbook.xml') await parts._parseWorkbook(metered(entry.path, limits.maxPartBytes));
        else if (entry.path === 'xl/styles.xml') await parts._parseStyles(metered(entry.path, limits.maxPartBytes));
        else if (entry.path === 'xl/sharedStrings.xml') yield* parts._parseSharedStrings(metered('shared strings', limits.maxSharedStringsBytes, 'sharedStrings'));
        else if (parts.sharedStrings && parts.workbookRels) {
          yield* parts._parseWorksheet(metered(`sheet ${sheetNo}`, limits.maxUnzippedBytes, 'worksheet'), sheetNo!);
        } else {
          const path = join(tmpdir(), `tmp-${process.pid}-lz-${randomUUID()}.xml`);
          parked.push({ sheetNo: sheetNo!, path });
          await pipeline(entry, new Meter(budget, `sheet ${sheetNo}`, limits.maxUnzippedBytes, limits, 'worksheet'), createWriteStream(path));
        }
        entry.autodrain();
      }
      for (const { sheetNo, path } of parked) {
        // Read back through a meter as well: the row bound holds for parked sheets too.
        const file = createReadStream(path);
        const metered = new Meter({ unzipped: 0 }, `sheet ${sheetNo}`, Infinity, { ...limits, maxUnzippedBytes: Infinity }, 'worksheet');
        file.on('error', (err) => metered.destroy(err));
        metered.on('close', () => file.destroy());
        yield* parts._parseWorksheet(file.pipe(metered), sheetNo);
      }
    } finally {
      source.unpipe(zip);
      zip.destroy();
      await Promise.all(parked.map((p) => unlink(p.path).catch(() => undefined)));
    }
  };
}

/**
 * A WorkbookReader with three repairs, through private hooks of ExcelJS 4.4.0 (pinned):
 * - every part is metered (boundedParse above): a file cannot make us inflate, park or hold more than its bounds.
 * - it decodes every inflated chunk on its own, so a Chinese character split between two chunks
 *   became U+FFFD (exceljs#2063, #2084, unfixed). Its XML parser passes strings through, so it is
 *   handed text decoded across chunk boundaries.
 * - `skip` closes a sheet's bytes unread so the caller can move past it cheaply.
 */
function openWorkbook(source: Readable, limits: ImportLimits): { reader: ExcelJS.stream.xlsx.WorkbookReader; sheets: Sheets; skip(): void } {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, READER_OPTIONS);
  const internals = reader as unknown as ReaderInternals & ReaderParts & { parse: unknown };
  const { _parseSharedStrings: sharedStrings, _parseWorksheet: worksheet } = internals;
  if (
    typeof sharedStrings !== 'function' || typeof worksheet !== 'function' || typeof internals.parse !== 'function' ||
    typeof internals._parseRels !== 'function' || typeof internals._parseWorkbook !== 'function' || typeof internals._parseStyles !== 'function'
  ) {
    throw new Error('exceljs WorkbookReader internals changed: revisit openWorkbook in read-rows.ts');
  }
  let current: AsyncIterable<Buffer | string> | null = null;
  internals._parseSharedStrings = (entry) => sharedStrings.call(reader, entry.setEncoding('utf8'));
  internals._parseWorksheet = (chunks, sheetNo) => {
    current = chunks;
    return worksheet.call(reader, utf8(chunks), sheetNo);
  };
  internals.parse = boundedParse(reader, source, limits.xlsx);
  return {
    reader,
    // The reader parses lazily and one sheet at a time, so the last sheet handed out is the current one.
    sheets: reader[Symbol.asyncIterator](),
    skip: () => (current as Partial<Readable> | null)?.destroy?.(),
  };
}

function isFirstTab(reader: ExcelJS.stream.xlsx.WorkbookReader, sheet: ExcelJS.stream.xlsx.WorksheetReader): boolean {
  // Zip order usually is tab order, but the workbook knows the truth once workbook.xml is read.
  const first = reader.model?.sheets?.[0] as SheetInfo | undefined;
  return first?.id === undefined || String(first.id) === String((sheet as SheetInfo).id);
}

export async function* readXlsxRows(input: NodeJS.ReadableStream | Buffer, limits: ImportLimits = IMPORT_LIMITS): AsyncGenerator<SheetRow> {
  const source: Readable = Buffer.isBuffer(input) ? Readable.from([input]) : input instanceof Readable ? input : new Readable().wrap(input);
  const { reader, sheets, skip } = openWorkbook(source, limits);
  const count = rowBudget(limits);
  try {
    for (let next = await sheets.next(); !next.done; next = await sheets.next()) {
      if (!isFirstTab(reader, next.value)) {
        skip();
        continue;
      }
      for await (const r of next.value) {
        const values = r.values as unknown[];
        if (values.length - 1 > limits.maxColumns) throw tooLarge.columns(r.number, limits.maxColumns);
        let chars = 0;
        const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => {
          const text = cellText(values[i + 1]);
          chars += text.length;
          if (chars > limits.maxRowChars) throw tooLarge.rowChars(r.number, limits.maxRowChars);
          return text;
        });
        if (!isBlank(cells)) {
          const sheetRow = { row: r.number, cells };
          count(sheetRow);
          yield sheetRow;
        }
      }
      break;
    }
  } catch (err) {
    if (err instanceof ImportFileError) throw err;
    throw new ImportFileError('无法读取 XLSX 文件，请确认文件为 Excel 2007 及以上格式', 'cannot read the file as XLSX (Excel 2007 or later)', {
      cause: err,
    });
  } finally {
    // Also when the caller stops early: walk past the remaining sheets, unread, so the parse ends and removes its temp files.
    try {
      for (let next = await sheets.next(); !next.done; next = await sheets.next()) skip();
    } catch {
      // The rest of a broken file does not matter once we are done with it.
    }
    source.destroy();
  }
}
