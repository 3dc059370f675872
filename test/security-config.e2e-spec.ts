import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import jwt from 'jsonwebtoken';
import { ConfigError, loadConfig } from '../libs/platform/src/index.js';
import { Harness } from './support/harness.js';

/** Runs a compiled entry point (npm test builds first) with exactly this environment and collects how it ended. */
function run(script: string, env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['JWT_SECRET', 'ADMIN_PASSWORD', 'NODE_ENV', 'NODE_OPTIONS'].includes(k)));
    const child = spawn(process.execPath, [script], { env: { ...base, ...env } as NodeJS.ProcessEnv });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

// Nothing listens here: a configuration that passes fails next, on PostgreSQL, which shows it passed.
const UNREACHABLE = { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/lianzhao', REDIS_URL: 'redis://127.0.0.1:1' };
const GOOD_SECRET = 'q3J7c1Vn0xw9ZbLk2mYt8RrA5sD4fG6h';
const GOOD_PASSWORD = 'a-long-admin-password';

describe('production configuration (issue 11, item 2)', () => {
  const refused = async (env: Record<string, string>, variable: RegExp) => {
    const res = await run('dist/apps/api/src/main.js', { NODE_ENV: 'production', ...UNREACHABLE, ...env });
    expect(res.code).toBe(1);
    const lines = res.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Invalid configuration/);
    expect(lines[0]).toMatch(variable);
  };

  it('refuses to start without JWT_SECRET', () => refused({ ADMIN_PASSWORD: GOOD_PASSWORD }, /JWT_SECRET: must be set in production/));
  it('refuses the development default secret and the one compose used to carry', async () => {
    await refused({ JWT_SECRET: 'lianzhao-dev-secret-change-me', ADMIN_PASSWORD: GOOD_PASSWORD }, /JWT_SECRET: is a published default/);
    await refused({ JWT_SECRET: 'change-this-secret-in-production', ADMIN_PASSWORD: GOOD_PASSWORD }, /JWT_SECRET: is a published default/);
  });
  it('refuses a short secret', () => refused({ JWT_SECRET: 'x'.repeat(24), ADMIN_PASSWORD: GOOD_PASSWORD }, /JWT_SECRET: must be at least 32 characters/));
  it('refuses the default administrator password, set or left to its default', async () => {
    await refused({ JWT_SECRET: GOOD_SECRET, ADMIN_PASSWORD: 'lianzhao-admin' }, /ADMIN_PASSWORD: is the published default/);
    await refused({ JWT_SECRET: GOOD_SECRET }, /ADMIN_PASSWORD: is the published default/);
  });
  it('names every problem in the one line', async () => {
    await refused({}, /JWT_SECRET: must be set.*ADMIN_PASSWORD: is the published default/);
  });

  it('starts with its own secret and password (and then needs PostgreSQL)', async () => {
    const res = await run('dist/apps/api/src/main.js', { NODE_ENV: 'production', ...UNREACHABLE, JWT_SECRET: GOOD_SECRET, ADMIN_PASSWORD: GOOD_PASSWORD });
    expect(res.code).toBe(1);
    expect(res.stderr.trim()).toMatch(/PostgreSQL is not reachable/);
  });

  it('keeps development and test as they were: defaults work there', () => {
    expect(() => loadConfig({ NODE_ENV: 'development' })).not.toThrow();
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
  });

  it('makes the compose file ask for the secret and the password instead of carrying them, and restart crashed services', () => {
    const compose = readFileSync('docker-compose.yml', 'utf8');
    expect(compose).not.toMatch(/change-this-secret|lianzhao-admin/);
    expect(compose).toMatch(/JWT_SECRET: \$\{JWT_SECRET:\?/);
    expect(compose).toMatch(/ADMIN_PASSWORD: \$\{ADMIN_PASSWORD:\?/);
    expect(compose).toMatch(/NODE_ENV: production/);
    for (const service of ['api', 'worker']) {
      const block = new RegExp(`\\n  ${service}:\\n((?:    .*\\n)+)`).exec(compose)?.[1] ?? '';
      expect(block).toMatch(/restart: (unless-stopped|always|on-failure)/);
    }
    expect(readFileSync('Dockerfile', 'utf8')).not.toMatch(/JWT_SECRET|ADMIN_PASSWORD/);
  });

  describe('a production API', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await Harness.start({ env: { NODE_ENV: 'production' } });
    });
    afterAll(async () => {
      await h?.close();
    });

    it('rejects an ADMIN token forged with the development default secret', async () => {
      const [{ id }] = await h.dataSource.query(`SELECT id FROM users WHERE role = 'ADMIN' LIMIT 1`);
      const forged = jwt.sign({ role: 'ADMIN', sp: [], g: null }, 'lianzhao-dev-secret-change-me', { subject: String(id), expiresIn: '1h' });
      const res = await h.gql('{ me { id role } }', {}, forged);
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });
  });
});
