import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The lead pipeline (招商项目): leads, their stage history, activities, tasks, idle limits per stage, notifications. */
export class Leads1764400000000 implements MigrationInterface {
  name = 'Leads1764400000000';

  async up(q: QueryRunner): Promise<void> {
    const stages = `('CLUE','CONTACTED','NEGOTIATING','AGREEMENT','SIGNED','REGISTERED','PRODUCING','ON_HOLD','LOST')`;
    await q.query(`
      CREATE TABLE leads (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        enterprise_id bigint NOT NULL REFERENCES enterprises(id),
        title text NOT NULL,
        stage text NOT NULL DEFAULT 'CLUE' CHECK (stage IN ${stages}),
        owner_id bigint REFERENCES users(id),
        sub_park_id bigint NOT NULL REFERENCES sub_parks(id),
        source text NOT NULL DEFAULT '自拓',
        node_code text REFERENCES chain_nodes(code) ON UPDATE CASCADE,
        expected_investment bigint CHECK (expected_investment >= 0),
        fixed_asset_investment bigint CHECK (fixed_asset_investment >= 0),
        land_mu numeric(12,2) CHECK (land_mu >= 0),
        floor_space_m2 numeric(14,2) CHECK (floor_space_m2 >= 0),
        expected_output bigint CHECK (expected_output >= 0),
        expected_tax bigint CHECK (expected_tax >= 0),
        expected_jobs int CHECK (expected_jobs >= 0),
        priority text NOT NULL DEFAULT 'MEDIUM' CHECK (priority IN ('HIGH','MEDIUM','LOW')),
        next_follow_up date,
        hold_reason text,
        loss_reason text,
        stale boolean NOT NULL DEFAULT false,
        stage_entered_at timestamptz(3) NOT NULL DEFAULT now(),
        last_activity_at timestamptz(3),
        version int NOT NULL DEFAULT 1,
        created_by bigint REFERENCES users(id),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    // Board columns and lists page by (updated_at, id) within what a caller may see.
    await q.query(`CREATE INDEX leads_stage_updated_idx ON leads (stage, updated_at DESC, id DESC)`);
    await q.query(`CREATE INDEX leads_sub_park_stage_idx ON leads (sub_park_id, stage, updated_at DESC, id DESC)`);
    await q.query(`CREATE INDEX leads_updated_idx ON leads (updated_at DESC, id DESC)`);
    await q.query(`CREATE INDEX leads_owner_idx ON leads (owner_id, updated_at DESC, id DESC)`);
    await q.query(`CREATE INDEX leads_enterprise_idx ON leads (enterprise_id, updated_at DESC, id DESC)`);
    await q.query(`CREATE INDEX leads_node_idx ON leads (node_code)`);
    await q.query(`CREATE INDEX leads_stale_idx ON leads (sub_park_id) WHERE stale`);
    await q.query(`CREATE INDEX leads_title_trgm_idx ON leads USING gin (title gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE lead_stage_changes (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        lead_id bigint NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
        from_stage text,
        to_stage text NOT NULL,
        reason text,
        actor_id bigint REFERENCES users(id),
        at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX lead_stage_changes_lead_idx ON lead_stage_changes (lead_id, at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE lead_activities (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        lead_id bigint NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
        type text NOT NULL CHECK (type IN ('VISIT','CALL','MEETING','NOTE')),
        occurred_at timestamptz(3) NOT NULL,
        summary text NOT NULL,
        participants text[] NOT NULL DEFAULT '{}',
        next_step text,
        actor_id bigint REFERENCES users(id),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX lead_activities_lead_idx ON lead_activities (lead_id, occurred_at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE lead_tasks (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        lead_id bigint NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
        title text NOT NULL,
        assignee_id bigint REFERENCES users(id),
        due_on date NOT NULL,
        done_at timestamptz(3),
        created_by bigint REFERENCES users(id),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX lead_tasks_lead_idx ON lead_tasks (lead_id, due_on, id)`);
    await q.query(`CREATE INDEX lead_tasks_open_idx ON lead_tasks (assignee_id, due_on) WHERE done_at IS NULL`);

    await q.query(`CREATE TABLE stage_idle_limits (stage text PRIMARY KEY CHECK (stage IN ${stages}), max_idle_days int CHECK (max_idle_days > 0))`);
    await q.query(`INSERT INTO stage_idle_limits (stage, max_idle_days) VALUES
      ('CLUE', 30), ('CONTACTED', 21), ('NEGOTIATING', 14), ('AGREEMENT', 21), ('SIGNED', 30), ('REGISTERED', 60),
      ('PRODUCING', NULL), ('ON_HOLD', NULL), ('LOST', NULL) ON CONFLICT DO NOTHING`);

    await q.query(`
      CREATE TABLE notifications (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL,
        title text NOT NULL,
        body text,
        lead_id bigint REFERENCES leads(id) ON DELETE CASCADE,
        dedupe_key text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        read_at timestamptz(3),
        UNIQUE (user_id, dedupe_key)
      )`);
    await q.query(`CREATE INDEX notifications_user_idx ON notifications (user_id, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['notifications', 'stage_idle_limits', 'lead_tasks', 'lead_activities', 'lead_stage_changes', 'leads']) await q.query(`DROP TABLE IF EXISTS ${t}`);
  }
}
