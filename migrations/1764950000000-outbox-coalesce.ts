import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbox messages may ask to be coalesced over a window (a burst of profile writes → one gap analysis), and
 * sent rows are purged on a schedule: an index on sent_at keeps that purge from scanning the unsent.
 */
export class OutboxCoalesce1764950000000 implements MigrationInterface {
  name = 'OutboxCoalesce1764950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox ADD COLUMN coalesce_ms int CHECK (coalesce_ms IS NULL OR (coalesce_ms > 0 AND dedupe_key IS NOT NULL))`);
    await q.query(`CREATE INDEX outbox_sent_at_idx ON outbox (sent_at) WHERE sent_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX outbox_sent_at_idx`);
    await q.query(`ALTER TABLE outbox DROP COLUMN coalesce_ms`);
  }
}
