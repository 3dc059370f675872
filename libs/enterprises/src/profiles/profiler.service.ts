import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobRunsService } from '../../../jobs/src/job-runs.service.js';
import { Clock, enqueueInTransaction, shanghaiDate } from '../../../platform/src/index.js';
import { computeProfile } from '../profiling/score.js';
import type { ProfilingModelConfig } from '../profiling/model.js';
import { factsQuery, toFacts, type FactsRow } from './profile-facts.js';
import { ProfilingModelsService } from './profiling-models.service.js';
import { ProfilesRepository, type ComputedRow } from './profiles.repository.js';

/** Enterprise ids per step of a full recompute: an id range, so a range with no changes costs one index scan. */
const RANGE = 5000;
/** Ranges between statistics refreshes while a first run fills the profile table. */
const ANALYZE_EVERY = 40;

/**
 * Computes profiles. Reads only the enterprises whose inputs changed (hash in SQL), scores them in Node with the
 * pure engine, and writes them back in one statement per batch. A full run keeps a checkpoint in its job run,
 * so a worker killed half-way is replaced by one that carries on from there; writes are idempotent either way.
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
  ) {}

  /** Re-profiles the given enterprises (after a create, update or import). */
  async profileEnterprises(ids: readonly string[]): Promise<number> {
    const model = await this.models.active();
    const asOf = shanghaiDate(this.clock.now());
    let written = 0;
    for (let i = 0; i < ids.length; i += RANGE) {
      const chunk = ids.slice(i, i + RANGE);
      written += await this.step('e.id = ANY($1::bigint[])', [chunk], model, asOf);
    }
    return written;
  }

  /** Re-profiles every enterprise whose inputs changed since its profile was computed. */
  async recomputeAll(runId: string): Promise<{ written: number }> {
    if (await this.jobs.isCompleted(runId)) return { written: 0 };
    await this.jobs.start(runId);
    const model = await this.models.active();
    const asOf = shanghaiDate(this.clock.now());
    const [checkpoint] = await this.dataSource.query(`SELECT coalesce((result->>'cursor')::bigint, 0) AS cursor, coalesce((result->>'written')::int, 0) AS written FROM job_runs WHERE id = $1`, [runId]);
    const [{ min, max }] = await this.dataSource.query('SELECT coalesce(min(id), 0) AS min, coalesce(max(id), 0) AS max FROM enterprises');
    let cursor = Math.max(Number(checkpoint?.cursor ?? 0), Number(min) - 1);
    let written = Number(checkpoint?.written ?? 0);
    const end = Number(max);
    const span = Math.max(1, end - Number(min) + 1);
    try {
      // A three-stage pipeline over id ranges: PostgreSQL reads range i+1 and writes range i-1 while Node scores
      // range i, so the two cores and the database are busy at once. The checkpoint only ever names a range
      // whose write has committed.
      // The planner must know how big the profile table is (autovacuum may be off, or behind a bulk load):
      // with stale statistics the batch writes' lookups turn into sequential scans.
      await this.dataSource.query('ANALYZE enterprise_profiles');
      const ranges: [number, number][] = [];
      for (let from = cursor; from < end; from += RANGE) ranges.push([from, Math.min(from + RANGE, end)]);
      let reading = ranges.length ? this.read('e.id > $1 AND e.id <= $2', ranges[0], model, asOf) : null;
      let writing: Promise<void> = Promise.resolve();
      for (let i = 0; i < ranges.length; i++) {
        if (i > 0 && i % ANALYZE_EVERY === 0) await this.dataSource.query('ANALYZE enterprise_profiles');
        const rows = await reading!;
        reading = i + 1 < ranges.length ? this.read('e.id > $1 AND e.id <= $2', ranges[i + 1], model, asOf) : null;
        // Awaited on the next turn; until then a failure must not count as unhandled (it would kill the worker).
        reading?.catch(() => undefined);
        // Let the driver send the next read (and the previous write) before the CPU-bound scoring blocks the loop.
        await new Promise((resolve) => setImmediate(resolve));
        const computed = this.score(rows, model, asOf);
        await writing;
        const upTo = ranges[i][1];
        writing = this.repo.write(computed, model.version, asOf).then(async (n) => {
          written += n;
          cursor = upTo;
          await this.dataSource.query(`UPDATE job_runs SET progress = $2, result = jsonb_build_object('cursor', $3::bigint, 'written', $4::int) WHERE id = $1`, [
            runId,
            Math.min(99.9, Math.round((1000 * (upTo - Number(min) + 1)) / span) / 10),
            upTo,
            written,
          ]);
        });
        writing.catch(() => undefined);
      }
      await writing;
      // Profiles feed the gap analysis (scale, innovation, badges): re-analyse once a full run is done.
      await this.dataSource.transaction(async (manager) => {
        await this.jobs.complete(runId, { written, modelVersion: model.version, asOf }, manager);
        const gapsRun = await this.jobs.create(manager, 'RecomputeChainGaps', null);
        await enqueueInTransaction(manager, { name: 'RecomputeChainGaps', payload: { runId: gapsRun } });
      });
      this.logger.log(`Full profile recompute ${runId}: ${written} profiles written`);
      return { written };
    } catch (error) {
      // BullMQ retries the job; the checkpoint lets the retry continue rather than start over.
      this.logger.warn(`Profile recompute ${runId} interrupted at id ${cursor}: ${(error as Error).message}`);
      throw error;
    }
  }

  private async step(where: string, params: unknown[], model: { version: number; config: ProfilingModelConfig }, asOf: string): Promise<number> {
    return this.repo.write(this.score(await this.read(where, params, model, asOf), model, asOf), model.version, asOf);
  }

  private read(where: string, params: unknown[], model: { version: number }, asOf: string): Promise<FactsRow[]> {
    const n = params.length;
    return this.dataSource.query(factsQuery(where, { onlyChanged: true, modelParam: `$${n + 1}`, asOfParam: `$${n + 2}` }), [...params, model.version, asOf]);
  }

  private score(rows: FactsRow[], model: { config: ProfilingModelConfig }, asOf: string): ComputedRow[] {
    return rows.map((r) => ({ id: String(r.id), hash: r.hash, profile: computeProfile(toFacts(r), model.config, asOf) }));
  }
}
