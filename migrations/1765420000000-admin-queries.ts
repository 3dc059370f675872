import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the administration pages filter by (issue 14, item 5):
 * - users: a token version (an administrator's password reset moves it on, and every token signed before stops
 *   working at once, the way deactivation does — the trigger below tells every API process); the user list searches
 *   name and e-mail by substring and filters by role.
 * - job_runs: the job list filters by kind and by state, newest first.
 * - audit_log: the log filters by date range (Asia/Shanghai days, compared as instants), newest first.
 */
export class AdminQueries1765420000000 implements MigrationInterface {
  name = 'AdminQueries1765420000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN token_version int NOT NULL DEFAULT 0`);
    await q.query('DROP TRIGGER users_identity_changed ON users');
    await q.query(`CREATE TRIGGER users_identity_changed AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF role, group_id, deactivated_at, email, token_version ON users
      FOR EACH STATEMENT EXECUTE FUNCTION lz_notify_identity_changed()`);
    await q.query(`CREATE INDEX users_name_trgm_idx ON users USING gin (name gin_trgm_ops)`);
    await q.query(`CREATE INDEX users_email_trgm_idx ON users USING gin (email gin_trgm_ops)`);
    await q.query(`CREATE INDEX users_role_idx ON users (role, id)`);
    await q.query(`CREATE INDEX job_runs_kind_idx ON job_runs (kind, id)`);
    await q.query(`CREATE INDEX job_runs_state_idx ON job_runs (state, id)`);
    await q.query(`CREATE INDEX audit_log_at_idx ON audit_log (at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const i of ['audit_log_at_idx', 'job_runs_state_idx', 'job_runs_kind_idx', 'users_role_idx', 'users_email_trgm_idx', 'users_name_trgm_idx']) {
      await q.query(`DROP INDEX IF EXISTS ${i}`);
    }
    await q.query('DROP TRIGGER users_identity_changed ON users');
    await q.query(`CREATE TRIGGER users_identity_changed AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF role, group_id, deactivated_at, email ON users
      FOR EACH STATEMENT EXECUTE FUNCTION lz_notify_identity_changed()`);
    await q.query('ALTER TABLE users DROP COLUMN token_version');
  }
}
