import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { enterprisesRel } from '../../enterprises/src/enterprise-sql.js';
import { JobRunsService } from '../../job-runs/src/job-runs.service.js';
import { AppConfig, Clock, enqueueInTransaction, shanghaiDate } from '../../platform/src/index.js';
import { ProfilingModelsService } from './profiling-models.service.js';
import { idList, idRange } from './profile-facts.js';
import { ProfilesRepository } from './profiles.repository.js';

/** Enterprise ids per step of a full recompute: an id range, so a range with no changes costs one index scan. */
const RANGE = 5000;
/** Steps running at once: one per core PostgreSQL has to score with (the worker itself only waits). */
const LANES = 2;
/** Steps between statistics refreshes while a first run fills the profile table. */
const ANALYZE_EVERY = 40;

/**
 * Computes profiles inside PostgreSQL: each step reads only the enterprises whose inputs changed (an input hash),
 * scores them with the active model compiled to SQL and writes them back, all in one statement. A full run keeps a
 * checkpoint in its job run, so a worker killed half-way is replaced by one that carries on from there; writes are
 * idempotent either way.
 */
@Injectable()
export class ProfilerService {
  private readonly logger = new Logger(ProfilerService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: ProfilesRepository,
    private readonly models: ProfilingModelsService,
    private readonly jobs: JobRunsService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /** Re-profiles the given enterprises (after a create, update or import). */
  async profileEnterprises(ids: readonly string[]): Promise<number> {
    const model = await this.models.active();
    const asOf = shanghaiDate(this.clock.now());
    let written = 0;
    for (let i = 0; i < ids.length; i += RANGE) {
      written += await this.repo.scoreAndWrite(idList, [ids.slice(i, i + RANGE)], model, asOf);
    }
    // Changed profiles move gaps and matches too; a burst of them (an import, a morning of edits) leads to one analysis.
    if (written > 0) {
      await enqueueInTransaction(this.dataSource.manager, {
        name: 'RecomputeChainGaps', payload: {}, dedupeKey: 'chain-gaps-after-changes', coalesceMs: this.config.GAPS_WINDOW_MS,
      });
    }
    return written;
  }

  /** Re-profiles every enterprise whose inputs changed since its profile was computed. */
  async recomputeAll(runId: string): Promise<{ written: number }> {
    if (await this.jobs.isCompleted(runId)) return { written: 0 };
    await this.jobs.start(runId);
    const model = await this.models.active();
    const asOf = shanghaiDate(this.clock.now());
    const saved = await this.jobs.checkpoint(runId);
    // A checkpoint counts only for the same model and date: a retry after midnight or an activation starts over.
    const checkpoint = saved?.modelVersion === model.version && saved?.asOf === asOf ? saved : null;
    const [{ min, max }] = await this.dataSource.query(`SELECT coalesce(min(e.id), 0) AS min, coalesce(max(e.id), 0) AS max FROM ${enterprisesRel('e')}`);
    let cursor = Math.max(Number(checkpoint?.cursor ?? 0), Number(min) - 1);
    let written = Number(checkpoint?.written ?? 0);
    const end = Number(max);
    const span = Math.max(1, end - Number(min) + 1);
    const ranges: [number, number][] = [];
    for (let from = cursor; from < end; from += RANGE) ranges.push([from, Math.min(from + RANGE, end)]);
    // Ranges finish out of order across lanes; the checkpoint only ever names the end of a committed prefix.
    const done = new Set<number>();
    let committed = 0;
    let next = 0;
    let failed = false;
    try {
      // The planner must know how big the profile table is (autovacuum may be off, or behind a bulk load): with
      // stale statistics the upserts' lookups turn into sequential scans. Only a table still filling up needs it.
      const filling = await this.profilesFarBehind();
      if (filling) await this.dataSource.query('ANALYZE enterprise_profiles');
      const lane = async () => {
        while (!failed && next < ranges.length) {
          const i = next++;
          if (filling && i > 0 && i % ANALYZE_EVERY === 0) await this.dataSource.query('ANALYZE enterprise_profiles');
          const [from, to] = ranges[i]!;
          // Not `written += await …`: that reads `written` before the await and loses the other lane's count.
          const n = await this.repo.scoreAndWrite(idRange, [from, to], model, asOf);
          written += n;
          done.add(i);
          if (!done.has(committed)) continue;
          while (done.delete(committed)) committed++;
          cursor = ranges[committed - 1]![1];
          // Lanes race to record progress; saveCheckpoint keeps a late, older checkpoint from overwriting a newer one.
          await this.jobs.saveCheckpoint(runId, Math.min(99.9, Math.round((1000 * (cursor - Number(min) + 1)) / span) / 10), cursor,
            { modelVersion: model.version, asOf }, { written });
        }
      };
      // A failed lane stops the others after their current step; the job fails only once no step is running.
      const lanes = await Promise.allSettled(Array.from({ length: LANES }, () => lane().catch((error) => ((failed = true), Promise.reject(error)))));
      const failure = lanes.find((l) => l.status === 'rejected');
      if (failure) throw failure.reason;
      // Profiles feed the gap analysis (scale, innovation, badges): re-analyse once a full run is done.
      await this.dataSource.transaction(async (manager) => {
        await this.jobs.complete(runId, { written, modelVersion: model.version, asOf }, manager);
        await this.jobs.enqueueTracked(manager, 'RecomputeChainGaps', {}, null);
      });
      this.logger.log(`Full profile recompute ${runId}: ${written} profiles written`);
      return { written };
    } catch (error) {
      // BullMQ retries the job; the checkpoint lets the retry continue rather than start over.
      this.logger.warn(`Profile recompute ${runId} interrupted at id ${cursor}: ${(error as Error).message}`);
      throw error;
    }
  }

  /** Whether the planner believes the profile table much smaller than the registry (a first run, a bulk import). */
  private async profilesFarBehind(): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT (SELECT reltuples FROM pg_class WHERE oid = 'enterprise_profiles'::regclass) AS profiles,
              (SELECT reltuples FROM pg_class WHERE oid = 'enterprises'::regclass) AS enterprises`,
    );
    // reltuples is -1 for a table never analysed.
    return Number(row.profiles) < 0.9 * Math.max(0, Number(row.enterprises));
  }
}
