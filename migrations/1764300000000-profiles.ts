import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFAULT_MODEL_CONFIG } from './data/default-model-1764300000000.js';

/**
 * Precise profiles (精准画像): the versioned weighting model, one current profile per enterprise (scores only —
 * the reasons are recomputed from the same inputs on read, so a million profiles stay small) and their history.
 */
export class Profiles1764300000000 implements MigrationInterface {
  name = 'Profiles1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE profiling_models (
        version int PRIMARY KEY,
        config jsonb NOT NULL,
        active boolean NOT NULL DEFAULT false,
        note text,
        created_by bigint REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        activated_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX profiling_models_one_active ON profiling_models (active) WHERE active`);
    await q.query(`INSERT INTO profiling_models (version, config, active, note, activated_at) VALUES (1, $1, true, '默认模型 (DOMAIN.md §1)', now()) ON CONFLICT DO NOTHING`, [
      JSON.stringify(DEFAULT_MODEL_CONFIG),
    ]);

    // How much the park needs each node, 0..1; written by the chain-gap engine. Until then node weight / 5 stands in.
    await q.query(`CREATE TABLE chain_node_needs (node_code text PRIMARY KEY REFERENCES chain_nodes(code) ON UPDATE CASCADE ON DELETE CASCADE, need real NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())`);

    await q.query(`
      CREATE TABLE enterprise_profiles (
        enterprise_id bigint PRIMARY KEY REFERENCES enterprises(id) ON DELETE CASCADE,
        total numeric(5,2) NOT NULL,
        scale real NOT NULL, growth real NOT NULL, innovation real NOT NULL, chain_fit real NOT NULL, landing real NOT NULL,
        badges text[] NOT NULL DEFAULT '{}',
        risk_gate text NOT NULL DEFAULT 'PASS',
        model_version int NOT NULL REFERENCES profiling_models(version),
        as_of date NOT NULL,
        input_hash text NOT NULL,
        computed_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX enterprise_profiles_total_idx ON enterprise_profiles (total DESC, enterprise_id DESC)`);
    await q.query(`CREATE INDEX enterprise_profiles_badges_idx ON enterprise_profiles USING gin (badges)`);

    await q.query(`
      CREATE TABLE profile_history (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        enterprise_id bigint NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
        total numeric(5,2) NOT NULL,
        scores jsonb NOT NULL,
        badges text[] NOT NULL,
        model_version int NOT NULL,
        computed_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX profile_history_enterprise_idx ON profile_history (enterprise_id, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['profile_history', 'enterprise_profiles', 'chain_node_needs', 'profiling_models']) await q.query(`DROP TABLE IF EXISTS ${t}`);
  }
}
