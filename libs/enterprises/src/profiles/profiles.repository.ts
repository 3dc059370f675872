import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ComputedProfile } from '../profiling/score.js';

export interface ComputedRow {
  id: string;
  hash: string;
  profile: ComputedProfile;
}

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

const score = (p: ComputedProfile, key: string) => p.dimensions.find((d) => d.key === key)!.score;

@Injectable()
export class ProfilesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One statement per batch: upsert the profiles whose inputs changed and append a history entry where the
   * total or the badges moved. Re-running with the same input writes nothing (the hash guard), so a retried
   * or duplicated job does no harm.
   */
  async write(rows: ComputedRow[], modelVersion: number, asOf: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    if (rows.length === 0) return 0;
    const [{ written }] = await manager.query(
      `WITH input AS (
         SELECT * FROM unnest($1::bigint[], $2::numeric[], $3::real[], $4::real[], $5::real[], $6::real[], $7::real[], $8::text[], $9::text[], $10::text[])
           AS t(id, total, scale, growth, innovation, chain_fit, landing, badges, risk_gate, hash)
       ), old AS (
         SELECT enterprise_id, total, badges FROM enterprise_profiles WHERE enterprise_id = ANY($1::bigint[])
       ), up AS (
         INSERT INTO enterprise_profiles AS p (enterprise_id, total, scale, growth, innovation, chain_fit, landing, badges, risk_gate, model_version, as_of, input_hash, computed_at)
         SELECT id, total, scale, growth, innovation, chain_fit, landing, coalesce(string_to_array(nullif(badges, ''), ','), '{}'), risk_gate, $11, $12::date, hash, now() FROM input
         ON CONFLICT (enterprise_id) DO UPDATE SET total = EXCLUDED.total, scale = EXCLUDED.scale, growth = EXCLUDED.growth,
           innovation = EXCLUDED.innovation, chain_fit = EXCLUDED.chain_fit, landing = EXCLUDED.landing, badges = EXCLUDED.badges,
           risk_gate = EXCLUDED.risk_gate, model_version = EXCLUDED.model_version, as_of = EXCLUDED.as_of,
           input_hash = EXCLUDED.input_hash, computed_at = EXCLUDED.computed_at
         WHERE p.input_hash IS DISTINCT FROM EXCLUDED.input_hash
         RETURNING p.enterprise_id, p.total, p.scale, p.growth, p.innovation, p.chain_fit, p.landing, p.badges, p.model_version
       ), history AS (
         INSERT INTO profile_history (enterprise_id, total, scores, badges, model_version)
         SELECT up.enterprise_id, up.total,
                jsonb_build_object('scale', up.scale, 'growth', up.growth, 'innovation', up.innovation, 'chainFit', up.chain_fit, 'landing', up.landing),
                up.badges, up.model_version
         FROM up LEFT JOIN old ON old.enterprise_id = up.enterprise_id
         WHERE old.enterprise_id IS NULL OR old.total IS DISTINCT FROM up.total OR old.badges IS DISTINCT FROM up.badges
       )
       SELECT count(*)::int AS written FROM up`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.profile.total),
        rows.map((r) => score(r.profile, 'scale')),
        rows.map((r) => score(r.profile, 'growth')),
        rows.map((r) => score(r.profile, 'innovation')),
        rows.map((r) => score(r.profile, 'chainFit')),
        rows.map((r) => score(r.profile, 'landing')),
        rows.map((r) => r.profile.badges.join(',')),
        rows.map((r) => r.profile.risk.gate),
        rows.map((r) => r.hash),
        modelVersion,
        asOf,
      ],
    );
    return written;
  }

  async byEnterprise(ids: readonly string[]): Promise<Map<string, ProfileRow>> {
    const rows: ProfileRow[] = await this.dataSource.query('SELECT * FROM enterprise_profiles WHERE enterprise_id = ANY($1::bigint[])', [ids]);
    return new Map(rows.map((r) => [String(r.enterprise_id), r]));
  }

  async history(enterpriseId: string, first: number): Promise<{ total: string; scores: Record<string, number>; badges: string[]; model_version: number; computed_at: Date }[]> {
    return this.dataSource.query(
      'SELECT total, scores, badges, model_version, computed_at FROM profile_history WHERE enterprise_id = $1 ORDER BY id DESC LIMIT $2',
      [enterpriseId, first],
    );
  }
}
