import { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ChainsService } from '../../../chains/src/chains.service.js';
import { Role } from '../../../identity/src/role.js';
import { SubParksService } from '../../../identity/src/sub-parks.service.js';
import { usersByIds } from '../../../identity/src/user-loader.js';
import { JobRunsService } from '../../../job-runs/src/job-runs.service.js';
import type { Scope } from '../../../identity/src/scope.js';
import { badInput, Clock, notFound, shanghaiDate } from '../../../platform/src/index.js';
import { upsertBatch } from './enterprise-bulk-upsert.js';
import type { EnterpriseRecord } from '../enterprise-rules.js';
import { REGISTRY_WRITERS } from '../enterprises.service.js';
import type { ImportReport } from '../enterprises.models.js';
import { mapHeader, type ColumnKey } from './columns.js';
import { formatProblem, headerProblems, parseRow, type ImportLookup, type ImportProblem } from './parse-row.js';
import { IMPORT_LIMITS, INLINE_LIMITS } from './import-limits.js';
import { ImportFileError, readCsvRows, readXlsxRows, type SheetRow } from './read-rows.js';
import { parseXlsxOffProcess } from './xlsx-off-process.js';

export type ImportFormat = 'csv' | 'xlsx';
export type Lang = 'zh' | 'en';

/** Rows written per statement: large enough to amortise round trips, small enough to keep memory flat. */
const BATCH = 2000;
/** The report lists at most this many problems (the count of rejected rows is always exact). */
const MAX_REPORTED = IMPORT_LIMITS.maxReported;
const NOT_YOUR_ENTERPRISE = { zh: '该企业属于您不负责的子园，不能在导入中改动其子园', en: 'this enterprise belongs to a sub-park you do not work in; your import may not move it' };
/** What an officer reads when the server, not the file, failed: the cause is in the log, not in their report. */
const SERVER_FAILURE = { zh: '导入因服务器内部错误失败，未写入任何数据；请稍后重试或联系管理员', en: 'the import failed on the server and nothing was written; try again later or ask an administrator' };

interface StoredReport {
  created: number;
  updated: number;
  rejected: number;
  errors: ImportProblem[];
}

type RowSource = () => AsyncIterable<SheetRow>;

/**
 * Imports are all-or-nothing: a first pass reads and checks every row (streaming, nothing kept but the USCCs
 * seen), and only a clean file gets a second pass that writes it in batches inside one transaction.
 */
@Injectable()
export class EnterpriseImportService {
  private readonly logger = new Logger(EnterpriseImportService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobRunsService,
    private readonly clock: Clock,
    private readonly chains: ChainsService,
    private readonly subParks: SubParksService,
  ) {}

  /** A file sent inline through GraphQL: imported now, the report returned. */
  async importInline(scope: Scope, format: ImportFormat, content: string | Buffer, lang: Lang): Promise<ImportReport> {
    scope.require(...REGISTRY_WRITERS);
    const importId = await this.createImportRow(scope, format, null, null);
    let source: RowSource;
    if (format === 'csv') {
      source = () => readCsvRows(content as string, INLINE_LIMITS);
    } else {
      // An XLSX inflates: it is read in a child process with its own capped heap, never in the API's.
      const rows = parseXlsxOffProcess(content as Buffer, INLINE_LIMITS);
      rows.catch(() => undefined); // handled by run(), which reads it through the source
      source = async function* () {
        yield* await rows;
      };
    }
    const report = await this.run(source, scope.userId, importId, undefined, scope.seesAll ? null : scope.subParkIds);
    return this.present(importId, report, lang);
  }

  /** An uploaded file: stored, then imported by the worker; `job(id)` shows progress, `importReport(id)` the result. */
  async acceptUpload(scope: Scope, format: ImportFormat, filename: string | null, content: Buffer): Promise<{ importId: string; jobId: string }> {
    scope.require(...REGISTRY_WRITERS);
    if (content.length === 0) throw badInput('file', 'file: the upload is empty');
    return this.dataSource.transaction(async (manager) => {
      const [{ id }] = await manager.query('INSERT INTO imports (filename, format, content, created_by) VALUES ($1, $2, $3, $4) RETURNING id', [
        filename, format, content, scope.userId,
      ]);
      const jobId = await this.jobs.enqueueTracked(manager, 'ImportEnterprises', { importId: String(id) }, scope.userId);
      await manager.query('UPDATE imports SET job_run_id = $2 WHERE id = $1', [id, jobId]);
      return { importId: String(id), jobId };
    });
  }

