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

export function upwardImports(): string[] {
  const found: string[] = [];
  for (const file of walk(libsDir)) {
    const from = libOf(file)!;
    if (!rank.has(from)) continue;
    const src = readFileSync(file, 'utf8');
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
 * Files that still name another lib's tables in their SQL, each for a reason; the list may only shrink. The
 * set-based engines join across libs inside one statement (README, "Set-based engines"); the others are
 * reference-data checks and reads still to move behind the owner's repository.
 */
const CROSS_TABLE_READS_TO_MOVE = new Set([
  'profiles/src/profile-facts.ts', // one statement per 5,000 ids scores everything
  'profiles/src/profiler.service.ts', // checkpoints in job_runs, id bounds of enterprises
  'gaps/src/gap-analysis.service.ts', // one statement per analysis
  'gaps/src/gap-match-reads.ts',
  'gaps/src/gaps.service.ts',
  'digests/src/digests.service.ts',
  'digests/src/kpis.service.ts', // one grouped scan per KPI set
  'enterprises/src/enterprise-query.ts', // score filter and sort join the profiles
  'enterprises/src/import/enterprise-import.service.ts',
  'enterprises/src/demo/seed-demo.ts',
]);

export function crossTableSql(): string[] {
  const owner = new Map(Object.entries(OWNED_TABLES).flatMap(([lib, tables]) => tables.map((t) => [t, lib] as const)));
  const found = new Set<string>();
  for (const file of walk(libsDir).filter((f) => !f.endsWith('.spec.ts'))) {
    const rel = relative(libsDir, file);
    const lib = libOf(file)!;
    if (CROSS_TABLE_READS_TO_MOVE.has(rel)) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(/\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+([a-z_]+)/g)) {
      const o = owner.get(m[1]);
      if (o && o !== lib) found.add(`${rel} names ${m[1]} (owned by ${o})`);
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

  it("no lib writes SQL against another lib's tables (beyond the listed files still to move)", () => {
    expect(crossTableSql()).toEqual([]);
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
