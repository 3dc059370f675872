import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Scope } from '../../identity/src/scope.js';
import { auditEntriesSql } from '../../platform/src/index.js';
import type { LeadFilter } from './lead.input.js';
import { afterCursor, leadWhere, whereClause } from './lead-query.js';
import type { LeadRow } from './lead-row.js';
import type { LeadStage } from './lead-stage.js';
import type { ActivityType } from './leads.models.js';

export interface ActivityRow {
  id: string;
  lead_id: string;
  type: ActivityType;
  occurred_at: Date;
  summary: string;
  participants: string[];
  next_step: string | null;
  actor_id: string | null;
}

export interface TaskRow {
  id: string;
  lead_id: string;
  title: string;
  assignee_id: string | null;
  due_on: string;
  done_at: Date | null;
}

export interface StageChangeRow {
  lead_id: string;
  from_stage: LeadStage | null;
  to_stage: LeadStage;
  at: Date;
  reason: string | null;
  actor_id: string | null;
}

export interface NotificationRow {
  id: string;
  kind: string;
  title: string;
  body: string | null;
  lead_id: string | null;
  created_at: Date;
  read_at: Date | null;
}

export interface TimelineRow {
  kind: 'STAGE_CHANGE' | 'ACTIVITY' | 'FIELD_CHANGE';
  at: Date;
  id: string;
  actor_id: string | null;
  from_stage: LeadStage | null;
  to_stage: LeadStage | null;
  reason: string | null;
  type: ActivityType | null;
  summary: string | null;
  participants: string[] | null;
  next_step: string | null;
  changes: { field: string; old: unknown; new: unknown }[] | null;
}

export interface StageSum {
  stage: LeadStage;
  count: number;
  sum: string;
}

/** Every column a lead card can show. */
export const CARD_COLUMNS = `l.id, l.enterprise_id, l.title, l.stage, l.owner_id, l.sub_park_id, l.source, l.node_code, l.expected_investment,
  l.fixed_asset_investment, l.land_mu, l.floor_space_m2, l.expected_output, l.expected_tax, l.expected_jobs, l.priority,
  l.next_follow_up, l.hold_reason, l.loss_reason, l.stale, l.stage_entered_at, l.last_activity_at, l.version, l.created_at, l.updated_at`;

/** Read for every card: identity, order and cursor, and the keys its relations and scope checks follow. */
const KEY_COLUMNS = ['id', 'enterprise_id', 'stage', 'owner_id', 'sub_park_id', 'updated_at'];

/** The columns behind each Lead field a card may ask for; a field not listed here (a resolver of its own) reads all. */
const FIELD_COLUMNS: Record<string, readonly string[]> = {
  __typename: [], id: [], stage: [], updatedAt: [], owner: [], subPark: [], enterprise: [], lastActivity: [],
  title: ['title'], version: ['version'], stale: ['stale'], source: ['source'], nodeCode: ['node_code'], priority: ['priority'],
  expectedInvestment: ['expected_investment'], fixedAssetInvestment: ['fixed_asset_investment'], landMu: ['land_mu'],
  floorSpace: ['floor_space_m2'], expectedOutput: ['expected_output'], expectedTax: ['expected_tax'], expectedJobs: ['expected_jobs'],
  nextFollowUp: ['next_follow_up'], holdReason: ['hold_reason'], lossReason: ['loss_reason'], stageEnteredAt: ['stage_entered_at'],
  lastActivityAt: ['last_activity_at'], createdAt: ['created_at'],
};
const CARD_ORDER = CARD_COLUMNS.split(',').map((c) => c.trim().slice(2));

/**
 * The columns a board reads for cards that show `fields` (a board of 180 cards that shows five of them reads
 * eight columns, not twenty-five: less to parse, convert and collect). Unknown fields or none given: every column.
 */
export function cardColumns(fields?: ReadonlySet<string>): string {
  if (!fields || [...fields].some((f) => !(f in FIELD_COLUMNS))) return CARD_COLUMNS;
  const wanted = new Set([...KEY_COLUMNS, ...[...fields].flatMap((f) => FIELD_COLUMNS[f]!)]);
  return CARD_ORDER.filter((c) => wanted.has(c)).map((c) => `l.${c}`).join(', ');
}

/** The columns of an activity as the API shows it. */
const ACTIVITY_COLUMNS = 'id, lead_id, type, occurred_at, summary, participants, next_step, actor_id';

/**
 * Every SQL statement over the leads lib's tables (leads, lead_stage_changes, lead_activities, lead_tasks,
 * lead_stage_totals, stage_idle_limits, notifications). Reads take the caller's Scope and go through leadWhere;
 * writes take the manager of the service's transaction.
 */
@Injectable()
export class LeadsRepository {
  constructor(private readonly dataSource: DataSource) {}

  // ---------- leads ----------

