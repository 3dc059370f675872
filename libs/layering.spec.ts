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

describe('library layering', () => {
  it('every lib is placed in the order', () => {
    const libs = readdirSync(libsDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(libs.filter((l) => !rank.has(l))).toEqual([]);
  });

  it('no lib imports a lib at its own rank or above', () => {
    expect(upwardImports()).toEqual([]);
  });

  it('no migration imports live lib code (its data are literals, frozen with it)', () => {
    const migrations = join(libsDir, '..', 'migrations');
    const offenders = walk(migrations).filter((f) => /from\s+'(\.\.\/)+libs\//.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(migrations, f))).toEqual([]);
  });
});
