import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Role } from '../../identity/src/role.js';
import type { Scope } from '../../identity/src/scope.js';
import { badInput, conflict, enqueueInTransaction, forbidden, notFound, pageSize, recordAudit, wanToFen } from '../../platform/src/index.js';
import type { ActivityInput, LeadFilter, LeadInput, LeadUpdateInput, TaskInput } from './lead.input.js';
import { afterCursor, leadCursor, leadWhere, whereClause } from './lead-query.js';
import { auditView, toLead, type LeadRow } from './lead-row.js';
import { ALL_STAGES, LeadStage, moveNeedsReason, STAGE_NAMES } from './lead-stage.js';
import type { Activity, Lead, LeadConnection, PipelineColumn } from './leads.models.js';

const WRITERS = [Role.OFFICER, Role.MANAGER, Role.ADMIN];
const ID_RE = /^\d+$/;

/** Editable field → column, with how the API value is stored. */
const FIELD_COLUMNS: Record<string, { column: string; to: (v: unknown) => unknown }> = {
  title: { column: 'title', to: (v) => (v as string).trim() },
  ownerId: { column: 'owner_id', to: (v) => v },
  source: { column: 'source', to: (v) => v },
  nodeCode: { column: 'node_code', to: (v) => v },
  expectedInvestment: { column: 'expected_investment', to: (v) => wanToFen(v as number | null) },
  fixedAssetInvestment: { column: 'fixed_asset_investment', to: (v) => wanToFen(v as number | null) },
  landMu: { column: 'land_mu', to: (v) => v },
  floorSpace: { column: 'floor_space_m2', to: (v) => v },
  expectedOutput: { column: 'expected_output', to: (v) => wanToFen(v as number | null) },
  expectedTax: { column: 'expected_tax', to: (v) => wanToFen(v as number | null) },
  expectedJobs: { column: 'expected_jobs', to: (v) => v },
  priority: { column: 'priority', to: (v) => v },
  nextFollowUp: { column: 'next_follow_up', to: (v) => v },
};

@Injectable()
export class LeadsService {
  constructor(
    private readonly dataSource: DataSource,
  ) {}

  // ---------- reads: every one goes through leadWhere(scope, …) ----------