  async findVisible(scope: Scope, id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<LeadRow | undefined> {
    const w = leadWhere(scope, undefined);
    w.conditions.push(`l.id = $${w.params.push(id)}`);
    const [row] = await manager.query(`SELECT l.* FROM leads l ${whereClause(w)} ${lock ? 'FOR UPDATE' : ''}`, w.params);
    return row;
  }

  /** One page of `limit` rows (ask for one more than you show to learn whether there is a next page). */
  async page(scope: Scope, filter: LeadFilter | undefined, limit: number, after?: string): Promise<LeadRow[]> {
    const w = leadWhere(scope, filter);
    afterCursor(w, after);
    return this.dataSource.query(
      `SELECT ${CARD_COLUMNS} FROM leads l ${whereClause(w)} ORDER BY l.updated_at DESC, l.id DESC LIMIT $${w.params.push(limit)}`,
      w.params,
    );
  }

  /** The first `limit` cards of each stage, in one statement (a lateral join per stage). */
  async firstOfEachStage(scope: Scope, filter: LeadFilter | undefined, stages: readonly LeadStage[], limit: number, columns = CARD_COLUMNS): Promise<LeadRow[]> {
    const w = leadWhere(scope, { ...filter, stage: undefined });
    const stageParam = `$${w.params.push(stages)}`;
    const limitParam = `$${w.params.push(limit)}`;
    w.conditions.push('l.stage = s.stage');
    return this.dataSource.query(
      `SELECT x.* FROM unnest(${stageParam}::text[]) AS s(stage)
       CROSS JOIN LATERAL (SELECT ${columns} FROM leads l ${whereClause(w)} ORDER BY l.updated_at DESC, l.id DESC LIMIT ${limitParam}) x`,
      w.params,
    );
  }

  async count(scope: Scope, filter: LeadFilter | undefined): Promise<number> {
    const w = leadWhere(scope, filter);
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM leads l ${whereClause(w)}`, w.params);
    return n;
  }

  /** Count and Σ expected investment (fen) per stage from the trigger-kept totals: no lead is read. */
  async stageTotals(visibleSubParkIds: readonly string[] | null, subParkId?: string): Promise<StageSum[]> {
    const params: unknown[] = [];
    const conditions: string[] = [];
    if (visibleSubParkIds !== null) conditions.push(`t.sub_park_id = ANY($${params.push(visibleSubParkIds)}::bigint[])`);
    if (subParkId) conditions.push(`t.sub_park_id = $${params.push(subParkId)}`);
    return this.dataSource.query(
      `SELECT t.stage, sum(t.count)::int AS count, sum(t.expected_investment)::text AS sum FROM lead_stage_totals t
       ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''} GROUP BY t.stage`,
      params,
    );
  }

  /** The same sums over any filter, aggregated from the leads themselves. */
  async stageSums(scope: Scope, filter: LeadFilter | undefined): Promise<StageSum[]> {
    const w = leadWhere(scope, filter);
    return this.dataSource.query(
      `SELECT l.stage, count(*)::int AS count, coalesce(sum(l.expected_investment), 0)::text AS sum FROM leads l ${whereClause(w)} GROUP BY l.stage`,
      w.params,
    );
  }

  async insert(manager: EntityManager, values: Record<string, unknown>): Promise<LeadRow> {
    const cols = Object.keys(values);
    const [row] = await manager.query(
      `INSERT INTO leads (${cols.join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING *`,
      Object.values(values),
    );
    return row;
  }

  /** Applies `sets` (with `params` numbered from $1) if the version still matches; undefined when it moved. */
  async updateVersioned(manager: EntityManager, id: string, version: number, sets: string[], params: unknown[]): Promise<LeadRow | undefined> {
    const all = [...params, id, version];
    const assignments = [...sets, 'version = version + 1', 'updated_at = now()'].join(', ');
    const [[row]] = await manager.query(`UPDATE leads SET ${assignments} WHERE id = $${all.length - 1} AND version = $${all.length} RETURNING *`, all);
    return row;
  }

  // ---------- stage changes ----------

  async insertStageChange(manager: EntityManager, c: { leadId: string; from: LeadStage | null; to: LeadStage; reason?: string | null; actorId: string | null }): Promise<void> {
    await manager.query('INSERT INTO lead_stage_changes (lead_id, from_stage, to_stage, reason, actor_id) VALUES ($1, $2, $3, $4, $5)', [
      c.leadId, c.from, c.to, c.reason ?? null, c.actorId,
    ]);
  }

  stageChanges(leadId: string): Promise<StageChangeRow[]> {
    return this.dataSource.query('SELECT * FROM lead_stage_changes WHERE lead_id = $1 ORDER BY at, id', [leadId]);
  }

  /** Stage changes, activities and field edits on one timeline, newest first; `after` is (at, kind, id). */
  timeline(leadId: string, limit: number, after?: [unknown, unknown, unknown]): Promise<TimelineRow[]> {
    const params: unknown[] = [leadId, limit];
    const cursorSql = after ? `WHERE (t.at, t.kind, t.id) < ($${params.push(after[0])}::timestamptz, $${params.push(after[1])}::text, $${params.push(after[2])}::bigint)` : '';
    return this.dataSource.query(
      `SELECT * FROM (
         SELECT 'STAGE_CHANGE' AS kind, at, id, actor_id, from_stage, to_stage, reason, NULL AS type, NULL AS summary,
                NULL::text[] AS participants, NULL AS next_step, NULL::jsonb AS changes
         FROM lead_stage_changes WHERE lead_id = $1
         UNION ALL
         SELECT 'ACTIVITY', occurred_at, id, actor_id, NULL, NULL, NULL, type, summary, participants, next_step, NULL
         FROM lead_activities WHERE lead_id = $1
         UNION ALL
         SELECT 'FIELD_CHANGE', at, id, actor_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, changes
         FROM (${auditEntriesSql('Lead', '$1::text', ['updateLead', 'reassignLead'])}) a
       ) t ${cursorSql}
       ORDER BY t.at DESC, t.kind DESC, t.id DESC LIMIT $2`,
      params,
    );
  }

  // ---------- activities ----------

  async insertActivity(manager: EntityManager, leadId: string, a: { type: ActivityType; occurredAt: Date; summary: string; participants: string[]; nextStep: string | null; actorId: string }): Promise<ActivityRow> {
    const [row] = await manager.query(
      `INSERT INTO lead_activities (lead_id, type, occurred_at, summary, participants, next_step, actor_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
      [leadId, a.type, a.occurredAt, a.summary, a.participants, a.nextStep, a.actorId],
    );
    // Activity is not an edit of the lead's fields: no version bump, so logging a call never conflicts with an edit.
    await manager.query(
      `UPDATE leads SET last_activity_at = greatest(last_activity_at, $2), updated_at = now(),
         stale = CASE WHEN $2 >= stage_entered_at THEN false ELSE stale END WHERE id = $1`,
      [leadId, a.occurredAt],
    );
    return row;
  }

  activities(leadId: string, limit: number): Promise<ActivityRow[]> {
    return this.dataSource.query(`SELECT ${ACTIVITY_COLUMNS} FROM lead_activities WHERE lead_id = $1 ORDER BY occurred_at DESC, id DESC LIMIT $2`, [leadId, limit]);
  }

  /** The most recent activity of each lead, in one statement. */
  lastActivities(leadIds: readonly string[]): Promise<ActivityRow[]> {
    return this.dataSource.query(
      `SELECT DISTINCT ON (lead_id) ${ACTIVITY_COLUMNS} FROM lead_activities WHERE lead_id = ANY($1::bigint[]) ORDER BY lead_id, occurred_at DESC, id DESC`,
      [leadIds],
    );
  }

  // ---------- tasks ----------

  async insertTask(manager: EntityManager, t: { leadId: string; title: string; assigneeId: string; dueOn: string; createdBy: string }): Promise<TaskRow> {
    const [row] = await manager.query('INSERT INTO lead_tasks (lead_id, title, assignee_id, due_on, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING *', [
      t.leadId, t.title, t.assigneeId, t.dueOn, t.createdBy,
    ]);
    return row;
  }

  async lockTask(manager: EntityManager, id: string): Promise<TaskRow | undefined> {
    const [row] = await manager.query('SELECT * FROM lead_tasks WHERE id = $1 FOR UPDATE', [id]);
    return row;
  }

  async completeTask(manager: EntityManager, id: string): Promise<TaskRow> {
    const [[row]] = await manager.query('UPDATE lead_tasks SET done_at = coalesce(done_at, now()) WHERE id = $1 RETURNING *', [id]);
    return row;
  }

  tasks(leadId: string): Promise<TaskRow[]> {
    return this.dataSource.query('SELECT * FROM lead_tasks WHERE lead_id = $1 ORDER BY done_at IS NOT NULL, due_on, id', [leadId]);
  }

  // ---------- notifications ----------

  notifications(userId: string, unreadOnly: boolean, limit: number): Promise<NotificationRow[]> {
    return this.dataSource.query(`SELECT * FROM notifications WHERE user_id = $1 ${unreadOnly ? 'AND read_at IS NULL' : ''} ORDER BY id DESC LIMIT $2`, [userId, limit]);
  }

  async markNotificationsRead(userId: string, ids: readonly string[]): Promise<number> {
    const [, count] = await this.dataSource.query('UPDATE notifications SET read_at = now() WHERE user_id = $1 AND id = ANY($2::bigint[]) AND read_at IS NULL', [userId, ids]);
    return count;
  }
}
