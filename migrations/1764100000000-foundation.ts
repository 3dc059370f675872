import type { MigrationInterface, QueryRunner } from 'typeorm';
import { GROUPS, PARK, SUB_PARKS } from './data/park-1764100000000.js';

/** Platform tables (outbox, identity, audit) and the park's reference data: groups and sub-parks. */
export class Foundation1764100000000 implements MigrationInterface {
  name = 'Foundation1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      CREATE TABLE outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        job_name text NOT NULL,
        payload jsonb NOT NULL,
        dedupe_key text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        attempts int NOT NULL DEFAULT 0,
        last_error text
      )`);
    await q.query(`CREATE INDEX outbox_unsent_idx ON outbox (id) WHERE sent_at IS NULL`);

    await q.query(`CREATE TABLE parks (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, code text NOT NULL UNIQUE, name text NOT NULL)`);
    await q.query(`CREATE TABLE groups (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, code text NOT NULL UNIQUE, name text NOT NULL)`);
    await q.query(`
      CREATE TABLE sub_parks (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name text NOT NULL UNIQUE,
        group_id bigint REFERENCES groups(id)
      )`);
    await q.query(`CREATE INDEX sub_parks_group_idx ON sub_parks (group_id)`);

    await q.query(`
      CREATE TABLE users (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        email text NOT NULL UNIQUE,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('ADMIN','MANAGER','OFFICER','GROUP')),
        name text,
        group_id bigint REFERENCES groups(id),
        failed_logins int NOT NULL DEFAULT 0,
        locked_until timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE user_sub_parks (
        user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        sub_park_id bigint NOT NULL REFERENCES sub_parks(id),
        PRIMARY KEY (user_id, sub_park_id)
      )`);
    await q.query(`CREATE INDEX user_sub_parks_sub_park_idx ON user_sub_parks (sub_park_id)`);

    await q.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        actor_id bigint REFERENCES users(id),
        action text NOT NULL,
        entity text NOT NULL,
        entity_id text NOT NULL,
        changes jsonb NOT NULL DEFAULT '[]',
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id, id)`);
    await q.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, id)`);

    // Reference data, idempotent so a re-run (or a later seed migration) never duplicates it.
    await q.query(`INSERT INTO parks (code, name) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING`, [PARK.code, PARK.name]);
    for (const g of GROUPS) {
      await q.query(`INSERT INTO groups (code, name) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING`, [g.code, g.name]);
    }
    for (const p of SUB_PARKS) {
      await q.query(
        `INSERT INTO sub_parks (code, name, group_id) SELECT $1, $2, id FROM groups WHERE code = $3 ON CONFLICT (code) DO NOTHING`,
        [p.code, p.name, p.groupCode],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['audit_log', 'user_sub_parks', 'users', 'sub_parks', 'groups', 'parks', 'outbox']) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
  }
}
