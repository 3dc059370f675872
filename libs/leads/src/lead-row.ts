import { fenToWan } from '../../platform/src/index.js';
import type { LeadStage } from './lead-stage.js';
import type { Lead, LeadPriority } from './leads.models.js';

export interface LeadRow {
  id: string;
  enterprise_id: string;
  title: string;
  stage: LeadStage;
  owner_id: string | null;
  sub_park_id: string;
  source: string;
  node_code: string | null;
  expected_investment: string | null;
  fixed_asset_investment: string | null;
  land_mu: string | null;
  floor_space_m2: string | null;
  expected_output: string | null;
  expected_tax: string | null;
  expected_jobs: number | null;
  priority: LeadPriority;
  next_follow_up: string | null;
  hold_reason: string | null;
  loss_reason: string | null;
  stale: boolean;
  stage_entered_at: Date;
  last_activity_at: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  /** 1..7: the furthest forward stage ever reached (kept by a trigger; the cockpit's funnel) */
  furthest_stage_pos?: number | null;
}

// A board reads only the columns its cards show (cardColumns): a column it left out is undefined here, never asked for.
const wan = (v: string | null | undefined) => (v == null ? null : fenToWan(Number(v)));
const dec = (v: string | null | undefined) => (v == null ? null : Number(v));

export function toLead(r: LeadRow): Lead {
  return {
    id: String(r.id),
    enterpriseId: String(r.enterprise_id),
    title: r.title,
    stage: r.stage,
    ownerId: r.owner_id === null ? null : String(r.owner_id),
    subParkId: String(r.sub_park_id),
    source: r.source,
    nodeCode: r.node_code,
    expectedInvestment: wan(r.expected_investment),
    fixedAssetInvestment: wan(r.fixed_asset_investment),
    landMu: dec(r.land_mu),
    floorSpace: dec(r.floor_space_m2),
    expectedOutput: wan(r.expected_output),
    expectedTax: wan(r.expected_tax),
    expectedJobs: r.expected_jobs,
    priority: r.priority,
    nextFollowUp: r.next_follow_up,
    holdReason: r.hold_reason,
    lossReason: r.loss_reason,
    stale: r.stale,
    stageEnteredAt: r.stage_entered_at,
    lastActivityAt: r.last_activity_at,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Snapshot of the editable fields, for the audit log's old/new values. */
export function auditView(r: LeadRow): Record<string, unknown> {
  const { id: _id, version: _v, created_at: _c, updated_at: _u, stage_entered_at: _s, last_activity_at: _l, stale: _st, furthest_stage_pos: _f, ...rest } = r;
  return rest;
}
