import { describe, it, expect } from '@jest/globals';
import { checkEnterprise, FIELD_LABELS, isIsoDate, type EnterpriseRecord } from './enterprise-rules.js';
import { IMPORT_COLUMNS } from './demo/generator.js';
import { BAD_CHECK_USCC, LOOKUP, TODAY, goodRecord } from './import/import.fixture.js';

const check = (over: Partial<EnterpriseRecord>) => checkEnterprise(goodRecord(over), LOOKUP);
/** field → zh, compact to assert on. */
const zhOf = (over: Partial<EnterpriseRecord>) => check(over).map((p) => `${p.field} ${p.zh}`);

describe('checkEnterprise', () => {
  it('accepts a complete valid record and one with every optional fact unknown', () => {
    expect(check({})).toEqual([]);
    expect(
      check({
        status: 'CANDIDATE', subParkId: null, region: null, chainNodes: [], foundedOn: null, registeredCapital: null,
        employees: null, techStaff: null, revenue: null, revenuePrevYear: null, output: null, rdExpense: null,
        inventionPatents: null, highValuePatents: null, hightechCertifiedOn: null, financingRound: null,
        financingAmount: null, financingDate: null, tags: [],
      }),
    ).toEqual([]);
  });

  it('checks the USCC with its check digit', () => {
    expect(check({ uscc: BAD_CHECK_USCC })).toEqual([{ field: 'uscc', zh: '校验位错误', en: 'check digit is wrong' }]);
    expect(zhOf({ uscc: '' })).toEqual(['uscc 不能为空']);
    expect(zhOf({ uscc: '91310151MA1FL' })).toEqual(['uscc 长度应为 18 位']);
    expect(zhOf({ uscc: 'I1310151MA1FL00010' })).toEqual(['uscc 含有非法字符']);
  });

  it('bounds the name at 1-200 characters after trimming, counting Chinese characters as one', () => {
    expect(zhOf({ name: '   ' })).toEqual(['name 不能为空']);
    expect(check({ name: '企'.repeat(200) })).toEqual([]);
    expect(zhOf({ name: '企'.repeat(201) })).toEqual(['name 不能超过 200 个字符']);
  });

  it('requires a known sub-park for an in-park enterprise only', () => {
    expect(check({ status: 'BOGUS' as never })[0]!.field).toBe('status');
    expect(zhOf({ subParkId: null })).toEqual(['subParkId 在园企业必须填写']);
    expect(zhOf({ subParkId: 'sp-NOWHERE' })).toEqual(['subParkId 未知的子园 sp-NOWHERE']);
    expect(check({ status: 'CANDIDATE', subParkId: null })).toEqual([]);
    expect(zhOf({ status: 'CANDIDATE', subParkId: 'sp-NOWHERE' })).toEqual(['subParkId 未知的子园 sp-NOWHERE']);
  });

  it('rejects negative amounts and counts but accepts zero', () => {
    expect(zhOf({ revenue: -1, employees: -1 })).toEqual(['revenue 不能为负数', 'employees 不能为负数']);
    expect(check({ revenue: 0, revenuePrevYear: 0, output: 0, rdExpense: 0, employees: 0, techStaff: 0, inventionPatents: 0, highValuePatents: 0 })).toEqual([]);
  });

  it('wants whole counts and whole fen, and caps amounts at 10^9 万元', () => {
    expect(zhOf({ employees: 10.5 })).toEqual(['employees 应为整数']);
    expect(zhOf({ revenue: 1.5 })).toEqual(['revenue 金额最多精确到分']);
    expect(check({ registeredCapital: 1e15 })).toEqual([]);
    expect(zhOf({ registeredCapital: 1e15 + 1 })).toEqual(['registeredCapital 金额过大（超过 10 亿万元）']);
    expect(zhOf({ output: Number.NaN })).toEqual(['output 不是有效的数字']);
  });

  it('keeps tech staff within employees and high-value patents within invention patents', () => {
    expect(check({ employees: 96, techStaff: 96 })).toEqual([]);
    expect(zhOf({ employees: 95, techStaff: 96 })).toEqual(['techStaff 不能超过从业人数']);
    expect(check({ employees: null, techStaff: 96 })).toEqual([]);
    expect(check({ inventionPatents: 3, highValuePatents: 3 })).toEqual([]);
    expect(zhOf({ inventionPatents: 2, highValuePatents: 3 })).toEqual(['highValuePatents 不能超过发明专利数']);
  });

  it('wants real calendar dates, not in the future', () => {
    expect(check({ foundedOn: '2024-02-29', hightechCertifiedOn: TODAY, financingDate: TODAY })).toEqual([]);
    expect(zhOf({ foundedOn: '2023-02-29' })).toEqual(['foundedOn 不是有效的日期']);
    expect(zhOf({ foundedOn: '2023-1-5' })).toEqual(['foundedOn 不是有效的日期']);
    expect(zhOf({ hightechCertifiedOn: '2026-11-27' })).toEqual(['hightechCertifiedOn 不能晚于今天']);
    expect(zhOf({ financingDate: '2099-01-01' })).toEqual(['financingDate 不能晚于今天']);
    expect(zhOf({ foundedOn: '1899-12-31' })).toEqual(['foundedOn 不能早于 1900-01-01']);
  });

  it('wants known, distinct chain nodes with known roles', () => {
    expect(zhOf({ chainNodes: [{ code: 'XX', role: 'KEY' }] })).toEqual(['chainNodes 未知的产业链节点 XX']);
    expect(
      zhOf({ chainNodes: [{ code: 'ME_SHIP_DESIGN', role: 'KEY' }, { code: 'ME_SHIP_DESIGN', role: 'SUPPORTING' }] }),
    ).toEqual(['chainNodes 产业链节点 ME_SHIP_DESIGN 重复']);
    expect(zhOf({ chainNodes: [{ code: 'ME_SHIP_DESIGN', role: 'BOSS' as never }] })).toEqual(['chainNodes 未知的角色 BOSS']);
  });

  it('limits tags to 20 of at most 30 characters', () => {
    const tags = (n: number, len = 2) => Array.from({ length: n }, (_, i) => `${i}`.padEnd(len, '标'));
    expect(check({ tags: tags(20, 30) })).toEqual([]);
    expect(zhOf({ tags: tags(21) })).toEqual(['tags 最多 20 个']);
    expect(zhOf({ tags: ['标'.repeat(31)] })).toEqual([`tags 标签「${'标'.repeat(31)}」超过 30 个字符`]);
  });

  it('checks the enums', () => {
    expect(check({ srdiLevel: 'X' as never, listingStatus: 'Y' as never }).map((p) => p.field)).toEqual(['srdiLevel', 'listingStatus']);
  });

  it('reports several problems at once', () => {
    expect(check({ uscc: BAD_CHECK_USCC, name: '', revenue: -5 }).map((p) => p.field)).toEqual(['uscc', 'name', 'revenue']);
  });

  it('has a label in both languages for every field and import column', () => {
    for (const k of [...Object.keys(goodRecord()), ...IMPORT_COLUMNS]) {
      const label = FIELD_LABELS[k as keyof typeof FIELD_LABELS];
      expect(label?.zh).toBeTruthy();
      expect(label?.en).toBeTruthy();
    }
    expect(FIELD_LABELS.uscc).toEqual({ zh: '统一社会信用代码', en: 'USCC' });
  });

  it('isIsoDate knows the calendar', () => {
    expect(['2000-02-29', '1999-12-31'].map(isIsoDate)).toEqual([true, true]);
    expect(['1900-02-29', '2023-13-01', '2023-04-31', '20230401', ' 2023-04-01'].map(isIsoDate)).toEqual([false, false, false, false, false]);
  });
});
