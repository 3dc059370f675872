/** The plan's KPIs (DOMAIN.md §5) with their 2025 targets. */
export const COMPUTED_KPIS = ['HIGHTECH_VALID', 'SEI_OUTPUT', 'LISTED_OR_UNICORN', 'LABOUR_PRODUCTIVITY', 'RD_INTENSITY', 'HV_PATENTS_PER_10K'] as const;
export const CONSTRUCTION_KPIS = ['NEW_FACTORY_M2', 'NEW_COMMERCIAL_M2', 'TALENT_APARTMENTS'] as const;
export type ComputedKpi = (typeof COMPUTED_KPIS)[number];
export type ConstructionKpi = (typeof CONSTRUCTION_KPIS)[number];
export type KpiCode = ComputedKpi | ConstructionKpi;

export interface KpiDefinition {
  code: KpiCode;
  name: string;
  unit: string;
  target: number;
  /** How the figure is made, in the words a manager reads. */
  formula: string;
  computed: boolean;
}

export const KPI_DEFINITIONS: KpiDefinition[] = [
  { code: 'HIGHTECH_VALID', name: '有效期内高新技术企业', unit: '家', target: 200, computed: true, formula: '在园企业中高企证书认定未满三年的企业数' },
  { code: 'SEI_OUTPUT', name: '战略性新兴产业工业总产值', unit: '万元', target: 3_000_000, computed: true, formula: '三条产业链上在园企业的工业总产值之和' },
  { code: 'LISTED_OR_UNICORN', name: '上市及独角兽企业', unit: '家', target: 2, computed: true, formula: '在园企业中已上市或独角兽企业数' },
  { code: 'LABOUR_PRODUCTIVITY', name: '劳动生产率', unit: '万元/人', target: 16, computed: true, formula: 'Σ 产值 / Σ 从业人员（两者均已知的在园企业）' },
  { code: 'RD_INTENSITY', name: '研发经费占营收比重', unit: '%', target: 3, computed: true, formula: 'Σ 研发费用 / Σ 营业收入（两者均已知的在园企业）' },
  { code: 'HV_PATENTS_PER_10K', name: '每万人高价值发明专利', unit: '件/万人', target: 120, computed: true, formula: 'Σ 高价值发明专利 / (Σ 从业人员 / 10000)（两者均已知的在园企业）' },
  { code: 'NEW_FACTORY_M2', name: '新增标准化厂房', unit: 'm²', target: 340_000, computed: false, formula: '当年交付的标准化厂房面积（管理员录入）' },
  { code: 'NEW_COMMERCIAL_M2', name: '新增商务和商业配套', unit: 'm²', target: 300_000, computed: false, formula: '当年交付的商务和商业配套面积（管理员录入）' },
  { code: 'TALENT_APARTMENTS', name: '新增人才公寓', unit: '套', target: 1_000, computed: false, formula: '当年交付的人才公寓套数（管理员录入）' },
];

export const KPI_BY_CODE = new Map(KPI_DEFINITIONS.map((d) => [d.code, d]));
export const isComputedKpi = (code: string): code is ComputedKpi => (COMPUTED_KPIS as readonly string[]).includes(code);
export const isConstructionKpi = (code: string): code is ConstructionKpi => (CONSTRUCTION_KPIS as readonly string[]).includes(code);
