import type { Harness } from '../../support/harness.js';
import { CREATE_ENTERPRISE, CREATE_LEAD, enterpriseInput } from '../../support/factories.js';

export async function newEnterprise(h: Harness, token: string, over: Record<string, unknown> = {}): Promise<{ id: string; name: string; uscc: string }> {
  return (await h.ok(CREATE_ENTERPRISE, { i: enterpriseInput(over) }, token)).createEnterprise;
}

export async function newLead(h: Harness, token: string, input: Record<string, unknown>): Promise<{ id: string; version: number; title: string }> {
  return (await h.ok(CREATE_LEAD, { i: { title: `项目${Math.random().toString(36).slice(2, 8)}`, ...input } }, token)).createLead;
}

/** Runs `work` for 0..n-1, `parallel` at a time. */
export async function times<T>(n: number, parallel: number, work: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(n);
  let next = 0;
  await Promise.all(Array.from({ length: parallel }, async () => {
    while (next < n) {
      const i = next++;
      out[i] = await work(i);
    }
  }));
  return out;
}
