import { randomBytes } from 'node:crypto';
import { createApiApp } from '../../../apps/api/src/bootstrap.js';
import { createWorker } from '../../../apps/worker/src/bootstrap.js';
import { loadConfig } from '../../../libs/platform/src/index.js';
import { adminQuery, dbUrl, TEMPLATE_DB, TEST_REDIS_URL } from '../../support/databases.js';
import { ADMIN, Harness } from '../../support/harness.js';
import { ensureTemplate } from '../../support/template.js';

/**
 * Harness.start, with the suite's database named `lzweb_*`: a browser suite runs for a minute or more, and a
 * Jest run started meanwhile in the same checkout clears every `lz_suite_*` database in its global set-up.
 * The API serves the built UI (apps/web/dist) exactly as `npm start` does: createApiApp mounts it.
 */
export async function startWebHarness(opts: { worker?: boolean; env?: Record<string, string> } = {}): Promise<Harness> {
  const h = new Harness();
  const id = randomBytes(4).toString('hex');
  const dbName = `lzweb_${id}`;
  await ensureTemplate();
  await adminQuery(`CREATE DATABASE ${dbName} TEMPLATE ${TEMPLATE_DB}`);
  h.config = loadConfig({
    DATABASE_URL: dbUrl(dbName),
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: `lzw_${id}`,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    JWT_SECRET: `test-secret-${id}-long-enough`,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    DEMO_DATA: 'false',
    ...opts.env,
  });
  h.app = await createApiApp(h.config);
  await h.app.listen(0, '127.0.0.1');
  h.url = await h.app.getUrl();
  if (opts.worker) h.worker = await createWorker(h.config);
  return h;
}
