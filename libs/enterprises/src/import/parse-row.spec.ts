import { describe, it, expect } from '@jest/globals';
import { IMPORT_COLUMNS, demoEnterpriseToCsvRow, generateEnterprises } from '../demo/generator.js';
import { mapHeader, type ColumnKey } from './columns.js';
import { formatProblem, headerProblems, parseRow, type ImportProblem } from './parse-row.js';
import { readCsvRows } from './read-rows.js';
import { BAD_CHECK_USCC, LOOKUP, VALID_USCC, goodCells, goodRecord, parseFile } from './import.fixture.js';

const COLS: ColumnKey[] = [...IMPORT_COLUMNS];
const parse = (over: Parameters<typeof goodCells>[0], row = 7) => parseRow(row, goodCells(over), COLS, LOOKUP);
const errorsOf = (over: Parameters<typeof goodCells>[0], row = 7): ImportProblem[] => {
  const r = parse(over, row);
  return 'errors' in r ? r.errors : [];
};
/** One problem per column, compact: 'column zh'. */
const zh = (over: Parameters<typeof goodCells>[0]) => errorsOf(over).map((e) => `${e.row} ${e.column} ${e.zh}`);

describe('parseRow', () => {
  it('turns a good row into a typed record with money in fen', () => {
    expect(parse({})).toEqual({ record: goodRecord() });
  });

  it('accepts Chinese enum values, Chinese separators and other date spellings', () => {
    expect(parse({
      status: '在园', srdiLevel: '专精特新', listingStatus: '未上市', chainNodes: 'ME_SHIP_DESIGN：链主；ME_YACHT_DESIGN:配套',
      foundedOn: '2015/3/18', hightechCertifiedOn: '2023.11.06', financingDate: '2024年6月1日',
    })).toEqual({ record: goodRecord() });
  });

  it('normalises the USCC and reads thousands separators and full-width digits', () => {
    const r = parse({ uscc: ` ${VALID_USCC.toLowerCase()} `, revenue: '18,600.50', employees: '３２０', inventionPatents: '14.0' });
    expect(r).toEqual({ record: goodRecord() });
  });

  it('reads empty cells as unknown, not zero', () => {
    const empty = Object.fromEntries(IMPORT_COLUMNS.filter((k) => !['uscc', 'name', 'status'].includes(k)).map((k) => [k, '']));
    expect(parse({ ...empty, status: 'CANDIDATE' })).toEqual({
      record: goodRecord({
        status: 'CANDIDATE', subParkId: null, region: null, chainNodes: [], foundedOn: null, registeredCapital: null,
        employees: null, techStaff: null, revenue: null, revenuePrevYear: null, output: null, rdExpense: null,
        inventionPatents: null, highValuePatents: null, hightechCertifiedOn: null, srdiLevel: 'NONE', listingStatus: 'NONE',
        financingRound: null, financingAmount: null, financingDate: null, tags: [],
      }),
    });
  });

  it('reports every conversion error with its row and column', () => {
    expect(zh({ registeredCapital: 'abc' })).toEqual(['7 registeredCapital 不是有效的数字']);
    expect(zh({ revenue: '1.1234567' })).toEqual(['7 revenue 不是有效的数字：最多 6 位小数']);
    expect(zh({ rdExpense: '1e5' })).toEqual(['7 rdExpense 不是有效的数字']);
    expect(zh({ employees: '12.5' })).toEqual(['7 employees 应为整数']);
    expect(zh({ inventionPatents: '十四' })).toEqual(['7 inventionPatents 不是有效的数字']);
    expect(zh({ foundedOn: '18/03/2015' })).toEqual(['7 foundedOn 不是有效的日期，应为 YYYY-MM-DD']);
    expect(zh({ status: '退出' })).toEqual(['7 status 无法识别「退出」，可选：在园、候选']);
    expect(zh({ status: '' })).toEqual(['7 status 不能为空']);
    expect(zh({ srdiLevel: '省级' })).toEqual(['7 srdiLevel 无法识别「省级」，可选：无、专精特新、小巨人']);
    expect(zh({ listingStatus: '新三板' })).toEqual(['7 listingStatus 无法识别「新三板」，可选：未上市、科创板储备、已上市、独角兽']);
    expect(zh({ chainNodes: 'ME_SHIP_DESIGN:老大' })).toEqual(['7 chainNodes ME_SHIP_DESIGN 的角色「老大」无法识别，可选：链主、重点、配套']);
    expect(zh({ subPark: '火星园区' })).toEqual(['7 subPark 未知的子园 火星园区']);
    expect(errorsOf({ revenue: 'abc' })[0]!.en).toBe('is not a valid number');
  });

  it('maps rule problems onto import columns', () => {
    expect(zh({ uscc: BAD_CHECK_USCC })).toEqual(['7 uscc 校验位错误']);
    expect(zh({ subPark: '' })).toEqual(['7 subPark 在园企业必须填写']);
    expect(zh({ chainNodes: 'XX;ME_SHIP_DESIGN' })).toEqual(['7 chainNodes 未知的产业链节点 XX']);
    expect(zh({ revenue: '-5' })).toEqual(['7 revenue 不能为负数']);
    expect(zh({ foundedOn: '2023-02-30' })).toEqual(['7 foundedOn 不是有效的日期']);
    expect(zh({ financingDate: '2030-01-01' })).toEqual(['7 financingDate 不能晚于今天']);
    expect(zh({ techStaff: '400' })).toEqual(['7 techStaff 不能超过从业人数']);
  });

  it('reports all problems of a row at once, each column once', () => {
    expect(zh({ uscc: BAD_CHECK_USCC, name: '', revenue: '-1', employees: 'many' }).sort()).toEqual(
      ['7 employees 不是有效的数字', '7 name 不能为空', '7 revenue 不能为负数', '7 uscc 校验位错误'],
    );
  });

  it('takes only the columns the header has, and ignores cells under blank headers', () => {
    const r = parseRow(3, [VALID_USCC, '某公司', 'x', 'CANDIDATE', 'extra'], ['uscc', 'name', null, 'status'], LOOKUP);
    expect('record' in r && r.record).toMatchObject({ uscc: VALID_USCC, name: '某公司', status: 'CANDIDATE', revenue: null });
    expect(parseRow(3, [VALID_USCC, '某公司'], ['uscc', 'name'], LOOKUP)).toEqual({ errors: [{ row: 3, column: 'status', zh: '不能为空', en: 'is required' }] });
  });

  it('dedupes tags', () => {
    const r = parse({ tags: '民营企业; 民营企业；高校成果转化;;' });
    expect('record' in r && r.record.tags).toEqual(['民营企业', '高校成果转化']);
  });
});