  /** A lead the caller may not see is NOT_FOUND, exactly like one that does not exist. */
  async get(scope: Scope, id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<LeadRow> {
    if (!ID_RE.test(id)) throw notFound('Lead');
    const w = leadWhere(scope, undefined);
    w.params.push(id);
    w.conditions.push(`l.id = $${w.params.length}`);
    const [row] = await manager.query(`SELECT l.* FROM leads l ${whereClause(w)} ${lock ? 'FOR UPDATE' : ''}`, w.params);
    if (!row) throw notFound('Lead');
    return row;
  }

  async list(scope: Scope, filter: LeadFilter | undefined, first?: number, after?: string): Promise<LeadConnection & { filter?: LeadFilter; scope: Scope }> {
    const n = pageSize(first);
    const w = leadWhere(scope, filter);
    afterCursor(w, after);
    w.params.push(n + 1);
    const rows: LeadRow[] = await this.dataSource.query(
      `SELECT l.* FROM leads l ${whereClause(w)} ORDER BY l.updated_at DESC, l.id DESC LIMIT $${w.params.length}`,
      w.params,
    );
    const page = rows.slice(0, n);
    return {
      edges: page.map((r) => ({ cursor: leadCursor(r), node: toLead(r) })),
      pageInfo: { hasNextPage: rows.length > n, endCursor: page.length ? leadCursor(page[page.length - 1]) : null },
      filter,
      scope,
    };
  }

  async count(scope: Scope, filter: LeadFilter | undefined): Promise<number> {
    const w = leadWhere(scope, filter);
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM leads l ${whereClause(w)}`, w.params);
    return n;
  }

  /** Every stage with its count and expected investment, summed in SQL over exactly what the caller may see. */
  async pipeline(scope: Scope, filter: LeadFilter | undefined): Promise<PipelineColumn[]> {
    const rows: { stage: LeadStage; count: number; sum: string }[] = this.totalsAnswer(filter)
      ? await this.fromTotals(scope, filter?.subParkId)
      : await this.aggregate(scope, filter);
    return ALL_STAGES.map((stage) => {
      const r = rows.find((x) => x.stage === stage);
      return { stage, name: STAGE_NAMES[stage], count: r?.count ?? 0, expectedInvestment: r ? Number(BigInt(r.sum)) / 1_000_000 : 0 };
    });
  }

  /** Only a sub-park narrows the board? Then the trigger-kept totals answer it without touching the leads. */
  private totalsAnswer(filter: LeadFilter | undefined): boolean {
    return !filter || Object.entries(filter).every(([k, v]) => v === undefined || v === null || k === 'subParkId');
  }

  private async fromTotals(scope: Scope, subParkId?: string) {
    const params: unknown[] = [];
    const conditions: string[] = [];
    const visible = scope.visibleSubParkIds();
    if (visible !== null) conditions.push(`t.sub_park_id = ANY($${params.push(visible)}::bigint[])`);
    if (subParkId) conditions.push(`t.sub_park_id = $${params.push(subParkId)}`);
    return this.dataSource.query(
      `SELECT t.stage, sum(t.count)::int AS count, sum(t.expected_investment)::text AS sum FROM lead_stage_totals t
       ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''} GROUP BY t.stage`,
      params,
    );
  }

  private async aggregate(scope: Scope, filter: LeadFilter | undefined) {
    const w = leadWhere(scope, filter);
    return this.dataSource.query(
      `SELECT l.stage, count(*)::int AS count, coalesce(sum(l.expected_investment), 0)::text AS sum FROM leads l ${whereClause(w)} GROUP BY l.stage`,
      w.params,
    );
  }

  // ---------- writes ----------

  async create(scope: Scope, input: LeadInput, opts: { source?: string; manager?: EntityManager } = {}): Promise<Lead> {
    scope.require(...WRITERS);
    if (!scope.canWriteSubPark(input.subParkId)) throw forbidden('You do not work in this sub-park');
    const run = async (manager: EntityManager) => {
      const [enterprise] = await manager.query('SELECT id FROM enterprises WHERE id = $1', [input.enterpriseId]);
      if (!enterprise) throw badInput('enterpriseId', 'enterpriseId: no such enterprise');
      const [park] = await manager.query('SELECT id FROM sub_parks WHERE id = $1', [input.subParkId]);
      if (!park) throw badInput('subParkId', 'subParkId: no such sub-park');
      const ownerId = input.ownerId ?? (scope.role === Role.OFFICER ? scope.userId : null);
      await this.checkReferences(manager, { ownerId, nodeCode: input.nodeCode, subParkId: input.subParkId });
      const values: Record<string, unknown> = { enterprise_id: input.enterpriseId, sub_park_id: input.subParkId, owner_id: ownerId, created_by: scope.actorId };
      for (const [field, def] of Object.entries(FIELD_COLUMNS)) {
        const v = (input as unknown as Record<string, unknown>)[field];
        if (v !== undefined && field !== 'ownerId') values[def.column] = def.to(v);
      }
      if (opts.source) values.source = opts.source;
      const cols = Object.keys(values);
      const [row]: LeadRow[] = await manager.query(
        `INSERT INTO leads (${cols.join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING *`,
        Object.values(values),
      );
      await manager.query('INSERT INTO lead_stage_changes (lead_id, from_stage, to_stage, actor_id) VALUES ($1, NULL, $2, $3)', [row.id, row.stage, scope.actorId]);
      await recordAudit(manager, { actorId: scope.actorId, action: 'createLead', entity: 'Lead', entityId: String(row.id), before: null, after: auditView(row) });
      return toLead(row);
    };
    return opts.manager ? run(opts.manager) : this.dataSource.transaction(run);
  }

  async update(scope: Scope, id: string, input: LeadUpdateInput): Promise<Lead> {
    return this.writeLead(scope, id, input.version, 'updateLead', async (manager, current) => {
      const sets: string[] = [];
      const params: unknown[] = [];
      for (const [field, def] of Object.entries(FIELD_COLUMNS)) {
        const v = (input as unknown as Record<string, unknown>)[field];
        if (v === undefined) continue;
        if (field === 'ownerId' && v !== current.owner_id && !scope.seesAll) throw forbidden('Only a manager can reassign a lead');
        params.push(def.to(v));
        sets.push(`${def.column} = $${params.length}`);
      }
      await this.checkReferences(manager, { ownerId: input.ownerId, nodeCode: input.nodeCode, subParkId: current.sub_park_id });
      return { sets, params };
    });
  }

  async move(scope: Scope, id: string, stage: LeadStage, version: number, reason?: string | null): Promise<Lead> {
    const why = reason?.trim() || null;
    return this.writeLead(scope, id, version, 'moveLead', async (manager, current) => {
      if (current.stage === stage) throw badInput('stage', `stage: the lead is already ${STAGE_NAMES[stage]}`);
      if (moveNeedsReason(current.stage, stage) && !why) {
        throw badInput('reason', `reason: moving from ${STAGE_NAMES[current.stage]} to ${STAGE_NAMES[stage]} needs a reason`);
      }
      await manager.query('INSERT INTO lead_stage_changes (lead_id, from_stage, to_stage, reason, actor_id) VALUES ($1, $2, $3, $4, $5)', [
        id, current.stage, stage, why, scope.userId,
      ]);
      const sets = ['stage = $1', 'stage_entered_at = now()', 'stale = false'];
      const params: unknown[] = [stage];
      if (stage === LeadStage.ON_HOLD) sets.push(`hold_reason = $${params.push(why)}`);
      if (stage === LeadStage.LOST) sets.push(`loss_reason = $${params.push(why)}`);
      return { sets, params };
    });
  }

  /** MANAGER / ADMIN: hand a lead to another officer. */
  async reassign(scope: Scope, id: string, ownerId: string, version: number): Promise<Lead> {
    scope.require(Role.MANAGER, Role.ADMIN);
    return this.writeLead(scope, id, version, 'reassignLead', async (manager, current) => {
      await this.checkReferences(manager, { ownerId, subParkId: current.sub_park_id });
      return { sets: ['owner_id = $1'], params: [ownerId] };
    });
  }

  async logActivity(scope: Scope, leadId: string, input: ActivityInput): Promise<Activity> {
    scope.require(...WRITERS);
    return this.dataSource.transaction(async (manager) => {
      const lead = await this.get(scope, leadId, manager, true);
      if (!scope.canWriteSubPark(lead.sub_park_id)) throw forbidden('You may read this lead but not change it');
      const occurredAt = new Date(input.occurredAt);
      if (Number.isNaN(occurredAt.getTime())) throw badInput('occurredAt', 'occurredAt: not a valid time');
      const [row] = await manager.query(
        `INSERT INTO lead_activities (lead_id, type, occurred_at, summary, participants, next_step, actor_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
        [leadId, input.type, occurredAt, input.summary.trim(), input.participants ?? [], input.nextStep ?? null, scope.userId],
      );
      // Activity is not an edit of the lead's fields: no version bump, so logging a call never conflicts with an edit.
      await manager.query(
        `UPDATE leads SET last_activity_at = greatest(last_activity_at, $2), updated_at = now(),
           stale = CASE WHEN $2 >= stage_entered_at THEN false ELSE stale END WHERE id = $1`,
        [leadId, occurredAt],
      );
      await recordAudit(manager, { actorId: scope.userId, action: 'logActivity', entity: 'Lead', entityId: leadId, before: null, after: { activity: input.type, summary: input.summary } });
      // Engagement counts toward the enterprise's landing likelihood.
      await enqueueInTransaction(manager, { name: 'ProfileEnterprise', payload: { enterpriseId: String(lead.enterprise_id) }, dedupeKey: `profile:${lead.enterprise_id}` });
      return toActivity(row);
    });
  }

