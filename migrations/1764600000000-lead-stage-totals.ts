import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Running totals per sub-park and stage, kept by triggers on leads, so the board's column counts and sums cost a
 * few rows instead of a scan of every lead. Filtered pipelines (owner, chain, text, …) still aggregate the leads.
 */
export class LeadStageTotals1764600000000 implements MigrationInterface {
  name = 'LeadStageTotals1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE lead_stage_totals (
        sub_park_id bigint NOT NULL,
        stage text NOT NULL,
        count int NOT NULL DEFAULT 0,
        expected_investment bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (sub_park_id, stage)
      )`);
    await q.query(`
      CREATE FUNCTION lead_stage_totals_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          INSERT INTO lead_stage_totals AS t (sub_park_id, stage, count, expected_investment)
          VALUES (OLD.sub_park_id, OLD.stage, -1, -coalesce(OLD.expected_investment, 0))
          ON CONFLICT (sub_park_id, stage) DO UPDATE
            SET count = t.count - 1, expected_investment = t.expected_investment - coalesce(OLD.expected_investment, 0);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO lead_stage_totals AS t (sub_park_id, stage, count, expected_investment)
          VALUES (NEW.sub_park_id, NEW.stage, 1, coalesce(NEW.expected_investment, 0))
          ON CONFLICT (sub_park_id, stage) DO UPDATE
            SET count = t.count + 1, expected_investment = t.expected_investment + coalesce(NEW.expected_investment, 0);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER leads_totals_insert_delete AFTER INSERT OR DELETE ON leads FOR EACH ROW EXECUTE FUNCTION lead_stage_totals_apply()`);
    await q.query(`
      CREATE TRIGGER leads_totals_update AFTER UPDATE OF stage, sub_park_id, expected_investment ON leads FOR EACH ROW
      WHEN (OLD.stage IS DISTINCT FROM NEW.stage OR OLD.sub_park_id IS DISTINCT FROM NEW.sub_park_id
            OR OLD.expected_investment IS DISTINCT FROM NEW.expected_investment)
      EXECUTE FUNCTION lead_stage_totals_apply()`);
    await q.query(`
      INSERT INTO lead_stage_totals (sub_park_id, stage, count, expected_investment)
      SELECT sub_park_id, stage, count(*), coalesce(sum(expected_investment), 0) FROM leads GROUP BY sub_park_id, stage`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER IF EXISTS leads_totals_update ON leads');
    await q.query('DROP TRIGGER IF EXISTS leads_totals_insert_delete ON leads');
    await q.query('DROP FUNCTION IF EXISTS lead_stage_totals_apply()');
    await q.query('DROP TABLE IF EXISTS lead_stage_totals');
  }
}
