import { fenToWan } from '../../platform/src/index.js';
import { STAGE_NAMES, type LeadStage } from './lead-stage.js';

/** Names an edit of a lead refers to, resolved by the caller for one page of the timeline. */
export interface FieldNames {
  users: Map<string, string>;
  nodes: Map<string, string>;
  subParks: Map<string, string>;
}

const PRIORITY_NAMES: Record<string, string> = { HIGH: '高', MEDIUM: '中', LOW: '低' };
const wan = (v: unknown) => `${fenToWan(Number(v))!.toLocaleString('zh-CN', { maximumFractionDigits: 4 })} 万元`;
const num = (unit: string) => (v: unknown) => `${Number(v).toLocaleString('zh-CN', { maximumFractionDigits: 2 })} ${unit}`;

/**
 * Each stored column of a lead as an officer reads it: its Chinese label and how its value is shown
 * (万元 rather than fen, names rather than ids, enum labels). A column missing here shows as stored.
 */
const FIELDS: Record<string, { label: string; show?: (v: unknown, n: FieldNames) => string }> = {
  title: { label: '项目名称' },
  owner_id: { label: '负责人', show: (v, n) => n.users.get(String(v)) ?? `用户 ${v}` },
  sub_park_id: { label: '所属子园区', show: (v, n) => n.subParks.get(String(v)) ?? `子园区 ${v}` },
  enterprise_id: { label: '企业' },
  source: { label: '来源渠道' },
  node_code: { label: '产业链环节', show: (v, n) => n.nodes.get(String(v)) ?? String(v) },
  stage: { label: '阶段', show: (v) => STAGE_NAMES[v as LeadStage] ?? String(v) },
  expected_investment: { label: '预计总投资', show: wan },
  fixed_asset_investment: { label: '固定资产投资', show: wan },
  expected_output: { label: '预计年产值', show: wan },
  expected_tax: { label: '预计年税收', show: wan },
  land_mu: { label: '用地需求', show: num('亩') },
  floor_space_m2: { label: '厂房/楼宇面积', show: num('m²') },
  expected_jobs: { label: '预计就业', show: num('人') },
  priority: { label: '优先级', show: (v) => PRIORITY_NAMES[String(v)] ?? String(v) },
  next_follow_up: { label: '下次跟进', show: (v) => String(v).slice(0, 10) },
  hold_reason: { label: '搁置原因' },
  loss_reason: { label: '流失原因' },
};

export function fieldLabel(column: string): string {
  return FIELDS[column]?.label ?? column;
}

export function fieldValue(column: string, value: unknown, names: FieldNames): string {
  if (value === null || value === undefined || value === '') return '（空）';
  const show = FIELDS[column]?.show;
  return show ? show(value, names) : String(value);
}

/** "预计总投资：5,000 万元 → 8,000 万元；用地需求：（空） → 50 亩" */
export function describeChanges(changes: { field: string; old: unknown; new: unknown }[], names: FieldNames): string {
  return changes.map((c) => `${fieldLabel(c.field)}：${fieldValue(c.field, c.old, names)} → ${fieldValue(c.field, c.new, names)}`).join('；');
}
