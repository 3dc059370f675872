import { pinyin } from 'pinyin-pro';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const FIRST = 0x4e00;
const LAST = 0x9fa5;

/** The pinyin initial of every CJK unified ideograph U+4E00–U+9FA5 ('-' where pinyin-pro knows none). */
function initialsTable(): string[] {
  const out: string[] = [];
  for (let cp = FIRST; cp <= LAST; cp++) {
    const p = pinyin(String.fromCodePoint(cp), { pattern: 'first', toneType: 'none' });
    out.push(/^[a-z]$/i.test(p) ? p.toLowerCase() : '-');
  }
  return out;
}

/**
 * Officers type pinyin initials (“shhocb” for 上海海鸥船舶): `enterprises.name_initials` holds them, computed by
 * PostgreSQL itself from the name — a stored generated column, so every write path (forms, imports, COPY seeding)
 * fills it without knowing it exists. The table of initials (from pinyin-pro, most common reading) is a constant
 * bytea inside an IMMUTABLE function: one get_byte per character. Latin letters and digits are kept.
 */
export class NameInitials1765100000000 implements MigrationInterface {
  name = 'NameInitials1765100000000';

  async up(q: QueryRunner): Promise<void> {
    const table = Buffer.from(initialsTable().join(''), 'latin1').toString('hex');
    // A constant folded once per session into the caller's cached plan; get_byte is O(1).
    await q.query(`CREATE FUNCTION pinyin_initials_table() RETURNS bytea LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$ SELECT '\\x${table}'::bytea $fn$`);
    await q.query(`
      CREATE FUNCTION name_initials(name text) RETURNS text LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
      DECLARE
        initials CONSTANT bytea := pinyin_initials_table();
        out text := '';
        cp int;
        b int;
      BEGIN
        FOR i IN 1..length(name) LOOP
          cp := ascii(substr(name, i, 1));
          IF cp BETWEEN ${FIRST} AND ${LAST} THEN
            b := get_byte(initials, cp - ${FIRST});
            IF b <> 45 THEN out := out || chr(b); END IF;
          ELSIF cp BETWEEN 48 AND 57 OR cp BETWEEN 97 AND 122 THEN
            out := out || chr(cp);
          ELSIF cp BETWEEN 65 AND 90 THEN
            out := out || chr(cp + 32);
          END IF;
        END LOOP;
        RETURN out;
      END
      $fn$`);
    await q.query(`ALTER TABLE enterprises ADD COLUMN name_initials text GENERATED ALWAYS AS (name_initials(name)) STORED`);
    await q.query(`CREATE INDEX enterprises_name_initials_trgm_idx ON enterprises USING gin (name_initials gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE enterprises DROP COLUMN name_initials');
    await q.query('DROP FUNCTION name_initials(text)');
    await q.query('DROP FUNCTION pinyin_initials_table()');
  }
}
