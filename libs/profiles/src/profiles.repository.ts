import { Injectable, Optional } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DataEpoch } from '../../platform/src/index.js';
import type { ProfilingModelConfig } from './engine/model.js';
import { chainNodeScoreSql, scoredSelectSql } from './engine/score-sql.js';
import { chainMediansQuery, enterpriseChainsQuery, factsCtes, factsQuery, idList, type ChainMedianRow, type FactsRow, type IdFilter } from './profile-facts.js';

export interface ProfileRow {
  enterprise_id: string;
  total: string;
  scale: number;
  growth: number;
  innovation: number;
  chain_fit: number;
  landing: number;
  badges: string[];
  risk_gate: string;
  model_version: number;
  as_of: string;
  computed_at: Date;
}

export interface ActiveModel {
  version: number;
  config: ProfilingModelConfig;
}

/**
 * One step of profiling, inside PostgreSQL: read the facts of the enterprises `ids` selects (with `paramCount`
 * parameters, then the model version and asOf) whose input hash changed, score them with the
 * model compiled to SQL, upsert the profiles and append a history entry where the total or the badges moved.
 * Returns one row, `written`.
 */
export function profileStepSql(ids: IdFilter, paramCount: number, model: ActiveModel, asOf: string): string {
  const n = paramCount;
  const facts = factsCtes(ids, {
    onlyChanged: true,
    nodeList: false,
    modelParam: `$${n + 1}::int`,
    asOfParam: `$${n + 2}::text`,
    chainNodeScore: (need, role) => chainNodeScoreSql(model.config, need, role),
  });
  return `${facts},
       scored AS MATERIALIZED (${scoredSelectSql(model.config, asOf, 'facts')}),
       up AS (
         INSERT INTO enterprise_profiles AS p (enterprise_id, total, scale, growth, innovation, chain_fit, landing, badges, risk_gate, model_version, as_of, input_hash, computed_at)
         SELECT id, total::numeric(5,2), scale, growth, innovation, chain_fit, landing, badges, risk_gate, $${n + 1}::int, $${n + 2}::date, hash, now() FROM scored
         ON CONFLICT (enterprise_id) DO UPDATE SET total = EXCLUDED.total, scale = EXCLUDED.scale, growth = EXCLUDED.growth,
           innovation = EXCLUDED.innovation, chain_fit = EXCLUDED.chain_fit, landing = EXCLUDED.landing, badges = EXCLUDED.badges,
           risk_gate = EXCLUDED.risk_gate, model_version = EXCLUDED.model_version, as_of = EXCLUDED.as_of,
           input_hash = EXCLUDED.input_hash, computed_at = EXCLUDED.computed_at
         -- Never over a newer date, nor with a model that stopped being the active one while this run went on
         -- (uncorrelated: checked once per statement).
         WHERE p.input_hash IS DISTINCT FROM EXCLUDED.input_hash AND EXCLUDED.as_of >= p.as_of
           AND EXISTS (SELECT 1 FROM profiling_models m WHERE m.version = $${n + 1}::int AND m.active)
         RETURNING p.enterprise_id, p.total, p.scale, p.growth, p.innovation, p.chain_fit, p.landing, p.badges, p.model_version
       ), history AS (
         INSERT INTO profile_history (enterprise_id, total, scores, badges, model_version)
         SELECT up.enterprise_id, up.total,
                jsonb_build_object('scale', up.scale, 'growth', up.growth, 'innovation', up.innovation, 'chainFit', up.chain_fit, 'landing', up.landing),
                up.badges, up.model_version
         FROM up JOIN scored s ON s.id = up.enterprise_id
         WHERE s.stored_total IS NULL OR s.stored_total IS DISTINCT FROM up.total OR s.stored_badges IS DISTINCT FROM up.badges
       )
       SELECT count(*)::int AS written FROM up`;
}

@Injectable()
export class ProfilesRepository {
  /** Each chain's medians with the data epoch they were read in (the API's; a process without one reads every time). */
  private readonly medians = new Map<string, { epoch: number; row: ChainMedianRow }>();

  constructor(
    private readonly dataSource: DataSource,
    @Optional() private readonly epoch?: DataEpoch,
  ) {}

  /**
   * Profiles the enterprises `ids` selects (with `params`) in one statement: see profileStepSql.
   * Re-running with the same input writes nothing (the hash guard), so a retried or duplicated job does no harm.
   */
  async scoreAndWrite(ids: IdFilter, params: unknown[], model: ActiveModel, asOf: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [{ written }] = await manager.query(profileStepSql(ids, params.length, model, asOf), [...params, model.version, asOf]);
    return written;
  }

  /** The scoring inputs of some enterprises as of a date (for explaining a stored profile). */
  factsOf(ids: readonly string[], asOf: string): Promise<FactsRow[]> {
    return this.dataSource.query(factsQuery(idList, { onlyChanged: false, modelParam: '0', asOfParam: '$2' }), [ids, asOf]);
  }

  async byEnterprise(ids: readonly string[]): Promise<Map<string, ProfileRow>> {
    const rows: ProfileRow[] = await this.dataSource.query('SELECT * FROM enterprise_profiles WHERE enterprise_id = ANY($1::bigint[])', [ids]);
    return new Map(rows.map((r) => [String(r.enterprise_id), r]));
  }

  /** Per chain the enterprise is on, the median dimension scores of its in-park firms (see chainMediansQuery). */
  async chainMedians(enterpriseId: string): Promise<ChainMedianRow[]> {
    // The epoch before the reads: a change committed meanwhile moves it, and the next request reads again.
    const epoch = this.epoch?.current() ?? null;
    const chains = ((await this.dataSource.query(enterpriseChainsQuery, [enterpriseId])) as { chain: string }[]).map((r) => r.chain);
    const missing = chains.filter((c) => epoch === null || this.medians.get(c)?.epoch !== epoch);
    const read = new Map<string, ChainMedianRow>();
    if (missing.length) {
      for (const row of (await this.dataSource.query(chainMediansQuery, [missing])) as ChainMedianRow[]) {
        read.set(row.chain, row);
        if (epoch !== null) this.medians.set(row.chain, { epoch, row });
      }
    }
    return chains.map((c) => read.get(c) ?? this.medians.get(c)!.row);
  }

  async history(enterpriseId: string, first: number): Promise<{ total: string; scores: Record<string, number>; badges: string[]; model_version: number; computed_at: Date }[]> {
    return this.dataSource.query(
      'SELECT total, scores, badges, model_version, computed_at FROM profile_history WHERE enterprise_id = $1 ORDER BY id DESC LIMIT $2',
      [enterpriseId, first],
    );
  }
}
