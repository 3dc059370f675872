import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportLimits } from './import-limits.js';
import { ImportFileError, type SheetRow } from './read-rows.js';
import type { ChildAnswer } from './xlsx-child.js';

/** The child's heap: inline files are bounded by INLINE_LIMITS far below it. */
const CHILD_HEAP_MB = 128;
const TIMEOUT_MS = 60_000;
/** At most this many files are parsed at once; more wait their turn (the machine, not the API, pays for each). */
const MAX_CHILDREN = 2;

let running = 0;
const waiting: (() => void)[] = [];

function childScript(): string {
  const beside = fileURLToPath(new URL('./xlsx-child.js', import.meta.url));
  // Under ts-jest this module is the TypeScript source; the child runs from the build (`npm test` builds first).
  return existsSync(beside) ? beside : join(process.cwd(), 'dist/libs/enterprises/src/import/xlsx-child.js');
}

const failed = (zh: string, en: string) => new ImportFileError(zh, en);

/**
 * Reads an inline XLSX file in a child process with a capped heap and returns its rows. The API's own heap never
 * holds the inflated workbook: a file that is too expensive costs the child its life and answers a file-level error.
 */
export async function parseXlsxOffProcess(content: Buffer, limits: ImportLimits): Promise<SheetRow[]> {
  if (running >= MAX_CHILDREN) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await new Promise<SheetRow[]>((resolve, reject) => {
      const child = fork(childScript(), [], {
        execArgv: [`--max-old-space-size=${CHILD_HEAP_MB}`],
        serialization: 'advanced',
        stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
        env: { ...process.env, NODE_OPTIONS: '' },
      });
      let settled = false;
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (child.exitCode === null) child.kill('SIGKILL');
        fn();
      };
      const timer = setTimeout(
        () => settle(() => reject(failed(`XLSX 文件读取超过 ${TIMEOUT_MS / 1000} 秒，请改用上传导入`, `reading the XLSX file took over ${TIMEOUT_MS / 1000} s; upload it instead`))),
        TIMEOUT_MS,
      );
      child.on('message', (answer: ChildAnswer) =>
        settle(() => {
          if ('rows' in answer) resolve(answer.rows);
          else if ('fileError' in answer) reject(new ImportFileError(answer.fileError.zh, answer.fileError.en));
          else reject(new Error(`XLSX reader failed: ${answer.error}`));
        }),
      );
      child.on('error', (err) => settle(() => reject(err)));
      child.on('exit', (code, signal) =>
        settle(() =>
          reject(failed('XLSX 文件读取所需内存超出限制，文件不予导入', `reading the XLSX file needs more memory than an import may use (reader ended: ${signal ?? code}); the file is refused`)),
        ),
      );
      child.send({ content: new Uint8Array(content.buffer, content.byteOffset, content.length), limits });
    });
  } finally {
    running--;
    waiting.shift()?.();
  }
}
