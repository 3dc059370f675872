import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Chain-gap analysis (补链): snapshots of every node's strength per scope, matches of candidates to gaps, settings. */
export class ChainGaps1764500000000 implements MigrationInterface {
  name = 'ChainGaps1764500000000';

  async up(q: QueryRunner): Promise<void> {
    // Which sub-park courts a chain's enterprises: proposed leads go to its officers. Data, editable.
    await q.query(`ALTER TABLE chains ADD COLUMN home_sub_park_id bigint REFERENCES sub_parks(id)`);
    await q.query(`UPDATE chains c SET home_sub_park_id = p.id FROM sub_parks p
      WHERE (c.code, p.code) IN (('MARINE_EQUIPMENT', 'CHANGXING_MARINE'), ('DIGITAL_ECONOMY', 'SMART_ISLAND'), ('GREEN_LOW_CARBON', 'CHONGMING_INDUSTRIAL'))`);

    await q.query(`CREATE TABLE app_settings (key text PRIMARY KEY, value jsonb, updated_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`INSERT INTO app_settings (key, value) VALUES ('gaps.autoLeadThreshold', 'null'), ('gaps.matchesPerNode', '50') ON CONFLICT DO NOTHING`);

    await q.query(`
      CREATE TABLE gap_runs (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        job_run_id bigint REFERENCES job_runs(id),
        computed_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE chain_gaps (
        run_id bigint NOT NULL REFERENCES gap_runs(id) ON DELETE CASCADE,
        node_code text NOT NULL REFERENCES chain_nodes(code) ON UPDATE CASCADE ON DELETE CASCADE,
        sub_park_id bigint NOT NULL DEFAULT 0, -- 0: the park as a whole
        in_park_count int NOT NULL,
        strength real NOT NULL,
        gap_score real NOT NULL,
        status text NOT NULL CHECK (status IN ('MISSING','WEAK','STRONG')),
        has_leader boolean NOT NULL,
        has_quality boolean NOT NULL,
        PRIMARY KEY (run_id, sub_park_id, node_code)
      )`);
    await q.query(`
      CREATE TABLE gap_matches (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        node_code text NOT NULL REFERENCES chain_nodes(code) ON UPDATE CASCADE ON DELETE CASCADE,
        enterprise_id bigint NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
        score real NOT NULL,
        reasons jsonb NOT NULL DEFAULT '[]',
        status text NOT NULL DEFAULT 'NEW' CHECK (status IN ('NEW','CONVERTED','DISMISSED')),
        dismiss_reason text,
        lead_id bigint REFERENCES leads(id),
        run_id bigint REFERENCES gap_runs(id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (node_code, enterprise_id)
      )`);
    await q.query(`CREATE INDEX gap_matches_node_score_idx ON gap_matches (node_code, score DESC, id)`);
    await q.query(`CREATE INDEX gap_matches_enterprise_idx ON gap_matches (enterprise_id)`);
    await q.query(`CREATE TABLE lead_assignment_turns (sub_park_id bigint PRIMARY KEY REFERENCES sub_parks(id), last_user_id bigint REFERENCES users(id))`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['lead_assignment_turns', 'gap_matches', 'chain_gaps', 'gap_runs', 'app_settings']) await q.query(`DROP TABLE IF EXISTS ${t}`);
    await q.query('ALTER TABLE chains DROP COLUMN IF EXISTS home_sub_park_id');
  }
}
