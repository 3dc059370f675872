import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Operational tables whose writes change no answer a cached query can give (progress, delivery, history of acts). */
export const UNWATCHED_TABLES = ['audit_log', 'job_runs', 'outbox', 'imports', 'migrations', 'login_attempts'];

/**
 * Tables written in bulk by background jobs whose statements often change nothing (a profile step whose inputs
 * did not move): they announce a change only when rows were written, which a transition table tells.
 */
const ONLY_REAL_CHANGES = ['enterprise_profiles', 'profile_history'];

/** Columns whose change is invisible to every query: a failed sign-in must not empty the cache. */
const QUIET_COLUMNS: Record<string, string[]> = { users: ['failed_logins', 'locked_until'] };

/**
 * What a migration that creates a table runs, so the API's response cache hears of its changes. Every table gets
 * one trigger named `<table>_data_changed` (more, suffixed, where it needs several).
 */
export async function notifyOnChange(q: QueryRunner, table: string): Promise<void> {
  if (ONLY_REAL_CHANGES.includes(table)) {
    // A transition table belongs to one event, so one trigger each; TRUNCATE has none.
    await q.query(`CREATE TRIGGER ${table}_data_changed AFTER INSERT ON ${table} REFERENCING NEW TABLE AS changed_rows
      FOR EACH STATEMENT EXECUTE FUNCTION lz_notify_rows_changed()`);
    await q.query(`CREATE TRIGGER ${table}_data_changed_u AFTER UPDATE ON ${table} REFERENCING NEW TABLE AS changed_rows
      FOR EACH STATEMENT EXECUTE FUNCTION lz_notify_rows_changed()`);
    await q.query(`CREATE TRIGGER ${table}_data_changed_d AFTER DELETE ON ${table} REFERENCING OLD TABLE AS changed_rows
      FOR EACH STATEMENT EXECUTE FUNCTION lz_notify_rows_changed()`);
    await q.query(`CREATE TRIGGER ${table}_data_changed_t AFTER TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION lz_notify_data_changed()`);
    return;
  }
  const quiet = QUIET_COLUMNS[table];
  if (quiet) {
    const columns: { column_name: string }[] = await q.query(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 AND NOT (column_name = ANY($2)) ORDER BY ordinal_position`,
      [table, quiet],
    );
    await q.query(`CREATE TRIGGER ${table}_data_changed AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF ${columns.map((c) => c.column_name).join(', ')} ON ${table}
      FOR EACH STATEMENT EXECUTE FUNCTION lz_notify_data_changed()`);
    return;
  }
  await q.query(`CREATE TRIGGER ${table}_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
    FOR EACH STATEMENT EXECUTE FUNCTION lz_notify_data_changed()`);
}

/**
 * Every committed change of the data tells listeners on the channel `lz_data_changed` (DataEpoch in the API), so
 * cached responses are dropped the moment they could be stale. NOTIFY is transactional: it is delivered at commit,
 * never for a rollback, and PostgreSQL folds a transaction's identical notifications into one. Statement-level
 * triggers keep it to one call per statement however many rows it writes.
 */
export class DataChangeNotify1764700000000 implements MigrationInterface {
  name = 'DataChangeNotify1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION lz_notify_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('lz_data_changed', '');
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION lz_notify_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM changed_rows) THEN
          PERFORM pg_notify('lz_data_changed', '');
        END IF;
        RETURN NULL;
      END $$`);
    const tables: { tablename: string }[] = await q.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND NOT (tablename = ANY($1)) ORDER BY tablename`,
      [UNWATCHED_TABLES],
    );
    for (const { tablename } of tables) await notifyOnChange(q, tablename);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION lz_notify_data_changed() CASCADE');
    await q.query('DROP FUNCTION lz_notify_rows_changed() CASCADE');
  }
}