  async addTask(scope: Scope, leadId: string, input: TaskInput) {
    scope.require(...WRITERS);
    return this.dataSource.transaction(async (manager) => {
      const lead = await this.get(scope, leadId, manager);
      if (!scope.canWriteSubPark(lead.sub_park_id)) throw forbidden('You may read this lead but not change it');
      const assignee = input.assigneeId ?? lead.owner_id ?? scope.userId;
      await this.checkReferences(manager, { ownerId: assignee, subParkId: lead.sub_park_id }, 'assigneeId');
      const [row] = await manager.query('INSERT INTO lead_tasks (lead_id, title, assignee_id, due_on, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING *', [
        leadId, input.title.trim(), assignee, input.dueOn, scope.userId,
      ]);
      await recordAudit(manager, { actorId: scope.userId, action: 'addTask', entity: 'Lead', entityId: leadId, before: null, after: { task: input.title, dueOn: input.dueOn, assigneeId: assignee } });
      return row;
    });
  }

  async completeTask(scope: Scope, taskId: string) {
    scope.require(...WRITERS);
    if (!ID_RE.test(taskId)) throw notFound('Task');
    return this.dataSource.transaction(async (manager) => {
      const [task] = await manager.query('SELECT * FROM lead_tasks WHERE id = $1 FOR UPDATE', [taskId]);
      if (!task) throw notFound('Task');
      const lead = await this.get(scope, String(task.lead_id), manager).catch(() => null);
      if (!lead) throw notFound('Task');
      if (!scope.canWriteSubPark(lead.sub_park_id)) throw forbidden('You may read this lead but not change it');
      const [[row]] = await manager.query('UPDATE lead_tasks SET done_at = coalesce(done_at, now()) WHERE id = $1 RETURNING *', [taskId]);
      await recordAudit(manager, { actorId: scope.userId, action: 'completeTask', entity: 'Lead', entityId: String(task.lead_id), before: { task: task.title, done: false }, after: { task: task.title, done: true } });
      return row;
    });
  }