  /** Worker side of acceptUpload. Safe to run twice: a completed run is not repeated. */
  async runUploaded(importId: string): Promise<void> {
    const [row] = await this.dataSource.query('SELECT job_run_id, format, content, created_by FROM imports WHERE id = $1', [importId]);
    if (!row) return;
    const jobId = String(row.job_run_id);
    if (await this.jobs.isCompleted(jobId)) return;
    await this.jobs.start(jobId);
    const content: Buffer = row.content;
    // A stream, not a string: the reader detects GB18030 files saved by Excel on Chinese Windows.
    const source: RowSource = row.format === 'csv' ? () => readCsvRows(Readable.from([content])) : () => readXlsxRows(content);
    try {
      const actor = row.created_by === null ? null : String(row.created_by);
      const report = await this.run(source, actor, importId, (p) => this.jobs.progress(jobId, p), await this.ownSubParks(actor));
      await this.jobs.complete(jobId, { importId, created: report.created, updated: report.updated, rejected: report.rejected });
    } catch (error) {
      // The officer reads a reason and a report that say what happened; the cause (SQL and all) goes to the log only.
      this.logger.error(`import ${importId} failed: ${(error as Error)?.message}`, (error as Error)?.stack);
      await this.failUploaded(importId, SERVER_FAILURE, { final: false });
      throw error; // BullMQ retries; the file stays until the last attempt
    }
  }

  /**
   * An uploaded import that cannot finish (the server failed, or the job kept ending its worker): its run is FAILED
   * with a reason an officer can read and its report says so, instead of an empty one.
   */
  async failUploaded(importId: string, reason: { zh: string; en: string } = SERVER_FAILURE, opts: { final: boolean } = { final: true }): Promise<void> {
    await this.dataSource.query(
      `UPDATE imports SET created = 0, updated = 0, rejected = 0, errors = $2, content = CASE WHEN $3 THEN NULL ELSE content END WHERE id = $1`,
      [importId, JSON.stringify([{ row: 1, column: 'file', ...reason }]), opts.final],
    );
    const [row] = await this.dataSource.query('SELECT job_run_id FROM imports WHERE id = $1', [importId]);
    if (row?.job_run_id) await this.jobs.fail(String(row.job_run_id), reason.en);
  }

  async report(scope: Scope, importId: string, lang: Lang): Promise<ImportReport> {
    if (!/^\d+$/.test(importId)) throw notFound('Import');
    const [row] = await this.dataSource.query('SELECT created, updated, rejected, errors, created_by FROM imports WHERE id = $1', [importId]);
    if (!row || !(scope.seesAll || String(row.created_by) === scope.userId)) throw notFound('Import');
    return this.present(importId, row, lang);
  }

  private present(importId: string, report: StoredReport, lang: Lang): ImportReport {
    return {
      id: importId,
      created: report.created,
      updated: report.updated,
      rejected: report.rejected,
      errors: report.errors.map((p) => ({ row: p.row, column: p.column, message: formatProblem(p, lang) })),
    };
  }

  private async createImportRow(scope: Scope, format: ImportFormat, filename: string | null, jobId: string | null): Promise<string> {
    const [{ id }] = await this.dataSource.query('INSERT INTO imports (job_run_id, filename, format, created_by) VALUES ($1, $2, $3, $4) RETURNING id', [
      jobId,
      filename,
      format,
      scope.userId,
    ]);
    return String(id);
  }

  /** An officer's sub-parks (the sub-parks their import may assign); null for managers, administrators and the system. */
  private async ownSubParks(userId: string | null): Promise<readonly string[] | null> {
    if (userId === null) return null;
    const [u] = await usersByIds(this.dataSource, [userId]);
    return u && u.role === Role.OFFICER ? u.subParkIds : null;
  }

  private async run(
    source: RowSource,
    actorId: string | null,
    importId: string,
    onProgress?: (percent: number) => Promise<void>,
    ownSubParks: readonly string[] | null = null,
  ): Promise<StoredReport> {
    const lookup = await this.lookup();
    let report: StoredReport;
    try {
      const checked = await this.check(source, lookup, onProgress, ownSubParks);
      if (checked.report.rejected > 0 || checked.report.errors.length > 0) {
        report = checked.report;
      } else {
        report = await this.write(source, checked.columns, checked.total, lookup, actorId, importId, onProgress);
        // A large import changes the registry's shape; keep the planner's statistics in step.
        if (report.created + report.updated >= 10_000) await this.dataSource.query('ANALYZE enterprises, enterprise_nodes');
      }
    } catch (error) {
      if (!(error instanceof ImportFileError)) throw error;
      report = { created: 0, updated: 0, rejected: 0, errors: [{ row: 1, column: 'file', zh: error.zh, en: error.en }] };
    }
    await this.dataSource.query('UPDATE imports SET created = $2, updated = $3, rejected = $4, errors = $5, content = NULL WHERE id = $1', [
      importId,
      report.created,
      report.updated,
      report.rejected,
      JSON.stringify(report.errors),
    ]);
    return report;
  }

