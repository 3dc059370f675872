import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';

/**
 * Libraries depend one way, lower to higher (README, Architecture). A lib may import its own files and
 * those of a lower lib; an import of a higher (or same-rank sibling) lib fails here with the offending line.
 */
const ORDER: string[][] = [
  ['platform'],
  ['identity'],
  ['audit', 'job-runs'],
  ['chains'],
  ['enterprises'],
  ['leads'],
  ['profiles'],
  ['gaps'],
  ['digests'],
];
const rank = new Map(ORDER.flatMap((libs, i) => libs.map((l) => [l, i] as const)));
const libsDir = dirname(fileURLToPath(import.meta.url));

const walk = (d: string): string[] =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.ts') ? [join(d, e.name)] : []));
const libOf = (file: string): string | undefined => relative(libsDir, file).split('/')[0];

interface Source {
  file: string;
  src: string;
}
/** Every file of every lib (specs too), read once. */
const libSources = (): Source[] =>
  walk(libsDir).filter((f) => rank.has(libOf(f)!)).map((file) => ({ file, src: readFileSync(file, 'utf8') }));

export function upwardImports(sources: Source[] = libSources()): string[] {
  const found: string[] = [];
  for (const { file, src } of sources) {
    const from = libOf(file)!;
    for (const m of src.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
      const to = libOf(resolve(dirname(file), m[1]));
      if (!to || to === from || to.startsWith('..') || !rank.has(to)) continue;
      if (rank.get(to)! >= rank.get(from)!) found.push(`${relative(libsDir, file)} imports ${to} (${m[1]})`);
    }
  }
  return found;
}

/** Which lib owns each table (README, Architecture); only the owner writes SQL naming it. */
const OWNED_TABLES: Record<string, string[]> = {
  platform: ['outbox', 'audit_log'],
  identity: ['users', 'user_sub_parks', 'groups', 'sub_parks', 'parks', 'login_attempts'],
  'job-runs': ['job_runs'],
  chains: ['chains', 'chain_nodes', 'chain_node_needs'],
  enterprises: ['enterprises', 'enterprise_nodes', 'imports'],
  leads: ['leads', 'lead_activities', 'lead_stage_changes', 'lead_tasks', 'lead_stage_totals', 'stage_idle_limits', 'notifications'],
  profiles: ['enterprise_profiles', 'profile_history', 'profiling_models'],
  gaps: ['chain_gaps', 'gap_matches', 'gap_runs', 'lead_assignment_turns', 'app_settings'],
  digests: ['digests', 'digest_opt_outs', 'kpi_deliveries'],
};

/**
 * SQL naming a table of another lib. A lib reads another's tables in set-based SQL through the relations the owner
 * publishes (`chainNodesRel('cn')` in chains/src/chain-sql.ts, …): a relations file names only its own lib's
 * tables, and a consumer's SQL names none of the owner's, so every lib file is scanned.
 */
export function crossTableSql(sources: Source[] = libSources()): string[] {
  const owner = new Map(Object.entries(OWNED_TABLES).flatMap(([lib, tables]) => tables.map((t) => [t, lib] as const)));
  const found = new Set<string>();
  for (const { file, src } of sources) {
    const lib = libOf(file)!;
    for (const m of src.matchAll(/\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+([a-z_]+)/g)) {
      const o = owner.get(m[1]);
      if (o && o !== lib) found.add(`${relative(libsDir, file)} names ${m[1]} (owned by ${o})`);
    }
  }
  return [...found];
}

describe('library layering', () => {
  it('every lib is placed in the order', () => {
    const libs = readdirSync(libsDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(libs.filter((l) => !rank.has(l))).toEqual([]);
  });

  it('no lib imports a lib at its own rank or above', () => {
    expect(upwardImports()).toEqual([]);
  });

  it('an upward import is caught', () => {
    const probe = { file: join(libsDir, 'enterprises/src/probe.ts'), src: "import { profileScoresRel } from '../../profiles/src/profile-sql.js';" };
    expect(upwardImports([probe])).toEqual(['enterprises/src/probe.ts imports profiles (../../profiles/src/profile-sql.js)']);
  });

  it("no lib writes SQL against another lib's tables", () => {
    expect(crossTableSql()).toEqual([]);
  });

  it("SQL naming another lib's table is caught, a relation of it is not", () => {
    const probe = { file: join(libsDir, 'gaps/src/probe.ts'), src: "`SELECT e.id FROM enterprises e JOIN ${chainNodesRel('cn')} ON true JOIN gap_matches m ON true`" };
    expect(crossTableSql([probe])).toEqual(['gaps/src/probe.ts names enterprises (owned by enterprises)']);
  });

  it('every table a migration creates has an owner', () => {
    const migrations = join(libsDir, '..', 'migrations');
    const created = walk(migrations).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/CREATE TABLE (?:IF NOT EXISTS )?([a-z_]+)/g)].map((m) => m[1]));
    const owned = new Set(Object.values(OWNED_TABLES).flat());
    expect([...new Set(created)].filter((t) => !owned.has(t))).toEqual([]);
  });

  it('no migration imports live lib code (its data are literals, frozen with it)', () => {
    const migrations = join(libsDir, '..', 'migrations');
    const offenders = walk(migrations).filter((f) => /from\s+'(\.\.\/)+libs\//.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(migrations, f))).toEqual([]);
  });
});
