import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ChainsService } from '../../chains/src/chains.service.js';
import { EnterprisesRepository } from '../../enterprises/src/enterprises.repository.js';
import { Role } from '../../identity/src/role.js';
import type { Scope } from '../../identity/src/scope.js';
import { SubParksService } from '../../identity/src/sub-parks.service.js';
import { usersByIds } from '../../identity/src/user-loader.js';
import { badInput, Clock, conflict, enqueueInTransaction, forbidden, notFound, pageSize, recordAudit, shanghaiDate, wanToFen } from '../../platform/src/index.js';
import type { ActivityInput, LeadFilter, LeadInput, LeadUpdateInput, TaskInput } from './lead.input.js';
import { leadCursor } from './lead-query.js';
import { auditView, toLead, type LeadRow } from './lead-row.js';
import { ALL_STAGES, LeadStage, moveNeedsReason, STAGE_NAMES } from './lead-stage.js';
import type { Activity, Lead, LeadConnection, LeadTask, PipelineColumn, StageChange } from './leads.models.js';
import { cardColumns, LeadsRepository, type ActivityRow, type TaskRow } from './leads.repository.js';

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
    private readonly repo: LeadsRepository,
    private readonly enterprises: EnterprisesRepository,
    private readonly chains: ChainsService,
    private readonly subParks: SubParksService,
    private readonly clock: Clock,
  ) {}

  // ---------- reads: every one goes through leadWhere(scope, …) ----------

  /** A lead the caller may not see is NOT_FOUND, exactly like one that does not exist. */
  async get(scope: Scope, id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<LeadRow> {
    if (!ID_RE.test(id)) throw notFound('Lead');
    const row = await this.repo.findVisible(scope, id, manager, lock);
    if (!row) throw notFound('Lead');
    return row;
  }

  async list(scope: Scope, filter: LeadFilter | undefined, first?: number, after?: string): Promise<LeadConnection & { filter?: LeadFilter; scope: Scope }> {
    const n = pageSize(first);
    return { ...toConnection(await this.repo.page(scope, filter, n + 1, after), n), filter, scope };
  }

  async count(scope: Scope, filter: LeadFilter | undefined): Promise<number> {
    return this.repo.count(scope, filter);
  }

  /** Every stage with its count and expected investment, summed in SQL over exactly what the caller may see. */
  async pipeline(scope: Scope, filter: LeadFilter | undefined): Promise<PipelineColumn[]> {
    // Only a sub-park narrows the board? Then the trigger-kept totals answer it without touching the leads.
    const onlySubPark = !filter || Object.entries(filter).every(([k, v]) => v === undefined || v === null || k === 'subParkId');
    const rows = onlySubPark ? await this.repo.stageTotals(scope.visibleSubParkIds(), filter?.subParkId) : await this.repo.stageSums(scope, filter);
    return ALL_STAGES.map((stage) => {
      const r = rows.find((x) => x.stage === stage);
      return { stage, name: STAGE_NAMES[stage], count: r?.count ?? 0, expectedInvestment: r ? Number(BigInt(r.sum)) / 1_000_000 : 0 };
    });
  }

  /** The first `first` cards of every stage, one statement for all columns; `fields`: the Lead fields they show. */
  async firstOfEachStage(scope: Scope, filter: LeadFilter | undefined, first: number | undefined, fields?: ReadonlySet<string>): Promise<Map<LeadStage, LeadConnection>> {
    const n = pageSize(first, 20, 200);
    const rows = await this.repo.firstOfEachStage(scope, filter, ALL_STAGES, n + 1, cardColumns(fields));
    return new Map(ALL_STAGES.map((stage) => [stage, toConnection(rows.filter((r) => r.stage === stage), n)]));
  }

  activities(lead: Lead, first: number | undefined): Promise<Activity[]> {
    return this.repo.activities(lead.id, pageSize(first, 20, 200)).then((rows) => rows.map(toActivity));
  }

  async lastActivities(leadIds: readonly string[]): Promise<Map<string, Activity>> {
    return new Map((await this.repo.lastActivities(leadIds)).map((r) => [String(r.lead_id), toActivity(r)]));
  }

  async stageChanges(lead: Lead): Promise<StageChange[]> {
    return (await this.repo.stageChanges(lead.id)).map((r) => ({
      from: r.from_stage,
      to: r.to_stage,
      at: r.at.toISOString(),
      reason: r.reason,
      actorId: r.actor_id === null ? null : String(r.actor_id),
    }));
  }

  async tasks(lead: Lead): Promise<LeadTask[]> {
    const today = shanghaiDate(this.clock.now());
    return (await this.repo.tasks(lead.id)).map((t) => toTask(t, today));
  }

  // ---------- writes ----------

  async create(scope: Scope, input: LeadInput, opts: { source?: string; manager?: EntityManager } = {}): Promise<Lead> {
    scope.require(...WRITERS);
    if (!scope.canWriteSubPark(input.subParkId)) throw forbidden('You do not work in this sub-park');
    const run = async (manager: EntityManager) => {
      if (!(await this.enterprises.findOne({ id: input.enterpriseId }, manager))) throw badInput('enterpriseId', 'enterpriseId: no such enterprise');
      if (!(await this.subParks.list()).some((p) => p.id === String(input.subParkId))) throw badInput('subParkId', 'subParkId: no such sub-park');
      const ownerId = input.ownerId ?? (scope.role === Role.OFFICER ? scope.userId : null);
      await this.checkReferences(manager, { ownerId, nodeCode: input.nodeCode, subParkId: input.subParkId });
      const values: Record<string, unknown> = { enterprise_id: input.enterpriseId, sub_park_id: input.subParkId, owner_id: ownerId, created_by: scope.actorId };
      for (const [field, def] of Object.entries(FIELD_COLUMNS)) {
        const v = (input as unknown as Record<string, unknown>)[field];
        if (v !== undefined && field !== 'ownerId') values[def.column] = def.to(v);
      }
      if (opts.source) values.source = opts.source;
      const row = await this.repo.insert(manager, values);
      await this.repo.insertStageChange(manager, { leadId: String(row.id), from: null, to: row.stage, actorId: scope.actorId });
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
      await this.repo.insertStageChange(manager, { leadId: id, from: current.stage, to: stage, reason: why, actorId: scope.userId });
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
      // An activity dated years ahead would keep the lead from ever going stale.
      if (occurredAt.getTime() > this.clock.now().getTime() + 24 * 3600_000) throw badInput('occurredAt', 'occurredAt: more than a day in the future');
      const row = await this.repo.insertActivity(manager, leadId, {
        type: input.type, occurredAt, summary: input.summary.trim(), participants: input.participants ?? [], nextStep: input.nextStep ?? null, actorId: scope.userId,
      });
      await recordAudit(manager, { actorId: scope.userId, action: 'logActivity', entity: 'Lead', entityId: leadId, before: null, after: { activity: input.type, summary: input.summary } });
      // Engagement counts toward the enterprise's landing likelihood.
      await enqueueInTransaction(manager, { name: 'ProfileEnterprise', payload: { enterpriseId: String(lead.enterprise_id) }, dedupeKey: `profile:${lead.enterprise_id}` });
      return toActivity(row);
    });
  }

  async addTask(scope: Scope, leadId: string, input: TaskInput): Promise<LeadTask> {
    scope.require(...WRITERS);
    return this.dataSource.transaction(async (manager) => {
      const lead = await this.get(scope, leadId, manager);
      if (!scope.canWriteSubPark(lead.sub_park_id)) throw forbidden('You may read this lead but not change it');
      const assignee = input.assigneeId ?? lead.owner_id ?? scope.userId;
      await this.checkReferences(manager, { ownerId: assignee, subParkId: lead.sub_park_id }, 'assigneeId');
      const row = await this.repo.insertTask(manager, { leadId, title: input.title.trim(), assigneeId: assignee, dueOn: input.dueOn, createdBy: scope.userId });
      await recordAudit(manager, { actorId: scope.userId, action: 'addTask', entity: 'Lead', entityId: leadId, before: null, after: { task: input.title, dueOn: input.dueOn, assigneeId: assignee } });
      return toTask(row, shanghaiDate(this.clock.now()));
    });
  }

  async completeTask(scope: Scope, taskId: string): Promise<LeadTask> {
    scope.require(...WRITERS);
    if (!ID_RE.test(taskId)) throw notFound('Task');
    return this.dataSource.transaction(async (manager) => {
      const task = await this.repo.lockTask(manager, taskId);
      if (!task) throw notFound('Task');
      const lead = await this.get(scope, String(task.lead_id), manager).catch(() => null);
      if (!lead) throw notFound('Task');
      if (!scope.canWriteSubPark(lead.sub_park_id)) throw forbidden('You may read this lead but not change it');
      const row = await this.repo.completeTask(manager, taskId);
      await recordAudit(manager, { actorId: scope.userId, action: 'completeTask', entity: 'Lead', entityId: String(task.lead_id), before: { task: task.title, done: false }, after: { task: task.title, done: true } });
      return toTask(row, shanghaiDate(this.clock.now()));
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
      const row = await this.repo.updateVersioned(manager, id, version, sets, params);
      if (!row) throw conflict();
      await recordAudit(manager, { actorId: scope.userId, action, entity: 'Lead', entityId: id, before: auditView(current), after: auditView(row) });
      return toLead(row);
    });
  }

  /** An owner must be able to work the lead: an officer of its sub-park, or a manager or admin. */
  private async checkReferences(manager: EntityManager, refs: { ownerId?: string | null; nodeCode?: string | null; subParkId: string }, ownerField = 'ownerId'): Promise<void> {
    if (refs.ownerId) {
      const [owner] = await usersByIds(manager, [refs.ownerId]);
      if (!owner) throw badInput(ownerField, `${ownerField}: no such user`);
      if (owner.role === Role.GROUP || (owner.role === Role.OFFICER && !owner.subParkIds.includes(String(refs.subParkId)))) {
        throw badInput(ownerField, `${ownerField}: this user does not work in the lead's sub-park`);
      }
    }
    if (refs.nodeCode) {
      if (!(await this.chains.nodesByCodes([refs.nodeCode])).has(refs.nodeCode)) throw badInput('nodeCode', `nodeCode: unknown chain node ${refs.nodeCode}`);
    }
  }
}

export function toActivity(r: ActivityRow): Activity {
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

export const toTask = (t: TaskRow, today: string): LeadTask => ({
  id: String(t.id),
  title: t.title,
  assigneeId: t.assignee_id === null ? null : String(t.assignee_id),
  dueOn: t.due_on,
  doneAt: t.done_at?.toISOString() ?? null,
  overdue: t.done_at === null && t.due_on < today,
});

/** `rows` holds up to n + 1 rows: the extra one only says there is a next page. */
export function toConnection(rows: LeadRow[], n: number): LeadConnection {
  const page = rows.slice(0, n);
  return {
    // A card's own cursor is encoded only if the query asks for it (a board asks for the column's endCursor only).
    edges: page.map((r) => ({
      get cursor() {
        return leadCursor(r);
      },
      node: toLead(r),
    })),
    pageInfo: { hasNextPage: rows.length > n, endCursor: page.length ? leadCursor(page[page.length - 1]) : null },
  };
}