  private async lookup(): Promise<ImportLookup> {
    const [chains, parks] = await Promise.all([this.chains.industryChains(), this.subParks.list()]);
    return {
      nodeCodes: new Set(chains.flatMap((c) => c.nodes.map((n) => n.code))),
      subParkIds: new Set(parks.map((p) => String(p.id))),
      subParkIdByName: new Map(parks.map((p) => [p.name, String(p.id)])),
      today: shanghaiDate(this.clock.now()),
    };
  }

  /** Pass 1: every row checked; a USCC twice in one file is an error on its second row. */
  private async check(source: RowSource, lookup: ImportLookup, onProgress?: (p: number) => Promise<void>, ownSubParks: readonly string[] | null = null) {
    const errors: ImportProblem[] = [];
    let rejected = 0;
    let total = 0;
    let columns: (ColumnKey | null)[] | null = null;
    const seen = new Map<string, number>();
    const rejectedRows = new Set<number>();
    /** Officers' files: where each row would put its enterprise (checked against the registry below). */
    const moves = new Map<string, { row: number; to: string | null }>();
    for await (const { row, cells } of source()) {
      if (!columns) {
        const header = mapHeader(cells);
        columns = header.columns;
        if (header.problems.length) {
          return { report: { created: 0, updated: 0, rejected: 0, errors: headerProblems(header.problems.slice(0, MAX_REPORTED), row) }, columns, total };
        }
        continue;
      }
      total++;
      const parsed = parseRow(row, cells, columns, lookup);
      const problems = 'errors' in parsed ? parsed.errors : [];
      if ('record' in parsed && ownSubParks !== null) moves.set(parsed.record.uscc, { row, to: parsed.record.subParkId });
      if ('record' in parsed) {
        const first = seen.get(parsed.record.uscc);
        if (first !== undefined) problems.push({ row, column: 'uscc', zh: `与第 ${first} 行重复`, en: `same as row ${first}` });
        else seen.set(parsed.record.uscc, row);
      }
      if (problems.length) {
        rejected++;
        if (ownSubParks !== null) rejectedRows.add(row);
        if (errors.length < MAX_REPORTED) errors.push(...problems.slice(0, MAX_REPORTED - errors.length));
      }
      if (onProgress && total % 10000 === 0) await onProgress(Math.min(45, total / 4000));
    }
    if (!columns || total === 0) {
      errors.push({ row: 1, column: 'file', zh: '文件没有数据行', en: 'the file has no data rows' });
    }
    // An officer's file moves no enterprise of another sub-park (enterprises.service.ts checkSubParkMove).
    if (ownSubParks !== null && columns?.includes('subPark') && moves.size > 0) {
      const usccs = [...moves.keys()];
      for (let i = 0; i < usccs.length; i += 10_000) {
        const theirs: { uscc: string; sp: string }[] = await this.dataSource.query(
          'SELECT uscc, sub_park_id::text AS sp FROM enterprises WHERE uscc = ANY($1) AND sub_park_id IS NOT NULL AND NOT (sub_park_id::text = ANY($2))',
          [usccs.slice(i, i + 10_000), ownSubParks],
        );
        for (const { uscc, sp } of theirs) {
          const move = moves.get(uscc)!;
          if (move.to === sp || rejectedRows.has(move.row)) continue;
          rejected++;
          if (errors.length < MAX_REPORTED) errors.push({ row: move.row, column: 'subPark', ...NOT_YOUR_ENTERPRISE });
        }
      }
      errors.sort((a, b) => a.row - b.row);
    }
    return { report: { created: 0, updated: 0, rejected, errors }, columns: columns ?? [], total };
  }

  /** Pass 2: the clean file written batch by batch in one transaction, so a failure half-way writes nothing. */
  private async write(
    source: RowSource,
    columns: (ColumnKey | null)[],
    total: number,
    lookup: ImportLookup,
    actorId: string | null,
    importId: string,
    onProgress?: (p: number) => Promise<void>,
  ): Promise<StoredReport> {
    const present = new Set(columns.filter((c): c is ColumnKey => c !== null));
    return this.dataSource.transaction(async (manager) => {
      // One import at a time: two files touching the same enterprises would otherwise deadlock.
      await manager.query('SELECT pg_advisory_xact_lock(7300)');
      let created = 0;
      let updated = 0;
      let done = 0;
      let batch: EnterpriseRecord[] = [];
      const flush = async () => {
        if (batch.length === 0) return;
        const r = await upsertBatch(manager, batch, present, { actorId, importId });
        created += r.created;
        updated += r.updated;
        done += batch.length;
        batch = [];
        if (onProgress) await onProgress(50 + (50 * done) / Math.max(total, 1));
      };
      let header = true;
      for await (const { row, cells } of source()) {
        if (header) {
          header = false;
          continue;
        }
        const parsed = parseRow(row, cells, columns, lookup);
        if ('errors' in parsed) throw new Error(`Row ${row} changed between the check and the write`);
        batch.push(parsed.record);
        if (batch.length >= BATCH) await flush();
      }
      await flush();
      return { created, updated, rejected: 0, errors: [] };
    });
  }
}
