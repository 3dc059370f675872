import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The plan's KPIs read every in-park firm (libs/enterprises/src/registry-figures.repository.ts). Two things made that
 * scan cost 3× a plain aggregate: a probe of enterprise_nodes per firm ("is it on a chain?") and a heap visit per firm.
 * `on_chain` keeps the answer on the row — written by every writer of enterprise_nodes in the same statement or
 * transaction (the registry's create/update, the bulk import, the demo seed) — and a covering partial index holds
 * exactly the columns the figures sum, so the scan reads the index alone.
 *
 * The digest archive keeps ~75 KB of HTML per recipient; lz4 compresses it several times faster than pglz.
 */
export class KpiFigures1765360000000 implements MigrationInterface {
  name = 'KpiFigures1765360000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE enterprises ADD COLUMN on_chain boolean NOT NULL DEFAULT false`);
    await q.query(`UPDATE enterprises e SET on_chain = true WHERE EXISTS (SELECT 1 FROM enterprise_nodes n WHERE n.enterprise_id = e.id)`);
    await q.query(`CREATE INDEX enterprises_in_park_figures_idx ON enterprises (sub_park_id)
      INCLUDE (hightech_certified_on, output, on_chain, listing_status, employees, rd_expense, revenue, high_value_patents)
      WHERE status = 'IN_PARK'`);
    // A server built without lz4 keeps pglz: the same archive, compressed more slowly.
    await q.query(`DO $$ BEGIN
      ALTER TABLE digests ALTER COLUMN html SET COMPRESSION lz4, ALTER COLUMN text SET COMPRESSION lz4;
    EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN NULL; END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX enterprises_in_park_figures_idx`);
    await q.query(`ALTER TABLE enterprises DROP COLUMN on_chain`);
  }
}
