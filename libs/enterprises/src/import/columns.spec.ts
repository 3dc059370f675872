import { describe, it, expect } from '@jest/globals';
import { IMPORT_COLUMNS } from '../demo/generator.js';
import {
  COLUMNS, LISTING_OPTIONS, ROLE_OPTIONS, SRDI_OPTIONS, STATUS_OPTIONS, columnLetter, mapHeader, parseOption,
} from './columns.js';

const ZH_HEADERS = [
  '统一社会信用代码', '企业名称', '企业状态', '所属子园', '所在地区', '产业链节点', '成立日期', '注册资本(万元)', '从业人数',
  '科技人员数', '营业收入(万元)', '上年营业收入(万元)', '工业总产值(万元)', '研发费用(万元)', '发明专利数', '高价值发明专利数',
  '高企认定日期', '专精特新等级', '上市状态', '融资轮次', '融资金额(万元)', '融资日期', '标签',
];

describe('import columns', () => {
  it('are PRODUCT.md’s columns in its order, with the Chinese headers of the template', () => {
    expect(COLUMNS.map((c) => c.key)).toEqual([...IMPORT_COLUMNS]);
    expect(COLUMNS.map((c) => c.zh)).toEqual(ZH_HEADERS);
    expect(COLUMNS.filter((c) => c.required).map((c) => c.key)).toEqual(['uscc', 'name', 'status']);
  });

  it('map English and Chinese headers', () => {
    expect(mapHeader([...IMPORT_COLUMNS])).toEqual({ columns: [...IMPORT_COLUMNS], problems: [] });
    expect(mapHeader(ZH_HEADERS)).toEqual({ columns: [...IMPORT_COLUMNS], problems: [] });
  });

  it('ignore case, spaces, full-width brackets, a matching unit and a required-mark star', () => {
    const { columns, problems } = mapHeader([
      ' USCC ', 'Name', '状态', '注册资本（万元）', '营业收入', 'revenue prev year', 'FINANCING_AMOUNT', '*研发费用 (万元)',
      '从业人数(人)', 'ｓｕｂＰａｒｋ',
    ]);
    expect(problems).toEqual([]);
    expect(columns).toEqual(['uscc', 'name', 'status', 'registeredCapital', 'revenue', 'revenuePrevYear', 'financingAmount', 'rdExpense', 'employees', 'subPark']);
  });

  it('accept the common aliases', () => {
    expect(mapHeader(['社会信用代码', '公司名称', '状态', '子园', '地区', '产业链环节', '成立时间', '员工人数', '营收', '高新技术企业认定日期', '企业标签']).columns)
      .toEqual(['uscc', 'name', 'status', 'subPark', 'region', 'chainNodes', 'foundedOn', 'employees', 'revenue', 'hightechCertifiedOn', 'tags']);
  });

  it('do not drop a unit that differs from the column’s: yuan are not 万元', () => {
    const { columns, problems } = mapHeader(['uscc', 'name', 'status', '注册资本(元)']);
    expect(columns).toEqual(['uscc', 'name', 'status', null]);
    expect(problems).toEqual([{ column: '注册资本(元)', zh: '无法识别的列「注册资本(元)」（D 列）', en: 'unknown column "注册资本(元)" (column D)' }]);
  });

  it('report unknown, duplicate and missing required columns; blank headers are ignored', () => {
    const { columns, problems } = mapHeader(['企业名称', '', '备注', 'name', 'revenue']);
    expect(columns).toEqual(['name', null, null, null, 'revenue']);
    expect(problems).toEqual([
      { column: '备注', zh: '无法识别的列「备注」（C 列）', en: 'unknown column "备注" (column C)' },
      { column: 'name', zh: '列重复（A 列和 D 列）', en: 'appears twice (columns A and D)' },
      { column: 'uscc', zh: '缺少此列', en: 'column is missing' },
      { column: 'status', zh: '缺少此列', en: 'column is missing' },
    ]);
    expect(mapHeader([]).problems.map((p) => p.column)).toEqual(['uscc', 'name', 'status']);
  });

  it('read enum values as codes or in Chinese', () => {
    expect(['在园', 'IN_PARK', 'in_park', '候选', 'CANDIDATE'].map((v) => parseOption(STATUS_OPTIONS, v))).toEqual(['IN_PARK', 'IN_PARK', 'IN_PARK', 'CANDIDATE', 'CANDIDATE']);
    expect(['无', '专精特新', '小巨人', '专精特新“小巨人”', 'LITTLE_GIANT'].map((v) => parseOption(SRDI_OPTIONS, v))).toEqual(['NONE', 'SRDI', 'LITTLE_GIANT', 'LITTLE_GIANT', 'LITTLE_GIANT']);
    expect(['未上市', '科创板储备', '已上市', '独角兽', 'STAR_RESERVE'].map((v) => parseOption(LISTING_OPTIONS, v))).toEqual(['NONE', 'STAR_RESERVE', 'LISTED', 'UNICORN', 'STAR_RESERVE']);
    expect(['链主', '重点', '配套', 'KEY'].map((v) => parseOption(ROLE_OPTIONS, v))).toEqual(['CHAIN_LEADER', 'KEY', 'SUPPORTING', 'KEY']);
    expect(parseOption(STATUS_OPTIONS, '退出')).toBeNull();
  });

  it('name columns by Excel letter', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});
