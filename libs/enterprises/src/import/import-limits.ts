/**
 * Everything an import file can make us hold, bounded. A file past a bound is refused as a whole with one
 * file-level error naming the bound (`ImportFileError`), never read on until memory runs out.
 *
 * The numbers leave a real officer's file (23 columns, 100,000 rows, Chinese text) far inside them; what they stop is
 * a file built to be expensive: a header of millions of cells, one endless record, an XLSX whose parts inflate
 * a thousandfold (a "zip bomb"), or a shared-string table bigger than the worker's heap.
 */
export interface ImportLimits {
  /** Cells in the header and in any row (the file has 23 columns; blank and unknown ones count too). */
  maxColumns: number;
  /** Characters in one row: a CSV record (csv-parse `max_record_size`) or the text of an XLSX row's cells. */
  maxRowChars: number;
  /** Data rows in one file. */
  maxRows: number;
  /** Problems listed in the report (the count of rejected rows stays exact). */
  maxReported: number;
  xlsx: {
    /** Parts in the zip. */
    maxParts: number;
    /** Inflated bytes of every part read, together. */
    maxUnzippedBytes: number;
    /** Inflated bytes of xl/sharedStrings.xml (ExcelJS keeps every shared string in memory). */
    maxSharedStringsBytes: number;
    /** Entries in the shared-string table. */
    maxSharedStrings: number;
    /** Inflated bytes of each small part we parse whole (workbook, relationships, styles). */
    maxPartBytes: number;
    /** Bytes of XML in one worksheet row (ExcelJS builds a whole row before handing it over). */
    maxRowXmlBytes: number;
  };
}

export const IMPORT_LIMITS: ImportLimits = {
  maxColumns: 100,
  maxRowChars: 64 * 1024,
  maxRows: 300_000,
  maxReported: 1000,
  xlsx: {
    maxParts: 500,
    maxUnzippedBytes: 512 * 1024 * 1024,
    maxSharedStringsBytes: 48 * 1024 * 1024,
    maxSharedStrings: 1_000_000,
    maxPartBytes: 8 * 1024 * 1024,
    maxRowXmlBytes: 1024 * 1024,
  },
};

/**
 * A file sent inline through GraphQL is at most the 100 KB request body; an XLSX that inflates past these bounds
 * is not an inline import. Its rows travel from the parsing process to the API, so they are fewer too.
 */
export const INLINE_LIMITS: ImportLimits = {
  ...IMPORT_LIMITS,
  maxRows: 20_000,
  xlsx: { ...IMPORT_LIMITS.xlsx, maxUnzippedBytes: 32 * 1024 * 1024, maxSharedStringsBytes: 8 * 1024 * 1024, maxSharedStrings: 200_000 },
};

const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
export const describeBytes = (n: number) => (n >= 1024 * 1024 ? MB(n) : `${Math.round(n / 1024)} KB`);
