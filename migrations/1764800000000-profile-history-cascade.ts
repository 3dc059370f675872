import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * profile_history is appended in bulk by the profiler, always for enterprises it has just read in the same
 * statement; its foreign key cost a lookup and a row lock per appended row (a tenth of a full recompute). The
 * cascade it gave is kept by a statement trigger on enterprises instead.
 */
export class ProfileHistoryCascade1764800000000 implements MigrationInterface {
  name = 'ProfileHistoryCascade1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE profile_history DROP CONSTRAINT profile_history_enterprise_id_fkey');
    await q.query(`
      CREATE FUNCTION profile_history_cascade() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM profile_history h USING gone WHERE h.enterprise_id = gone.id;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER enterprises_profile_history_cascade AFTER DELETE ON enterprises REFERENCING OLD TABLE AS gone
      FOR EACH STATEMENT EXECUTE FUNCTION profile_history_cascade()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION profile_history_cascade() CASCADE');
    await q.query('ALTER TABLE profile_history ADD CONSTRAINT profile_history_enterprise_id_fkey FOREIGN KEY (enterprise_id) REFERENCES enterprises(id) ON DELETE CASCADE');
  }
}
