import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Scope } from '../../identity/src/scope.js';
import { enqueueInTransaction, notFound, type JobPayloads, type TrackedJobName } from '../../platform/src/index.js';
import { JobState, type Job } from './job.model.js';

interface JobRunRow {
  id: string;
  kind: string;
  state: JobState;
  progress: number;
  failed_reason: string | null;
  result: unknown;
  created_by: string | null;
  created_at: Date;
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
  finishedAt: r.finished_at,
});

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

  async isCompleted(id: string): Promise<boolean> {
    const [row] = await this.dataSource.query('SELECT state FROM job_runs WHERE id = $1', [id]);
    return row?.state === JobState.COMPLETED;
  }

  /** A run is visible to whoever started it, and to managers and administrators. */
  async get(scope: Scope, id: string): Promise<Job> {
    if (!/^\d+$/.test(id)) throw notFound('Job');
    const [row]: JobRunRow[] = await this.dataSource.query('SELECT * FROM job_runs WHERE id = $1', [id]);
    if (!row || !(scope.seesAll || String(row.created_by) === scope.userId)) throw notFound('Job');
    return toJob(row);
  }
}