describe('formatProblem', () => {
  it('reads like an officer’s sentence, in both languages', () => {
    const [p] = errorsOf({ uscc: BAD_CHECK_USCC }, 12);
    expect(formatProblem(p!, 'zh')).toBe('第 12 行 统一社会信用代码 校验位错误');
    expect(formatProblem(p!, 'en')).toBe('Row 12, USCC: check digit is wrong');
  });

  it('leaves out the label when the column is a header as written', () => {
    const [unknown, missing] = headerProblems(mapHeader(['uscc', 'name', '备注']).problems);
    expect(formatProblem(unknown!, 'zh')).toBe('第 1 行 无法识别的列「备注」（C 列）');
    expect(formatProblem(missing!, 'en')).toBe('Row 1, Status: column is missing');
  });
});

describe('generated enterprises', () => {
  it('2,000 rows of the demo generator all parse without errors', async () => {
    const rows = [...generateEnterprises(2000, { seed: 11, inParkShare: 0.3 })];
    const csv = [IMPORT_COLUMNS.join(','), ...rows.map((e) => demoEnterpriseToCsvRow(e).join(','))].join('\n');
    const { records, problems } = await parseFile(readCsvRows(csv));
    expect(problems).toEqual([]);
    expect(records).toHaveLength(2000);
    const e = rows[0]!;
    expect(records[0]).toMatchObject({ uscc: e.uscc, name: e.name, revenue: Math.round(e.revenue * 1e6), chainNodes: e.chainNodes });
    expect(records.filter((r) => r.status === 'IN_PARK').every((r) => r.subParkId?.startsWith('sp-'))).toBe(true);
  });
});
