import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The board's column totals kept per statement instead of per row. A row trigger wrote one new version of a totals
 * row for every lead an import or bulk update touched, all inside one transaction where none could be pruned: 100,000
 * leads left 36 live rows in 6 MB, and every board then scanned all of it (3 ms instead of 0.05 ms) for good, since
 * VACUUM does not give the pages back. Statement triggers read the changed rows from transition tables and apply one
 * summed delta per (sub-park, stage): a statement writes each totals row at most once, however many leads it moves.
 * The table is rebuilt here, which also returns the space an earlier bulk load took.
 */
export class LeadStageTotalsPerStatement1765500000000 implements MigrationInterface {
  name = 'LeadStageTotalsPerStatement1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER leads_totals_update ON leads');
    await q.query('DROP TRIGGER leads_totals_insert_delete ON leads');
    await q.query('DROP FUNCTION lead_stage_totals_apply()');
    // One function for the three triggers (PostgreSQL allows transition tables only on single-event triggers); the
    // rows that did not change what the totals count add nothing and write nothing.
    await q.query(`
      CREATE FUNCTION lead_stage_totals_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO lead_stage_totals AS t (sub_park_id, stage, count, expected_investment)
          SELECT sub_park_id, stage, count(*), coalesce(sum(expected_investment), 0) FROM new_rows GROUP BY sub_park_id, stage
          ON CONFLICT (sub_park_id, stage) DO UPDATE
            SET count = t.count + EXCLUDED.count, expected_investment = t.expected_investment + EXCLUDED.expected_investment;
        ELSIF TG_OP = 'DELETE' THEN
          UPDATE lead_stage_totals t SET count = t.count - d.count, expected_investment = t.expected_investment - d.sum
          FROM (SELECT sub_park_id, stage, count(*) AS count, coalesce(sum(expected_investment), 0) AS sum FROM old_rows GROUP BY sub_park_id, stage) d
          WHERE t.sub_park_id = d.sub_park_id AND t.stage = d.stage;
        ELSE
          INSERT INTO lead_stage_totals AS t (sub_park_id, stage, count, expected_investment)
          SELECT sub_park_id, stage, sum(n), sum(e) FROM (
            SELECT o.sub_park_id, o.stage, -1 AS n, -coalesce(o.expected_investment, 0) AS e, o.id FROM old_rows o
            UNION ALL
            SELECT n.sub_park_id, n.stage, 1, coalesce(n.expected_investment, 0), n.id FROM new_rows n
          ) d
          WHERE EXISTS (
            SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
            WHERE o.id = d.id AND (o.stage, o.sub_park_id, o.expected_investment) IS DISTINCT FROM (n.stage, n.sub_park_id, n.expected_investment))
          GROUP BY sub_park_id, stage
          HAVING sum(n) <> 0 OR sum(e) <> 0
          ON CONFLICT (sub_park_id, stage) DO UPDATE
            SET count = t.count + EXCLUDED.count, expected_investment = t.expected_investment + EXCLUDED.expected_investment;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER leads_totals_insert AFTER INSERT ON leads REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION lead_stage_totals_apply()`);
    await q.query(`CREATE TRIGGER leads_totals_delete AFTER DELETE ON leads REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION lead_stage_totals_apply()`);
    // No column list: PostgreSQL refuses one beside transition tables. An update that changes none of the three is
    // filtered out inside, at the cost of reading its own rows.
    await q.query(`CREATE TRIGGER leads_totals_update AFTER UPDATE ON leads
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_stage_totals_apply()`);
    await q.query('TRUNCATE lead_stage_totals');
    await q.query(`
      INSERT INTO lead_stage_totals (sub_park_id, stage, count, expected_investment)
      SELECT sub_park_id, stage, count(*), coalesce(sum(expected_investment), 0) FROM leads GROUP BY sub_park_id, stage`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER leads_totals_update ON leads');
    await q.query('DROP TRIGGER leads_totals_delete ON leads');
    await q.query('DROP TRIGGER leads_totals_insert ON leads');
    await q.query('DROP FUNCTION lead_stage_totals_apply()');
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
  }
}
