import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobRunsService } from '../../job-runs/src/job-runs.service.js';
import { Role } from '../../identity/src/role.js';
import type { Scope } from '../../identity/src/scope.js';
import { badInput, Clock, notFound, recordAudit, shanghaiDate } from '../../platform/src/index.js';
import { validateModelConfig, type DimensionKey, type ProfilingModelConfig } from './engine/model.js';
import { compileScoreSql } from './engine/score-sql.js';

export interface ModelRow {
  version: number;
  config: ProfilingModelConfig;
  active: boolean;
  note: string | null;
  created_at: Date;
  activated_at: Date | null;
}

/**
 * Model versions are immutable once created, so any process may cache them by version forever; only which
 * version is active changes, and that is read fresh at the start of every run.
 */
@Injectable()
export class ProfilingModelsService {
  private readonly byVersion = new Map<number, ProfilingModelConfig>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobRunsService,
    private readonly clock: Clock,
  ) {}

  /** ADMIN and MANAGER: every version, newest first. */
  async list(scope: Scope): Promise<ModelRow[]> {
    scope.require(Role.ADMIN, Role.MANAGER);
    return this.dataSource.query('SELECT version, config, active, note, created_at, activated_at FROM profiling_models ORDER BY version DESC');
  }

  async active(): Promise<{ version: number; config: ProfilingModelConfig }> {
    const [row] = await this.dataSource.query('SELECT version, config FROM profiling_models WHERE active');
    if (!row) throw new Error('No active profiling model');
    this.byVersion.set(row.version, row.config);
    return row;
  }

  async config(version: number): Promise<ProfilingModelConfig> {
    let config = this.byVersion.get(version);
    if (!config) {
      const [row] = await this.dataSource.query('SELECT config FROM profiling_models WHERE version = $1', [version]);
      if (!row) throw notFound('Profiling model');
      this.byVersion.set(version, (config = row.config as ProfilingModelConfig));
    }
    return config;
  }

  /** ADMIN: a new, inactive version — the given one (or the active one) with new weights and, optionally, band tables. */
  async create(scope: Scope, input: { basedOn?: number; weights: Record<DimensionKey, number>; thresholds?: Record<DimensionKey, number>; bands?: unknown; note?: string }): Promise<ModelRow> {
    scope.require(Role.ADMIN);
    const base = input.basedOn !== undefined ? await this.config(input.basedOn) : (await this.active()).config;
    const thresholds = input.thresholds ?? base.thresholds;
    const config: ProfilingModelConfig = { weights: input.weights, ...(thresholds ? { thresholds } : {}), bands: (input.bands as ProfilingModelConfig['bands']) ?? base.bands };
    const field = input.bands ? 'bands' : 'weights';
    const problems = validateModelConfig(config);
    if (problems.length) throw badInput(field, `${field}: ${problems[0]}`);
    // Bulk runs score with the model compiled to SQL: one that does not compile must not get in.
    try {
      compileScoreSql(config, shanghaiDate(this.clock.now()));
    } catch (error) {
      throw badInput(field, `${field}: ${(error as Error).message}`);
    }
    return this.dataSource.transaction(async (manager) => {
      await manager.query('LOCK TABLE profiling_models IN SHARE ROW EXCLUSIVE MODE');
      const [row] = await manager.query(
        `INSERT INTO profiling_models (version, config, note, created_by)
         SELECT coalesce(max(version), 0) + 1, $1, $2, $3 FROM profiling_models
         RETURNING version, config, active, note, created_at, activated_at`,
        [JSON.stringify(config), input.note ?? null, scope.userId],
      );
      await recordAudit(manager, { actorId: scope.userId, action: 'createProfilingModel', entity: 'ProfilingModel', entityId: String(row.version), before: null, after: { weights: config.weights, thresholds: config.thresholds ?? null, note: input.note ?? null } });
      return row;
    });
  }

  /** ADMIN: make a version the active one and re-profile every enterprise in the background. Returns the job. */
  /** ADMIN or MANAGER: re-profile every enterprise whose inputs changed; returns the run to watch. */
  async requestRecompute(scope: Scope): Promise<string> {
    scope.require(Role.ADMIN, Role.MANAGER);
    return this.dataSource.transaction((manager) => this.jobs.enqueueTracked(manager, 'RecomputeProfiles', {}, scope.userId));
  }

  async activate(scope: Scope, version: number): Promise<{ model: ModelRow; jobId: string }> {
    scope.require(Role.ADMIN);
    return this.dataSource.transaction(async (manager) => {
      const [target] = await manager.query('SELECT version FROM profiling_models WHERE version = $1 FOR UPDATE', [version]);
      if (!target) throw notFound('Profiling model');
      const [previous] = await manager.query('SELECT version FROM profiling_models WHERE active FOR UPDATE');
      await manager.query('UPDATE profiling_models SET active = false WHERE active AND version <> $1', [version]);
      // UPDATE … RETURNING comes back from TypeORM as [rows, count].
      const [[model]] = await manager.query(
        `UPDATE profiling_models SET active = true, activated_at = now() WHERE version = $1
         RETURNING version, config, active, note, created_at, activated_at`,
        [version],
      );
      const jobId = await this.jobs.enqueueTracked(manager, 'RecomputeProfiles', {}, scope.userId);
      await recordAudit(manager, { actorId: scope.userId, action: 'activateProfilingModel', entity: 'ProfilingModel', entityId: String(version), before: { activeVersion: previous?.version ?? null }, after: { activeVersion: version } });
      return { model, jobId };
    });
  }
}
