import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Operational tables whose writes change no answer a cached query can give (progress, delivery, history of acts). */
export const UNWATCHED_TABLES = ['audit_log', 'job_runs', 'outbox', 'imports', 'migrations'];

/** What a migration that creates a table runs, so the API's response cache hears of its changes. */
export async function notifyOnChange(q: QueryRunner, table: string): Promise<void> {
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
    const tables: { tablename: string }[] = await q.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND NOT (tablename = ANY($1)) ORDER BY tablename`,
      [UNWATCHED_TABLES],
    );
    for (const { tablename } of tables) await notifyOnChange(q, tablename);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION lz_notify_data_changed() CASCADE');
  }
}
