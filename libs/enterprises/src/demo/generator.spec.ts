import { describe, it, expect } from '@jest/globals';
import { validateUscc } from '../uscc.js';
import { ALL_NODES, SUB_PARKS } from '../../../chains/src/chain-map.seed.js';
import { IMPORT_COLUMNS, demoEnterpriseToCsvRow, generateEnterprises, type DemoEnterprise } from './generator.js';

const N = 20_000;
const rows: DemoEnterprise[] = [...generateEnterprises(N, { seed: 7 })];
const AS_OF = '2026-11-26';
const hasAtMost2Decimals = (x: number): boolean => Math.abs(x * 100 - Math.round(x * 100)) < 1e-6;
/** The rows breaking a rule, so a failure names them (and 20,000 expect() calls are slow). */
const offenders = (ok: (e: DemoEnterprise) => boolean): string[] => rows.filter((e) => !ok(e)).map((e) => e.uscc);

describe('demo enterprise generator', () => {
  it('is deterministic per seed', () => {
    const a = [...generateEnterprises(300, { seed: 42 })];
    const b = [...generateEnterprises(300, { seed: 42 })];
    const c = [...generateEnterprises(300, { seed: 43 })];
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });

  it('gives the same rows when a run is split with startIndex', () => {
    const whole = [...generateEnterprises(200, { seed: 5 })];
    const parts = [...generateEnterprises(120, { seed: 5 }), ...generateEnterprises(80, { seed: 5, startIndex: 120 })];
    expect(parts).toEqual(whole);
  });

  it('produces valid, unique USCCs', () => {
    expect(offenders((e) => validateUscc(e.uscc) === null)).toEqual([]);
    expect(new Set(rows.map((e) => e.uscc)).size).toBe(N);
  });

  it('produces unique Chinese company names', () => {
    expect(new Set(rows.map((e) => e.name)).size).toBe(N);
    for (const e of rows.slice(0, 500)) expect(e.name).toMatch(/^[\u4e00-\u9fff]{2}[\u4e00-\u9fff]{3}.+有限公司$/);
  });

  it('keeps names and codes unique at the far end of the index range', () => {
    const tail = [...generateEnterprises(2_000, { startIndex: 9_998_000 })];
    const head = [...generateEnterprises(2_000)];
    const all = [...tail, ...head];
    expect(new Set(all.map((e) => e.name)).size).toBe(all.length);
    expect(new Set(all.map((e) => e.uscc)).size).toBe(all.length);
    expect(() => generateEnterprises(10, { startIndex: 10_077_690 }).next()).toThrow();
  });

  it('has plausible figures', () => {
    expect(offenders((e) => e.employees > 0 && e.techStaff >= 0 && e.techStaff <= e.employees)).toEqual([]);
    expect(offenders((e) => e.revenue > 0 && e.rdExpense >= 0 && e.rdExpense <= e.revenue * 0.15 + 0.01)).toEqual([]);
    expect(offenders((e) => e.highValuePatents <= e.inventionPatents)).toEqual([]);
    expect(offenders((e) => e.revenuePrevYear === 0 || Math.abs(Math.log(e.revenuePrevYear / e.revenue)) < 0.92)).toEqual([]);
    const amounts = (e: DemoEnterprise): number[] =>
      [e.registeredCapital, e.revenue, e.revenuePrevYear, e.output, e.rdExpense, e.financingAmount ?? 0];
    expect(offenders((e) => amounts(e).every(hasAtMost2Decimals))).toEqual([]);
  });

  it('correlates patents with size', () => {
    const mean = (xs: DemoEnterprise[]): number => xs.reduce((s, e) => s + e.inventionPatents, 0) / xs.length;
    expect(mean(rows.filter((e) => e.employees >= 500))).toBeGreaterThan(5 * mean(rows.filter((e) => e.employees < 20)));
  });

  it('puts about 10% in the park, each with a sub-park that fits its chain', () => {
    const inPark = rows.filter((e) => e.status === 'IN_PARK');
    expect(inPark.length / N).toBeGreaterThan(0.085);
    expect(inPark.length / N).toBeLessThan(0.115);
    const subParks = new Set(SUB_PARKS.map((s) => s.code));
    expect(offenders((e) => (e.status === 'IN_PARK') === subParks.has(e.subParkCode ?? ''))).toEqual([]);
    expect(offenders((e) => e.status === 'CANDIDATE' || e.region === '上海市崇明区')).toEqual([]);
    const marine = inPark.filter((e) => e.chainNodes[0]!.code.startsWith('ME_'));
    const changxing = marine.filter((e) => e.subParkCode === 'CHANGXING_MARINE').length;
    expect(changxing / marine.length).toBeGreaterThan(0.7);
    const digital = inPark.filter((e) => e.chainNodes[0]!.code.startsWith('DE_'));
    expect(digital.filter((e) => e.subParkCode === 'SMART_ISLAND').length / digital.length).toBeGreaterThan(0.7);
  });

  it('uses existing chain nodes, one or two per firm, with sensible roles', () => {
    const codes = new Set(ALL_NODES().map((n) => n.code));
    expect(offenders((e) => e.chainNodes.length >= 1 && e.chainNodes.length <= 2)).toEqual([]);
    expect(offenders((e) => e.chainNodes.every((n) => codes.has(n.code)))).toEqual([]);
    expect(offenders((e) => new Set(e.chainNodes.map((n) => n.code)).size === e.chainNodes.length)).toEqual([]);
    const leaders = rows.filter((e) => e.chainNodes[0]!.role === 'CHAIN_LEADER').length;
    const keys = rows.filter((e) => e.chainNodes[0]!.role === 'KEY').length;
    expect(leaders / N).toBeGreaterThan(0.002);
    expect(leaders / N).toBeLessThan(0.01);
    expect(keys / N).toBeGreaterThan(0.07);
    expect(keys / N).toBeLessThan(0.13);
  });

  it('has valid dates, high-tech certificates within five years for about 30%', () => {
    const date = /^\d{4}-\d{2}-\d{2}$/;
    const fiveYearsAgo = '2021-11-26';
    const isDate = (d: string): boolean => date.test(d) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);
    expect(offenders((e) => isDate(e.foundedOn) && e.foundedOn <= AS_OF)).toEqual([]);
    const certified = rows.filter((e) => e.hightechCertifiedOn !== null);
    expect(
      certified
        .filter((e) => !(isDate(e.hightechCertifiedOn!) && e.hightechCertifiedOn! >= fiveYearsAgo && e.hightechCertifiedOn! < AS_OF))
        .concat(certified.filter((e) => e.hightechCertifiedOn! <= e.foundedOn)),
    ).toEqual([]);
    expect(
      offenders((e) =>
        e.financingDate === null
          ? e.financingRound === null && e.financingAmount === null
          : isDate(e.financingDate) && e.financingDate <= AS_OF && e.financingDate > e.foundedOn &&
            e.financingRound !== null && (e.financingAmount ?? 0) > 0,
      ),
    ).toEqual([]);
    const hightech = certified.length;
    expect(hightech / N).toBeGreaterThan(0.25);
    expect(hightech / N).toBeLessThan(0.36);
  });

  it('draws expansion signals sparsely from the known list', () => {
    const known = new Set(['新设分支机构', '扩大招聘', '新一轮融资', '拟新建厂房', '寻找用地']);
    expect(offenders((e) => e.expansionSignals.every((s) => known.has(s)))).toEqual([]);
    const withSignals = rows.filter((e) => e.expansionSignals.length > 0).length;
    expect(withSignals / N).toBeGreaterThan(0.02);
    expect(withSignals / N).toBeLessThan(0.3);
  });

  it('has exactly the import columns of PRODUCT.md', () => {
    expect([...IMPORT_COLUMNS]).toEqual([
      'uscc', 'name', 'status', 'subPark', 'region', 'chainNodes', 'foundedOn', 'registeredCapital', 'employees',
      'techStaff', 'revenue', 'revenuePrevYear', 'output', 'rdExpense', 'inventionPatents', 'highValuePatents',
      'hightechCertifiedOn', 'srdiLevel', 'listingStatus', 'financingRound', 'financingAmount', 'financingDate', 'tags',
    ]);
  });

  it('renders a CSV row per IMPORT_COLUMNS', () => {
    const col = (name: string): number => IMPORT_COLUMNS.indexOf(name as (typeof IMPORT_COLUMNS)[number]);
    expect(offenders((e) => demoEnterpriseToCsvRow(e).length === IMPORT_COLUMNS.length)).toEqual([]);
    expect(offenders((e) => demoEnterpriseToCsvRow(e).every((c) => !/[",\r\n]/.test(c)))).toEqual([]);
    const inPark = rows.find((e) => e.status === 'IN_PARK' && e.hightechCertifiedOn !== null && e.financingRound !== null)!;
    const row = demoEnterpriseToCsvRow(inPark);
    expect(row[col('uscc')]).toBe(inPark.uscc);
    expect(row[col('status')]).toBe('IN_PARK');
    expect(row[col('subPark')]).toBe(SUB_PARKS.find((s) => s.code === inPark.subParkCode)!.name);
    expect(row[col('hightechCertifiedOn')]).toBe(inPark.hightechCertifiedOn);
    expect(row[col('financingRound')]).toBe(inPark.financingRound);
    expect(Number(row[col('revenue')])).toBe(inPark.revenue);
    const leader = rows.find((e) => e.chainNodes.length === 2 && e.chainNodes[0]!.role === 'KEY')!;
    expect(demoEnterpriseToCsvRow(leader)[col('chainNodes')]).toBe(`${leader.chainNodes[0]!.code}:KEY;${leader.chainNodes[1]!.code}`);
    const candidate = demoEnterpriseToCsvRow(rows.find((e) => e.status === 'CANDIDATE' && e.financingRound === null)!);
    expect([candidate[col('subPark')], candidate[col('financingAmount')], candidate[col('financingDate')]]).toEqual(['', '', '']);
  });

  // Speed is measured by the registry benchmark (test/bench), not asserted here: timed unit tests flake.
  it('streams rows from any start index', () => {
    let n = 0;
    for (const e of generateEnterprises(5_000, { startIndex: 1_000_000 })) if (e.employees > 0) n++;
    expect(n).toBe(5_000);
  });
});
