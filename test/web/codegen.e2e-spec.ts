import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from '@jest/globals';

const run = promisify(execFile);

describe('web: generated GraphQL types', () => {
  it('match the committed schema.graphql and the operations (run `npm run codegen:web` after changing either)', async () => {
    const bin = join(process.cwd(), 'node_modules/.bin/graphql-codegen');
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    const result = await run(bin, ['--config', 'codegen.yml', '--check'], { cwd: join(process.cwd(), 'apps/web'), env }).then(
      () => ({ ok: true, output: '' }),
      (e: { stdout?: string; stderr?: string }) => ({ ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` }),
    );
    expect(result.output.match(/stale files[\s\S]*/)?.[0] ?? (result.ok ? '' : result.output)).toBe('');
    expect(result.ok).toBe(true);
  });
});
