import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in throttling (libs/identity/src/auth.service.ts): failed attempts counted per account and client address and
 * per client address, in one row each, counted before the password is checked so parallel guesses cannot overtake
 * the count. An operational table: its writes change no answer (not watched for the response cache).
 *
 * Who a caller is, checked per request (libs/identity/src/access-cache.ts): users can be deactivated, and every
 * committed change of what a scope is made of — a user's role, group, activity or sub-parks, which group runs a
 * sub-park — tells the API on `lz_identity_changed`, so its cache of callers is dropped at once.
 */
export class IdentityChecks1765300000000 implements MigrationInterface {
  name = 'IdentityChecks1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN deactivated_at timestamptz`);
    await q.query(`CREATE TABLE login_attempts (key text PRIMARY KEY, failures int NOT NULL, window_until timestamptz NOT NULL)`);
    await q.query(`
      CREATE FUNCTION lz_notify_identity_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('lz_identity_changed', '');
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER users_identity_changed AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF role, group_id, deactivated_at, email ON users
      FOR EACH STATEMENT EXECUTE FUNCTION lz_notify_identity_changed()`);
    await q.query(`CREATE TRIGGER user_sub_parks_identity_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON user_sub_parks
      FOR EACH STATEMENT EXECUTE FUNCTION lz_notify_identity_changed()`);
    await q.query(`CREATE TRIGGER sub_parks_identity_changed AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF group_id ON sub_parks
      FOR EACH STATEMENT EXECUTE FUNCTION lz_notify_identity_changed()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER IF EXISTS sub_parks_identity_changed ON sub_parks');
    await q.query('DROP TRIGGER IF EXISTS user_sub_parks_identity_changed ON user_sub_parks');
    await q.query('DROP TRIGGER IF EXISTS users_identity_changed ON users');
    await q.query('DROP FUNCTION IF EXISTS lz_notify_identity_changed()');
    await q.query('DROP TABLE IF EXISTS login_attempts');
    await q.query('ALTER TABLE users DROP COLUMN deactivated_at');
  }
}
