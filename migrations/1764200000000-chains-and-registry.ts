import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CHAIN_MAP } from './data/chain-map-1764200000000.js';

/** The industry-chain map (seeded from the park's plan), the enterprise registry, background job runs and imports. */
export class ChainsAndRegistry1764200000000 implements MigrationInterface {
  name = 'ChainsAndRegistry1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE chains (code text PRIMARY KEY, name text NOT NULL, name_en text NOT NULL, sort int NOT NULL)`);
    await q.query(`
      CREATE TABLE chain_nodes (
        code text PRIMARY KEY,
        chain_code text NOT NULL REFERENCES chains(code),
        name text NOT NULL,
        segment text NOT NULL CHECK (segment IN ('UPSTREAM','MIDSTREAM','DOWNSTREAM')),
        parent_code text REFERENCES chain_nodes(code),
        weight int NOT NULL CHECK (weight BETWEEN 1 AND 5),
        target_count int NOT NULL DEFAULT 1 CHECK (target_count >= 0),
        bottleneck boolean NOT NULL DEFAULT false,
        keywords text[] NOT NULL DEFAULT '{}',
        sort int NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX chain_nodes_chain_idx ON chain_nodes (chain_code, sort)`);

    await q.query(`
      CREATE TABLE enterprises (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        uscc text COLLATE "C" NOT NULL UNIQUE,
        name text NOT NULL,
        status text NOT NULL CHECK (status IN ('IN_PARK','CANDIDATE')),
        sub_park_id bigint REFERENCES sub_parks(id),
        region text,
        founded_on date,
        registered_capital bigint CHECK (registered_capital >= 0),
        employees int CHECK (employees >= 0),
        tech_staff int CHECK (tech_staff >= 0),
        revenue bigint CHECK (revenue >= 0),
        revenue_prev_year bigint CHECK (revenue_prev_year >= 0),
        output bigint CHECK (output >= 0),
        rd_expense bigint CHECK (rd_expense >= 0),
        invention_patents int CHECK (invention_patents >= 0),
        high_value_patents int CHECK (high_value_patents >= 0),
        hightech_certified_on date,
        srdi_level text NOT NULL DEFAULT 'NONE' CHECK (srdi_level IN ('NONE','SRDI','LITTLE_GIANT')),
        listing_status text NOT NULL DEFAULT 'NONE' CHECK (listing_status IN ('NONE','STAR_RESERVE','LISTED','UNICORN')),
        financing_round text,
        financing_amount bigint CHECK (financing_amount >= 0),
        financing_date date,
        tags text[] NOT NULL DEFAULT '{}',
        expansion_signals text[] NOT NULL DEFAULT '{}',
        risk_status text NOT NULL DEFAULT 'NORMAL' CHECK (risk_status IN ('NORMAL','ABNORMAL','DISHONEST','DEREGISTERED','REVOKED')),
        contacts jsonb NOT NULL DEFAULT '[]',
        version int NOT NULL DEFAULT 1,
        -- millisecond precision: the updated-time keyset cursor round-trips through JS Dates exactly
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK (status = 'CANDIDATE' OR sub_park_id IS NOT NULL)
      )`);
    // One index per filter and sort the registry offers (see EnterpriseRepository).
    await q.query(`CREATE INDEX enterprises_name_idx ON enterprises (name, id)`);
    await q.query(`CREATE INDEX enterprises_updated_idx ON enterprises (updated_at DESC, id DESC)`);
    await q.query(`CREATE INDEX enterprises_status_name_idx ON enterprises (status, name, id)`);
    await q.query(`CREATE INDEX enterprises_sub_park_name_idx ON enterprises (sub_park_id, name, id) WHERE sub_park_id IS NOT NULL`);
    await q.query(`CREATE INDEX enterprises_listing_idx ON enterprises (listing_status, name, id) WHERE listing_status <> 'NONE'`);
    await q.query(`CREATE INDEX enterprises_name_trgm_idx ON enterprises USING gin (name gin_trgm_ops)`);
    await q.query(`CREATE INDEX enterprises_tags_idx ON enterprises USING gin (tags)`);

    await q.query(`
      CREATE TABLE enterprise_nodes (
        enterprise_id bigint NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
        node_code text NOT NULL REFERENCES chain_nodes(code) ON UPDATE CASCADE,
        role text NOT NULL DEFAULT 'SUPPORTING' CHECK (role IN ('CHAIN_LEADER','KEY','SUPPORTING')),
        PRIMARY KEY (enterprise_id, node_code)
      )`);
    await q.query(`CREATE INDEX enterprise_nodes_node_idx ON enterprise_nodes (node_code, enterprise_id)`);

    await q.query(`
      CREATE TABLE job_runs (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kind text NOT NULL,
        state text NOT NULL DEFAULT 'WAITING' CHECK (state IN ('WAITING','ACTIVE','COMPLETED','FAILED')),
        progress real NOT NULL DEFAULT 0,
        failed_reason text,
        result jsonb,
        created_by bigint REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE imports (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        job_run_id bigint REFERENCES job_runs(id),
        filename text,
        format text NOT NULL CHECK (format IN ('csv','xlsx')),
        content bytea,
        row_count int,
        created int NOT NULL DEFAULT 0,
        updated int NOT NULL DEFAULT 0,
        rejected int NOT NULL DEFAULT 0,
        errors jsonb NOT NULL DEFAULT '[]',
        created_by bigint REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    // Seeded idempotently: a node an administrator already edited is left as they left it.
    for (const [i, chain] of CHAIN_MAP.entries()) {
      await q.query(`INSERT INTO chains (code, name, name_en, sort) VALUES ($1, $2, $3, $4) ON CONFLICT (code) DO NOTHING`, [
        chain.code,
        chain.name,
        chain.nameEn,
        i,
      ]);
      for (const [j, n] of chain.nodes.entries()) {
        await q.query(
          `INSERT INTO chain_nodes (code, chain_code, name, segment, parent_code, weight, target_count, bottleneck, keywords, sort)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (code) DO NOTHING`,
          [n.code, chain.code, n.name, n.segment, n.parentCode, n.weight, n.targetCount, n.bottleneck, n.keywords, j],
        );
      }
    }
    await q.query('ANALYZE chains, chain_nodes');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['imports', 'job_runs', 'enterprise_nodes', 'enterprises', 'chain_nodes', 'chains']) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
  }
}
