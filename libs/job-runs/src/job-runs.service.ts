import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Role } from '../../identity/src/role.js';
import type { Scope } from '../../identity/src/scope.js';
import { decodeCursor, encodeCursor, enqueueInTransaction, notFound, pageSize, type JobPayloads, type TrackedJobName } from '../../platform/src/index.js';
import { JobState, type Job, type JobConnection } from './job.model.js';

interface JobRunRow {
  id: string;
  kind: string;
  state: JobState;
  progress: number;
  failed_reason: string | null;
  result: unknown;
  created_by: string | null;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

const toJob = (r: JobRunRow): Job => ({
  id: String(r.id),
  kind: r.kind,
  state: r.state,
  progress: r.progress,
  failedReason: r.failed_reason,
  result: r.result,
  createdAt: r.created_at,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  createdById: r.created_by === null ? null : String(r.created_by),
});

const JOB_COLUMNS = 'id, kind, state, progress, failed_reason, result, created_by, created_at, started_at, finished_at';

/**
 * Job runs live in PostgreSQL, not in Redis: what a user sees through `job(id)` survives a Redis flush and
 * is written by whichever worker process happens to run the job.
 */
@Injectable()
export class JobRunsService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The one way a change starts background work someone watches: a job run and its outbox message, both in the
   * change's own transaction (a rollback leaves neither). Returns the run's id for `job(id)`.
   */
  async enqueueTracked<K extends TrackedJobName>(
    manager: EntityManager,
    name: K,
    payload: Omit<JobPayloads[K], 'runId'>,
    createdBy: string | null,
  ): Promise<string> {
    const [{ id }] = await manager.query('INSERT INTO job_runs (kind, created_by) VALUES ($1, $2) RETURNING id', [name, createdBy]);
    const runId = String(id);
    await enqueueInTransaction(manager, { name, payload: { ...payload, runId } as JobPayloads[K] });
    return runId;
  }

  async start(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE job_runs SET state = 'ACTIVE', started_at = coalesce(started_at, now()), failed_reason = NULL WHERE id = $1 AND state <> 'COMPLETED'`,
      [id],
    );
  }

  async progress(id: string, percent: number): Promise<void> {
    await this.dataSource.query('UPDATE job_runs SET progress = $2 WHERE id = $1', [id, Math.max(0, Math.min(100, Math.round(percent * 10) / 10))]);
  }

  async complete(id: string, result: unknown, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(`UPDATE job_runs SET state = 'COMPLETED', progress = 100, result = $2, finished_at = now() WHERE id = $1`, [id, JSON.stringify(result ?? null)]);
  }

  async fail(id: string, reason: string): Promise<void> {
    await this.dataSource.query(`UPDATE job_runs SET state = 'FAILED', failed_reason = $2, finished_at = now() WHERE id = $1`, [id, reason.slice(0, 2000)]);
  }

  /** What a resumable run last recorded with saveCheckpoint (null before its first). */
  async checkpoint(id: string): Promise<Record<string, unknown> | null> {
    const [row] = await this.dataSource.query('SELECT result FROM job_runs WHERE id = $1', [id]);
    return (row?.result as Record<string, unknown> | null | undefined) ?? null;
  }

  /**
   * A resumable run's progress: `cursor` (how far a committed prefix of the work reaches) and `basis` (what that
   * work was done against, e.g. a model and a date), kept in the run's result with `extra`. Steps finishing in
   * parallel record out of order: a checkpoint behind the stored one on the same basis is dropped, so a late,
   * older one never overwrites a newer one; one on another basis replaces it.
   */
  async saveCheckpoint(id: string, percent: number, cursor: number, basis: Record<string, string | number>, extra: Record<string, unknown> = {}): Promise<void> {
    await this.dataSource.query(
      `UPDATE job_runs SET progress = $2, result = $5::jsonb || $4::jsonb || jsonb_build_object('cursor', $3::bigint)
       WHERE id = $1 AND (coalesce((result->>'cursor')::bigint, -1) < $3 OR NOT coalesce(result @> $4::jsonb, false))`,
      [id, Math.max(0, Math.min(100, Math.round(percent * 10) / 10)), cursor, JSON.stringify(basis), JSON.stringify(extra)],
    );
  }

  async isCompleted(id: string): Promise<boolean> {
    const [row] = await this.dataSource.query('SELECT state FROM job_runs WHERE id = $1', [id]);
    return row?.state === JobState.COMPLETED;
  }

  /** ADMIN: every run, newest first, keyset-paged by id; filter by kind and state. */
  async list(scope: Scope, filter: { kind?: string; state?: JobState }, first?: number, after?: string): Promise<JobConnection> {
    scope.require(Role.ADMIN);
    const limit = pageSize(first, 50, 200);
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    if (filter.kind) where.push(`kind = ${p(filter.kind)}`);
    if (filter.state) where.push(`state = ${p(filter.state)}`);
    if (after) where.push(`id < ${p(decodeCursor(after, ['id'])[0])}`);
    const rows: JobRunRow[] = await this.dataSource.query(
      `SELECT ${JOB_COLUMNS} FROM job_runs ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ${limit + 1}`,
      params,
    );
    const edges = rows.slice(0, limit).map((r) => ({ cursor: encodeCursor([String(r.id)]), node: toJob(r) }));
    return { edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /** The kinds of run there have been, for the list's filter. */
  async kinds(scope: Scope): Promise<string[]> {
    scope.require(Role.ADMIN);
    const rows: { kind: string }[] = await this.dataSource.query('SELECT DISTINCT kind FROM job_runs ORDER BY kind');
    return rows.map((r) => r.kind);
  }

  /** A run is visible to whoever started it, and to managers and administrators. */
  async get(scope: Scope, id: string): Promise<Job> {
    if (!/^\d+$/.test(id)) throw notFound('Job');
    const [row]: JobRunRow[] = await this.dataSource.query(`SELECT ${JOB_COLUMNS} FROM job_runs WHERE id = $1`, [id]);
    if (!row || !(scope.seesAll || String(row.created_by) === scope.userId)) throw notFound('Job');
    return toJob(row);
  }
}
