import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedDemoEnterprises } from '../libs/enterprises/src/demo/seed-demo.js';
import { GENERATE, mondayOf } from './digests-support.js';
import { Harness } from './support/harness.js';
import { CREATE_ENTERPRISE, enterpriseInput, testUscc, UPDATE_ENTERPRISE } from './support/factories.js';

const KPIS = `query($y: Int, $p: ID, $d: String) { kpis(year: $y, subParkId: $p, asOf: $d) { code name unit target actual progress yearElapsed asOf year subParkId computed } }`;
const DRILL = `query($c: String!, $p: ID, $d: String, $f: Int, $a: String) { kpiEnterprises(code: $c, subParkId: $p, asOf: $d, first: $f, after: $a) {
  totalCount edges { cursor node { value enterprise { id name } } } pageInfo { hasNextPage endCursor } } }`;
const DELIVER = `mutation($i: KpiDeliveryInput!) { recordKpiDelivery(input: $i) { id code quantity deliveredOn subParkId note createdBy createdAt } }`;

const byCode = (kpis: { code: string; actual: number | null }[]) => Object.fromEntries(kpis.map((k) => [k.code, k.actual]));

describe('KPIs against the plan (驾驶舱)', () => {
  let h: Harness;
  let admin: string;
  let adminId: string;
  let officer: { token: string; id: string };
  let group: { token: string; id: string };
  let smart: string;
  let fusheng: string;
  const firms: Record<string, string> = {};

  beforeAll(async () => {
    h = await Harness.start();
    admin = await h.adminToken();
    adminId = String((await h.dataSource.query(`SELECT id FROM users WHERE role = 'ADMIN'`))[0].id);
    smart = await h.subParkId('SMART_ISLAND');
    fusheng = await h.subParkId('FUSHENG');
    officer = await h.user('officer', 'OFFICER', { subParks: ['SMART_ISLAND'] });
    group = await h.user('eco', 'GROUP', { group: 'ECO_GROUP' });
    const create = async (key: string, over: Record<string, unknown>) => {
      firms[key] = (await h.ok(CREATE_ENTERPRISE, { i: enterpriseInput({ name: `企业${key}`, techStaff: 5, inventionPatents: 20, ...over }) }, admin)).createEnterprise.id;
    };
    // A: valid certificate, listed, on a chain. B: certificate expired, revenue unknown, on a chain.
    // C: valid certificate, unicorn, on no chain, high-value patents unknown. D: a candidate, outside the park.
    await create('A', { status: 'IN_PARK', subParkId: smart, hightechCertifiedOn: '2025-03-01', output: 50000, employees: 200, revenue: 60000, rdExpense: 3000, inventionPatents: 20, highValuePatents: 10, listingStatus: 'LISTED', chainNodes: [{ code: 'DE_SECURITY', role: 'KEY' }] });
    await create('B', { status: 'IN_PARK', subParkId: smart, hightechCertifiedOn: '2022-01-10', output: 20000, employees: 100, revenue: null, revenuePrevYear: null, rdExpense: 500, highValuePatents: 4, chainNodes: [{ code: 'DE_SECURITY' }] });
    await create('C', { status: 'IN_PARK', subParkId: fusheng, hightechCertifiedOn: '2024-06-30', output: 10000, employees: 50, revenue: 10000, rdExpense: 200, highValuePatents: null, listingStatus: 'UNICORN', chainNodes: [] });
    await create('D', { status: 'CANDIDATE', hightechCertifiedOn: '2025-01-01', output: 900000, employees: 10, revenue: 1000, rdExpense: 900, inventionPatents: 999, highValuePatents: 999, listingStatus: 'LISTED' });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('computes the six registry KPIs as of a date, equal to hand-computed values', async () => {
    const { kpis } = await h.ok(KPIS, { y: 2026, d: '2026-11-30' }, officer.token);
    expect(kpis.map((k: any) => k.code)).toEqual([
      'HIGHTECH_VALID', 'SEI_OUTPUT', 'LISTED_OR_UNICORN', 'LABOUR_PRODUCTIVITY', 'RD_INTENSITY', 'HV_PATENTS_PER_10K',
      'NEW_FACTORY_M2', 'NEW_COMMERCIAL_M2', 'TALENT_APARTMENTS',
    ]);
    const v = byCode(kpis);
    expect(v.HIGHTECH_VALID).toBe(2); // A and C; B's certificate (2022-01-10) expired on 2025-01-10
    expect(v.SEI_OUTPUT).toBe(70000); // A + B: C is on no chain, D is not in the park
    expect(v.LISTED_OR_UNICORN).toBe(2); // A listed, C unicorn
    expect(v.LABOUR_PRODUCTIVITY).toBeCloseTo(80000 / 350, 4);
    expect(v.RD_INTENSITY).toBeCloseTo((3200 / 70000) * 100, 4); // B (revenue unknown) is in neither sum — not a mean of ratios
    expect(v.HV_PATENTS_PER_10K).toBeCloseTo(14 / (300 / 10000), 2); // C (patents unknown) left out
    const hightech = kpis[0];
    expect(hightech).toMatchObject({ name: '有效期内高新技术企业', unit: '家', target: 200, progress: 0.01, asOf: '2026-11-30', year: 2026, subParkId: null, computed: true });
    expect(hightech.yearElapsed).toBeCloseTo(334 / 365, 5);
    expect(kpis.find((k: any) => k.code === 'SEI_OUTPUT')).toMatchObject({ target: 3_000_000, unit: '万元' });
    expect(kpis.find((k: any) => k.code === 'RD_INTENSITY')).toMatchObject({ target: 3, unit: '%' });

    // Another date: A was not certified yet, B still valid (a day before its third anniversary).
    expect(byCode((await h.ok(KPIS, { y: 2025, d: '2025-01-09' }, officer.token)).kpis).HIGHTECH_VALID).toBe(2);
    expect(byCode((await h.ok(KPIS, { y: 2025, d: '2025-01-10' }, officer.token)).kpis).HIGHTECH_VALID).toBe(1);
    // A past year without a date: as of 31 December, the whole year elapsed.
    const past = (await h.ok(KPIS, { y: 2025 }, officer.token)).kpis[0];
    expect(past).toMatchObject({ asOf: '2025-12-31', yearElapsed: 1, actual: 2 });
  });

  it('computes one sub-park, and keeps a group user to its own sub-parks', async () => {
    const v = byCode((await h.ok(KPIS, { y: 2026, p: smart, d: '2026-11-30' }, officer.token)).kpis);
    expect(v).toMatchObject({ HIGHTECH_VALID: 1, SEI_OUTPUT: 70000, LISTED_OR_UNICORN: 1, RD_INTENSITY: 5 });
    expect(v.LABOUR_PRODUCTIVITY).toBeCloseTo(70000 / 300, 4);
    const other = await h.gql(KPIS, { y: 2026, p: smart }, group.token);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const own = byCode((await h.ok(KPIS, { y: 2026, p: fusheng, d: '2026-11-30' }, group.token)).kpis);
    expect(own).toMatchObject({ HIGHTECH_VALID: 1, SEI_OUTPUT: 0, LISTED_OR_UNICORN: 1, RD_INTENSITY: 2, HV_PATENTS_PER_10K: null });
    expect((await h.gql(KPIS, { y: 1999 }, officer.token)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    expect((await h.gql(KPIS, { d: '2026-02-30' }, officer.token)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
  });

  it('drills down to the enterprises behind a number, paginated, biggest first', async () => {
    const pages: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { kpiEnterprises: page }: any = await h.ok(DRILL, { c: 'HIGHTECH_VALID', d: '2026-11-30', f: 1, a: after }, officer.token);
      expect(page.totalCount).toBe(2);
      pages.push(...page.edges.map((e: any) => e.node.enterprise.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages.sort()).toEqual([firms.A, firms.C].sort());
    const sei = (await h.ok(DRILL, { c: 'SEI_OUTPUT', d: '2026-11-30' }, officer.token)).kpiEnterprises;
    expect(sei.edges.map((e: any) => [e.node.enterprise.id, e.node.value])).toEqual([[firms.A, 50000], [firms.B, 20000]]);
    const rd = (await h.ok(DRILL, { c: 'RD_INTENSITY', d: '2026-11-30' }, officer.token)).kpiEnterprises;
    expect(rd.edges.map((e: any) => e.node.enterprise.id)).toEqual([firms.A, firms.C]);
    expect(rd.edges[0].node.value).toBeCloseTo(5, 4);
    const bad = await h.gql(DRILL, { c: 'NEW_FACTORY_M2' }, officer.token);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
  });

  it('sums construction deliveries an administrator entered, with who and when', async () => {
    const denied = await h.gql(DELIVER, { i: { code: 'NEW_FACTORY_M2', quantity: 1000, deliveredOn: '2026-03-01' } }, officer.token);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const wrong = await h.gql(DELIVER, { i: { code: 'HIGHTECH_VALID', quantity: 1, deliveredOn: '2026-03-01' } }, admin);
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const one = (await h.ok(DELIVER, { i: { code: 'NEW_FACTORY_M2', quantity: 12000, deliveredOn: '2026-03-01', note: '一期厂房' } }, admin)).recordKpiDelivery;
    expect(one).toMatchObject({ code: 'NEW_FACTORY_M2', quantity: 12000, deliveredOn: '2026-03-01', createdBy: adminId, note: '一期厂房' });
    expect(Date.parse(one.createdAt)).toBeGreaterThan(Date.now() - 60_000);
    await h.ok(DELIVER, { i: { code: 'NEW_FACTORY_M2', quantity: 8000.5, deliveredOn: '2026-06-01', subParkId: smart } }, admin);
    await h.ok(DELIVER, { i: { code: 'NEW_FACTORY_M2', quantity: 5000, deliveredOn: '2025-12-31' } }, admin);
    await h.ok(DELIVER, { i: { code: 'TALENT_APARTMENTS', quantity: 120, deliveredOn: '2026-12-20' } }, admin);
    const park = byCode((await h.ok(KPIS, { y: 2026, d: '2026-11-30' }, officer.token)).kpis);
    expect(park).toMatchObject({ NEW_FACTORY_M2: 20000.5, NEW_COMMERCIAL_M2: 0, TALENT_APARTMENTS: 0 });
    expect(byCode((await h.ok(KPIS, { y: 2026, d: '2026-12-31' }, officer.token)).kpis).TALENT_APARTMENTS).toBe(120);
    expect(byCode((await h.ok(KPIS, { y: 2026, p: smart, d: '2026-11-30' }, officer.token)).kpis).NEW_FACTORY_M2).toBe(8000.5);
    const [audit] = await h.dataSource.query(`SELECT actor_id FROM audit_log WHERE action = 'recordKpiDelivery' AND entity_id = $1`, [one.id]);
    expect(String(audit.actor_id)).toBe(adminId);
    const list = (await h.ok('query { kpiDeliveries(code: "NEW_FACTORY_M2", year: 2026) { quantity } }', {}, officer.token)).kpiDeliveries;
    expect(list.map((d: any) => d.quantity)).toEqual([8000.5, 12000]);
  });

  it('keeps digests without SMTP_URL and marks them not mailed', async () => {
    await h.user('manager', 'MANAGER');
    const week = mondayOf(new Date());
    const [d] = (await h.ok(GENERATE, { w: week }, admin)).generateDigests;
    expect(d.html).toContain('规划指标进度');
    const worker = await import('../apps/worker/src/bootstrap.js').then((m) => m.createWorker(h.config));
    try {
      const { eventually } = await import('./support/harness.js');
      const state = await eventually(async () => {
        const [row] = await h.dataSource.query('SELECT send_state FROM digests WHERE id = $1', [d.id]);
        return row.send_state === 'PENDING' ? undefined : row.send_state;
      }, 30_000, 200);
      expect(state).toBe('NOT_MAILED');
    } finally {
      await worker.close();
    }
  });
  it('counts a firm\'s output on a chain exactly while its chain nodes change by edit and by import', async () => {
    const changxing = await h.subParkId('CHANGXING_MARINE');
    const sei = async () => byCode((await h.ok(KPIS, { y: 2026, p: changxing, d: '2026-11-30' }, admin)).kpis).SEI_OUTPUT;
    const start = await sei();
    const input = enterpriseInput({ status: 'IN_PARK', subParkId: changxing, output: 4000, chainNodes: [{ code: 'DE_SECURITY', role: 'KEY' }] });
    const created = (await h.ok(CREATE_ENTERPRISE, { i: input }, admin)).createEnterprise;
    expect(await sei()).toBe(start! + 4000);
    const { version } = (await h.ok(UPDATE_ENTERPRISE, { id: created.id, i: { ...input, chainNodes: [], version: created.version } }, admin)).updateEnterprise;
    expect(await sei()).toBe(start); // off every chain: its output no longer counts
    const uscc = testUscc();
    const csv = ['uscc,name,status,subPark,chainNodes,output', `${input.uscc},${input.name},IN_PARK,长兴海洋装备产业基地,DE_SECURITY:KEY,4000`,
      `${uscc},上海长兴新装备有限公司,IN_PARK,长兴海洋装备产业基地,,2500`].join('\r\n');
    const report = (await h.ok('mutation($csv: String!) { importEnterprises(csv: $csv, lang: en) { created updated rejected } }', { csv }, admin)).importEnterprises;
    expect(report).toEqual({ created: 1, updated: 1, rejected: 0 });
    expect(await sei()).toBe(start! + 4000); // the re-imported firm is on a chain again; the new one is on none
    expect(version).toBeGreaterThan(1);

    // The demo seed (npm start's data) writes the same flag: the park's figure equals Σ output over firms with nodes.
    await seedDemoEnterprises(h.dataSource, 400, { seed: 11 });
    const park = byCode((await h.ok(KPIS, { y: 2026, d: '2026-11-30' }, admin)).kpis).SEI_OUTPUT;
    const [{ fen }] = await h.dataSource.query(`SELECT coalesce(sum(output), 0)::text AS fen FROM enterprises e
      WHERE status = 'IN_PARK' AND EXISTS (SELECT 1 FROM enterprise_nodes n WHERE n.enterprise_id = e.id)`);
    expect(park).toBe(Math.round(Number(fen) / 10_000) / 100);
  });
});
