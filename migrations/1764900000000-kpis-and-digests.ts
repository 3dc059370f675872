import type { MigrationInterface, QueryRunner } from 'typeorm';
import { notifyOnChange } from './1764700000000-data-change-notify.js';

/**
 * KPIs against the plan and the weekly digest (周报): construction deliveries entered by an administrator, the digest
 * archive with its send state (one row per recipient and week: the unique key exactly-once rests on), and opt-outs.
 */
export class KpisAndDigests1764900000000 implements MigrationInterface {
  name = 'KpisAndDigests1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE kpi_deliveries (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kpi_code text NOT NULL CHECK (kpi_code IN ('NEW_FACTORY_M2','NEW_COMMERCIAL_M2','TALENT_APARTMENTS')),
        sub_park_id bigint REFERENCES sub_parks(id),
        quantity numeric(14,2) NOT NULL CHECK (quantity > 0),
        delivered_on date NOT NULL,
        note text,
        created_by bigint REFERENCES users(id),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX kpi_deliveries_code_idx ON kpi_deliveries (kpi_code, delivered_on)`);

    await q.query(`
      CREATE TABLE digests (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        recipient_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        week_start date NOT NULL CHECK (extract(isodow FROM week_start) = 1),
        audience text NOT NULL,
        sub_park_ids bigint[],
        stats jsonb NOT NULL,
        subject text NOT NULL,
        html text NOT NULL,
        text text NOT NULL,
        message_id text NOT NULL UNIQUE,
        send_state text NOT NULL DEFAULT 'PENDING'
          CHECK (send_state IN ('PENDING','SENDING','SENT','FAILED','UNCERTAIN','NOT_MAILED','OPTED_OUT')),
        send_attempts int NOT NULL DEFAULT 0,
        last_error text,
        smtp_response text,
        sending_started_at timestamptz(3),
        -- set just before the message is given to the SMTP server: a send interrupted after it is not resent blindly
        handed_over_at timestamptz(3),
        sent_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (recipient_id, week_start)
      )`);
    await q.query(`CREATE INDEX digests_week_idx ON digests (week_start DESC, id DESC)`);
    await q.query(`CREATE INDEX digests_unsent_idx ON digests (send_state) WHERE send_state IN ('PENDING','SENDING','FAILED')`);
    // The archive never changes: what was built (and mailed) is what stays readable.
    await q.query(`
      CREATE FUNCTION digests_archive_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.html IS DISTINCT FROM OLD.html OR NEW.text IS DISTINCT FROM OLD.text OR NEW.subject IS DISTINCT FROM OLD.subject
           OR NEW.stats IS DISTINCT FROM OLD.stats OR NEW.message_id IS DISTINCT FROM OLD.message_id
           OR NEW.recipient_id IS DISTINCT FROM OLD.recipient_id OR NEW.week_start IS DISTINCT FROM OLD.week_start THEN
          RAISE EXCEPTION 'digest % is archived and cannot change', OLD.id;
        END IF;
        IF OLD.send_state = 'SENT' AND NEW.send_state IS DISTINCT FROM 'SENT' THEN
          RAISE EXCEPTION 'digest % was sent; its send state is final', OLD.id;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER digests_archive_immutable BEFORE UPDATE ON digests FOR EACH ROW EXECUTE FUNCTION digests_archive_immutable()`);

    await q.query(`
      CREATE TABLE digest_opt_outs (
        user_id bigint PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        opted_out_at timestamptz(3) NOT NULL DEFAULT now()
      )`);

    // A digest reads one week of the pipeline: stage moves, new leads and new matches by time.
    await q.query('CREATE INDEX IF NOT EXISTS lead_stage_changes_at_idx ON lead_stage_changes (at)');
    await q.query('CREATE INDEX IF NOT EXISTS leads_created_idx ON leads (created_at)');
    await q.query('CREATE INDEX IF NOT EXISTS gap_matches_created_idx ON gap_matches (created_at)');
    // Stale leads longest idle first.
    await q.query('CREATE INDEX IF NOT EXISTS leads_stale_idle_idx ON leads ((greatest(last_activity_at, stage_entered_at)), id) WHERE stale');

    for (const t of ['kpi_deliveries', 'digests', 'digest_opt_outs']) await notifyOnChange(q, t);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['digest_opt_outs', 'digests', 'kpi_deliveries']) await q.query(`DROP TABLE IF EXISTS ${t}`);
    await q.query('DROP FUNCTION IF EXISTS digests_archive_immutable()');
    for (const i of ['lead_stage_changes_at_idx', 'leads_created_idx', 'gap_matches_created_idx', 'leads_stale_idle_idx']) await q.query(`DROP INDEX IF EXISTS ${i}`);
  }
}