  // ---------- helpers ----------

  /** Lock, check scope and version, apply, audit: every edit of a lead row goes through here. */
  private async writeLead(
    scope: Scope,
    id: string,
    version: number,
    action: string,
    change: (manager: EntityManager, current: LeadRow) => Promise<{ sets: string[]; params: unknown[] }>,
  ): Promise<Lead> {
    scope.require(...WRITERS);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.get(scope, id, manager, true);
      if (!scope.canWriteSubPark(current.sub_park_id)) throw forbidden('You may read this lead but not change it');
      if (current.version !== version) throw conflict(`This lead was changed by someone else (version ${current.version}, yours ${version}); reload and try again`);
      const { sets, params } = await change(manager, current);
      params.push(id, version);
      const assignments = [...sets, 'version = version + 1', 'updated_at = now()'].join(', ');
      const [[row]] = await manager.query(`UPDATE leads SET ${assignments} WHERE id = $${params.length - 1} AND version = $${params.length} RETURNING *`, params);
      if (!row) throw conflict();
      await recordAudit(manager, { actorId: scope.userId, action, entity: 'Lead', entityId: id, before: auditView(current), after: auditView(row) });
      return toLead(row);
    });
  }

  /** An owner must be able to work the lead: an officer of its sub-park, or a manager or admin. */
  private async checkReferences(manager: EntityManager, refs: { ownerId?: string | null; nodeCode?: string | null; subParkId: string }, ownerField = 'ownerId'): Promise<void> {
    if (refs.ownerId) {
      const [owner] = await manager.query(
        `SELECT u.role, EXISTS (SELECT 1 FROM user_sub_parks s WHERE s.user_id = u.id AND s.sub_park_id = $2) AS in_park FROM users u WHERE u.id = $1`,
        [refs.ownerId, refs.subParkId],
      );
      if (!owner) throw badInput(ownerField, `${ownerField}: no such user`);
      if (owner.role === Role.GROUP || (owner.role === Role.OFFICER && !owner.in_park)) {
        throw badInput(ownerField, `${ownerField}: this user does not work in the lead's sub-park`);
      }
    }
    if (refs.nodeCode) {
      const [node] = await manager.query('SELECT 1 FROM chain_nodes WHERE code = $1', [refs.nodeCode]);
      if (!node) throw badInput('nodeCode', `nodeCode: unknown chain node ${refs.nodeCode}`);
    }
  }
}

export function toActivity(r: { id: string; lead_id: string; type: Activity['type']; occurred_at: Date; summary: string; participants: string[]; next_step: string | null; actor_id: string | null }): Activity {
  return {
    id: String(r.id),
    leadId: String(r.lead_id),
    type: r.type,
    occurredAt: r.occurred_at.toISOString(),
    summary: r.summary,
    participants: r.participants,
    nextStep: r.next_step,
    actorId: r.actor_id === null ? null : String(r.actor_id),
  };
}
