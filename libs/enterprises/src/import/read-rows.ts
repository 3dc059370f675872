/**
 * Streaming readers for import files: one row at a time, so a 100,000-row file never sits in memory.
 * Both yield rows as the officer sees them in Excel: `row` is the sheet row number (header = 1),
 * blank rows are skipped but still counted, and every cell is a trimmed string.
 */
import { Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import { parse, CsvError } from 'csv-parse';
import ExcelJS from 'exceljs';

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

export async function* readCsvRows(input: string | NodeJS.ReadableStream): AsyncGenerator<SheetRow> {
  const text = typeof input === 'string' ? Readable.from(pieces(input)) : Readable.from(piecesOf(decodeText(input)));
  const parser = parse({
    bom: true,
    // Empty lines are kept so that row numbers match what Excel shows; isBlank() drops them below.
    skip_empty_lines: false,
    relax_column_count: true,
    relax_quotes: true,
    trim: true,
  });
  text.on('error', (err) => parser.destroy(err));
  let row = 0;
  try {
    for await (const record of text.pipe(parser) as AsyncIterable<string[]>) {
      row++;
      const cells = record.map((c) => c.trim());
      if (!isBlank(cells)) yield { row, cells };
    }
  } catch (err) {
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

/**
 * A WorkbookReader with two repairs, both through private hooks of ExcelJS 4.4.0 (pinned):
 * - it decodes every inflated chunk on its own, so a Chinese character split between two chunks
 *   became U+FFFD (exceljs#2063, #2084, unfixed). Its XML parser passes strings through, so it is
 *   handed text decoded across chunk boundaries.
 * - a sheet stored before the shared strings goes to a temp file, deleted only when iteration moves
 *   past the sheet. `skip` closes a sheet's bytes unread so the caller can move past it cheaply.
 */
function openWorkbook(source: Readable): { reader: ExcelJS.stream.xlsx.WorkbookReader; sheets: Sheets; skip(): void } {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, READER_OPTIONS);
  const internals = reader as unknown as ReaderInternals;
  const { _parseSharedStrings: sharedStrings, _parseWorksheet: worksheet } = internals;
  if (typeof sharedStrings !== 'function' || typeof worksheet !== 'function') {
    throw new Error('exceljs WorkbookReader internals changed: revisit openWorkbook in read-rows.ts');
  }
  let current: AsyncIterable<Buffer | string> | null = null;
  internals._parseSharedStrings = (entry) => sharedStrings.call(reader, entry.setEncoding('utf8'));
  internals._parseWorksheet = (chunks, sheetNo) => {
    current = chunks;
    return worksheet.call(reader, utf8(chunks), sheetNo);
  };
  return {
    reader,
    // The reader parses lazily and one sheet at a time, so the last sheet handed out is the current one.
    sheets: reader[Symbol.asyncIterator](),
    skip: () => (current as Partial<Readable> | null)?.destroy?.(), // a temp file's stream; zip entries are drained by ExcelJS
  };
}

function isFirstTab(reader: ExcelJS.stream.xlsx.WorkbookReader, sheet: ExcelJS.stream.xlsx.WorksheetReader): boolean {
  // Zip order usually is tab order, but the workbook knows the truth once workbook.xml is read.
  const first = reader.model?.sheets?.[0] as SheetInfo | undefined;
  return first?.id === undefined || String(first.id) === String((sheet as SheetInfo).id);
}

export async function* readXlsxRows(input: NodeJS.ReadableStream | Buffer): AsyncGenerator<SheetRow> {
  const source: Readable = Buffer.isBuffer(input) ? Readable.from([input]) : input instanceof Readable ? input : new Readable().wrap(input);
  const { reader, sheets, skip } = openWorkbook(source);
  try {
    for (let next = await sheets.next(); !next.done; next = await sheets.next()) {
      if (!isFirstTab(reader, next.value)) {
        skip();
        continue;
      }
      for await (const r of next.value) {
        const values = r.values as unknown[];
        const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => cellText(values[i + 1]));
        if (!isBlank(cells)) yield { row: r.number, cells };
      }
      break;
    }
  } catch (err) {
    throw new ImportFileError('无法读取 XLSX 文件，请确认文件为 Excel 2007 及以上格式', 'cannot read the file as XLSX (Excel 2007 or later)', {
      cause: err,
    });
  } finally {
    // Also when the caller stops early: walk past the remaining sheets, unread, so ExcelJS deletes its temp files.
    try {
      for (let next = await sheets.next(); !next.done; next = await sheets.next()) skip();
    } catch {
      // The rest of a broken file does not matter once we are done with it.
    }
    source.destroy();
  }
}
