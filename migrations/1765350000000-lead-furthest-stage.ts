import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The furthest stage a lead has reached on the forward path (线索 1 … 开工投产 7), kept on the lead by a BEFORE trigger
 * whenever its stage is set: it never goes down (moving back, pausing or losing a lead keeps it), and a skipped stage
 * counts as passed. The cockpit's funnel ("how many ever reached stage N") is then one grouped read of the leads
 * instead of a pass over their whole stage history. Existing leads are filled from their history.
 */
export class LeadFurthestStage1765350000000 implements MigrationInterface {
  name = 'LeadFurthestStage1765350000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION lead_stage_pos(stage text) RETURNS smallint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT array_position(ARRAY['CLUE','CONTACTED','NEGOTIATING','AGREEMENT','SIGNED','REGISTERED','PRODUCING'], stage)::smallint
      $$`);
    await q.query(`ALTER TABLE leads ADD COLUMN furthest_stage_pos smallint CHECK (furthest_stage_pos BETWEEN 1 AND 7)`);
    await q.query(`
      CREATE FUNCTION leads_furthest_stage_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          NEW.furthest_stage_pos := greatest(NEW.furthest_stage_pos, lead_stage_pos(NEW.stage));
        ELSE
          NEW.furthest_stage_pos := greatest(OLD.furthest_stage_pos, NEW.furthest_stage_pos, lead_stage_pos(NEW.stage));
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER leads_furthest_stage BEFORE INSERT OR UPDATE OF stage ON leads FOR EACH ROW EXECUTE FUNCTION leads_furthest_stage_apply()`);
    await q.query(`
      UPDATE leads l SET furthest_stage_pos = greatest(lead_stage_pos(l.stage), h.pos)
      FROM (SELECT l2.id, (SELECT max(lead_stage_pos(c.to_stage)) FROM lead_stage_changes c WHERE c.lead_id = l2.id) AS pos FROM leads l2) h
      WHERE h.id = l.id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER IF EXISTS leads_furthest_stage ON leads');
    await q.query('DROP FUNCTION IF EXISTS leads_furthest_stage_apply()');
    await q.query('ALTER TABLE leads DROP COLUMN IF EXISTS furthest_stage_pos');
    await q.query('DROP FUNCTION IF EXISTS lead_stage_pos(text)');
  }
}
