import { Harness } from '../../support/harness.js';

/**
 * Harness.start, with the suite's database named `lzweb_*`: a browser suite runs for a minute or more, and a
 * Jest run started meanwhile in the same checkout clears every `lz_suite_*` database in its global set-up.
 * The API serves the built UI (apps/web/dist) exactly as `npm start` does: createApiApp mounts it.
 */
export function startWebHarness(opts: { worker?: boolean; env?: Record<string, string> } = {}): Promise<Harness> {
  return Harness.start({ ...opts, names: { db: 'lzweb', queue: 'lzw' } });
}
