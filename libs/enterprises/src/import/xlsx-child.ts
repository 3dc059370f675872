/**
 * A child process that reads one inline XLSX file and sends its rows back (see parseXlsxOffProcess). It runs with
 * its own small heap, so a file that costs more memory than it should ends this process, not the API.
 */
import { ImportFileError, readXlsxRows, type SheetRow } from './read-rows.js';
import type { ImportLimits } from './import-limits.js';

export type ChildAnswer = { rows: SheetRow[] } | { fileError: { zh: string; en: string } } | { error: string };

process.once('message', async (message: { content: Uint8Array; limits: ImportLimits }) => {
  let answer: ChildAnswer;
  try {
    const rows: SheetRow[] = [];
    for await (const r of readXlsxRows(Buffer.from(message.content), message.limits)) rows.push(r);
    answer = { rows };
  } catch (err) {
    answer = err instanceof ImportFileError ? { fileError: { zh: err.zh, en: err.en } } : { error: (err as Error)?.message ?? String(err) };
  }
  process.send!(answer, () => process.exit(0));
});
