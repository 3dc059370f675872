import { Args, Context, Field, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { loadEnterprise } from '../../enterprises/src/enterprise-loader.js';
import { Enterprise } from '../../enterprises/src/enterprises.models.js';
import { CurrentScope, type GqlContext } from '../../identity/src/current-scope.js';
import { SubPark, User } from '../../identity/src/identity.models.js';
import { Role } from '../../identity/src/role.js';
import type { Scope } from '../../identity/src/scope.js';
import { SubParksService } from '../../identity/src/sub-parks.service.js';
import { loadSubPark } from '../../identity/src/sub-park-loader.js';
import { Clock, requestLoader, shanghaiDate } from '../../platform/src/index.js';
import { ActivityInput, LeadFilter, LeadInput, LeadUpdateInput, TaskInput } from './lead.input.js';
import { leadCursor, leadWhere, whereClause } from './lead-query.js';
import { toLead, type LeadRow } from './lead-row.js';
import { LeadStage } from './lead-stage.js';
import { Activity, Lead, LeadConnection, LeadTask, Notification, PipelineColumn, StageChange, TimelinePage } from './leads.models.js';
import { LeadsService, toActivity } from './leads.service.js';
import { StaleLeadsService } from './stale-leads.service.js';
import { TimelineService } from './timeline.service.js';

type ScopedColumn = PipelineColumn & { scope: Scope; filter?: LeadFilter };
type ScopedConnection = LeadConnection & { scope: Scope; filter?: LeadFilter };

interface TaskRow {
  id: string;
  title: string;
  assignee_id: string | null;
  due_on: string;
  done_at: Date | null;
}

const toTask = (t: TaskRow, today: string): LeadTask => ({
  id: String(t.id),
  title: t.title,
  assigneeId: t.assignee_id === null ? null : String(t.assignee_id),
  dueOn: t.due_on,
  doneAt: t.done_at?.toISOString() ?? null,
  overdue: t.done_at === null && t.due_on < today,
});

@ObjectType()
export class StaleRefresh {
  @Field(() => Int) flagged: number;
  @Field(() => Int) cleared: number;
}

@ObjectType()
export class StageIdleLimit {
  @Field(() => LeadStage) stage: LeadStage;
  @Field(() => Int, { nullable: true }) maxIdleDays: number | null;
}

@Resolver(() => Lead)
export class LeadsResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly service: LeadsService,
    private readonly timelines: TimelineService,
    private readonly stale: StaleLeadsService,
    private readonly subParks: SubParksService,
    private readonly clock: Clock,
  ) {}

  @Query(() => Lead, { nullable: true, description: 'NOT_FOUND when the lead does not exist or is outside your scope' })
  async lead(@CurrentScope() scope: Scope, @Args('id', { type: () => ID }) id: string): Promise<Lead> {
    return toLead(await this.service.get(scope, id));
  }

  @Query(() => LeadConnection, { description: 'Newest activity first; keyset-paged' })
  leads(
    @CurrentScope() scope: Scope,
    @Args('filter', { type: () => LeadFilter, nullable: true }) filter?: LeadFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.service.list(scope, filter, first, after);
  }

  @Query(() => [PipelineColumn], { description: 'Every stage with count and expected investment over what you may see; add leads(first) per column for a board' })
  async pipeline(@CurrentScope() scope: Scope, @Args('filter', { type: () => LeadFilter, nullable: true }) filter?: LeadFilter): Promise<ScopedColumn[]> {
    return (await this.service.pipeline(scope, filter)).map((c) => ({ ...c, scope, filter }));
  }

  @Mutation(() => Lead)
  createLead(@CurrentScope() scope: Scope, @Args('input') input: LeadInput): Promise<Lead> {
    return this.service.create(scope, input);
  }

  @Mutation(() => Lead)
  updateLead(@CurrentScope() scope: Scope, @Args('id', { type: () => ID }) id: string, @Args('input') input: LeadUpdateInput): Promise<Lead> {
    return this.service.update(scope, id, input);
  }

  @Mutation(() => Lead, { description: 'Forward moves may skip stages; back, ON_HOLD, LOST and reopening need a reason' })
  moveLead(
    @CurrentScope() scope: Scope,
    @Args('id', { type: () => ID }) id: string,
    @Args('stage', { type: () => LeadStage }) stage: LeadStage,
    @Args('version', { type: () => Int }) version: number,
    @Args('reason', { nullable: true }) reason?: string,
  ): Promise<Lead> {
    return this.service.move(scope, id, stage, version, reason);
  }

  @Mutation(() => Lead, { description: 'MANAGER / ADMIN: give the lead to another officer' })
  reassignLead(
    @CurrentScope() scope: Scope,
    @Args('id', { type: () => ID }) id: string,
    @Args('ownerId', { type: () => ID }) ownerId: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<Lead> {
    return this.service.reassign(scope, id, ownerId, version);
  }

  @Mutation(() => Activity)
  logActivity(@CurrentScope() scope: Scope, @Args('leadId', { type: () => ID }) leadId: string, @Args('input') input: ActivityInput): Promise<Activity> {
    return this.service.logActivity(scope, leadId, input);
  }

  @Mutation(() => LeadTask)
  async addTask(@CurrentScope() scope: Scope, @Args('leadId', { type: () => ID }) leadId: string, @Args('input') input: TaskInput): Promise<LeadTask> {
    return toTask(await this.service.addTask(scope, leadId, input), shanghaiDate(this.clock.now()));
  }

  @Mutation(() => LeadTask)
  async completeTask(@CurrentScope() scope: Scope, @Args('id', { type: () => ID }) id: string): Promise<LeadTask> {
    return toTask(await this.service.completeTask(scope, id), shanghaiDate(this.clock.now()));
  }

  @Mutation(() => StaleRefresh, { description: 'MANAGER / ADMIN: refresh stale flags now (the worker does it hourly)' })
  refreshStaleLeads(@CurrentScope() scope: Scope): Promise<StaleRefresh> {
    scope.require(Role.MANAGER, Role.ADMIN);
    return this.stale.refresh();
  }

  @Query(() => [StageIdleLimit])
  stageIdleLimits(@CurrentScope() _scope: Scope): Promise<StageIdleLimit[]> {
    return this.stale.limits();
  }

  @Mutation(() => [StageIdleLimit], { description: 'ADMIN: days a lead may sit idle in a stage before it is stale (null: never)' })
  async setStageIdleLimit(
    @CurrentScope() scope: Scope,
    @Args('stage', { type: () => LeadStage }) stage: LeadStage,
    @Args('maxIdleDays', { type: () => Int, nullable: true }) maxIdleDays: number | null,
  ): Promise<StageIdleLimit[]> {
    await this.stale.setLimit(scope, stage, maxIdleDays ?? null);
    return this.stale.limits();
  }

  // ---------- relations, each batched per request ----------

  @ResolveField(() => Enterprise)
  enterprise(@Parent() lead: Lead, @Context() ctx: GqlContext): Promise<Enterprise> {
    return loadEnterprise(ctx, this.dataSource, lead.enterpriseId);
  }

  @ResolveField(() => User, { nullable: true })
  owner(@Parent() lead: Lead, @Context() ctx: GqlContext): Promise<User | null> {
    if (!lead.ownerId) return Promise.resolve(null);
    const loader = requestLoader<string, User | null>(ctx, 'lead.owner', async (ids) => {
      const rows: { id: string; email: string; role: User['role']; name: string | null }[] = await this.dataSource.query(
        'SELECT id, email, role, name FROM users WHERE id = ANY($1::bigint[])',
        [ids],
      );
      return ids.map((id) => {
        const r = rows.find((u) => String(u.id) === id);
        return r ? { id: String(r.id), email: r.email, role: r.role, name: r.name, subParkIds: [] } : null;
      });
    });
    return loader.load(lead.ownerId);
  }

  @ResolveField(() => SubPark, { nullable: true })
  subPark(@Parent() lead: Lead, @Context() ctx: GqlContext): Promise<SubPark | null> {
    return loadSubPark(ctx, this.subParks, lead.subParkId);
  }

  @ResolveField(() => Activity, { nullable: true, description: 'The most recent activity' })
  lastActivity(@Parent() lead: Lead, @Context() ctx: GqlContext): Promise<Activity | null> {
    const loader = requestLoader<string, Activity | null>(ctx, 'lead.lastActivity', async (ids) => {
      const rows = await this.dataSource.query(
        `SELECT DISTINCT ON (lead_id) * FROM lead_activities WHERE lead_id = ANY($1::bigint[]) ORDER BY lead_id, occurred_at DESC, id DESC`,
        [ids],
      );
      const byLead = new Map(rows.map((r: Parameters<typeof toActivity>[0]) => [String(r.lead_id), toActivity(r)]));
      return ids.map((id) => (byLead.get(id) as Activity | undefined) ?? null);
    });
    return loader.load(lead.id);
  }

  @ResolveField(() => [Activity], { description: 'Newest first' })
  async activities(@Parent() lead: Lead, @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number): Promise<Activity[]> {
    const rows = await this.dataSource.query('SELECT * FROM lead_activities WHERE lead_id = $1 ORDER BY occurred_at DESC, id DESC LIMIT $2', [
      lead.id,
      Math.min(Math.max(first ?? 20, 1), 200),
    ]);
    return rows.map(toActivity);
  }

  @ResolveField(() => [StageChange], { description: 'Oldest first: the path the project took' })
  async stageChanges(@Parent() lead: Lead): Promise<StageChange[]> {
    const rows = await this.dataSource.query('SELECT * FROM lead_stage_changes WHERE lead_id = $1 ORDER BY at, id', [lead.id]);
    return rows.map((r: { from_stage: LeadStage | null; to_stage: LeadStage; at: Date; reason: string | null; actor_id: string | null }) => ({
      from: r.from_stage,
      to: r.to_stage,
      at: r.at.toISOString(),
      reason: r.reason,
      actorId: r.actor_id === null ? null : String(r.actor_id),
    }));
  }

  @ResolveField(() => [LeadTask], { description: 'Open tasks first, by due date' })
  async tasks(@Parent() lead: Lead): Promise<LeadTask[]> {
    const rows: TaskRow[] = await this.dataSource.query('SELECT * FROM lead_tasks WHERE lead_id = $1 ORDER BY done_at IS NOT NULL, due_on, id', [lead.id]);
    const today = shanghaiDate(this.clock.now());
    return rows.map((t) => toTask(t, today));
  }

  @ResolveField(() => TimelinePage, { description: 'Stage changes, activities and field edits, newest first' })
  timeline(
    @CurrentScope() scope: Scope,
    @Parent() lead: Lead,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<TimelinePage> {
    return this.timelines.page(scope, lead.id, first, after);
  }
}

@Resolver(() => PipelineColumn)
export class PipelineColumnResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly service: LeadsService,
  ) {}

  /** The cards of a board column. Without `after`, all columns load in one statement (a lateral join per stage). */
  @ResolveField(() => LeadConnection)
  async leads(
    @Parent() column: ScopedColumn,
    @Context() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<LeadConnection> {
    if (after) return this.service.list(column.scope, { ...column.filter, stage: column.stage }, first, after);
    const n = Math.min(Math.max(first ?? 20, 0), 200);
    const loader = requestLoader<LeadStage, LeadConnection>(ctx, `board:${n}`, async (stages) => {
      const w = leadWhere(column.scope, { ...column.filter, stage: undefined });
      const stageParam = `$${w.params.push(stages)}`;
      const limitParam = `$${w.params.push(n + 1)}`;
      w.conditions.push('l.stage = s.stage');
      const rows: (LeadRow & { column_stage: LeadStage })[] = await this.dataSource.query(
        `SELECT x.* FROM unnest(${stageParam}::text[]) AS s(stage)
         CROSS JOIN LATERAL (SELECT l.* FROM leads l ${whereClause(w)} ORDER BY l.updated_at DESC, l.id DESC LIMIT ${limitParam}) x`,
        w.params,
      );
      return stages.map((stage) => {
        const all = rows.filter((r) => r.stage === stage);
        const page = all.slice(0, n);
        return {
          edges: page.map((r) => ({ cursor: leadCursor(r), node: toLead(r) })),
          pageInfo: { hasNextPage: all.length > n, endCursor: page.length ? leadCursor(page[page.length - 1]) : null },
        };
      });
    });
    return loader.load(column.stage);
  }
}

@Resolver(() => LeadConnection)
export class LeadConnectionResolver {
  constructor(private readonly service: LeadsService) {}

  @ResolveField(() => Int)
  totalCount(@Parent() c: ScopedConnection): Promise<number> {
    return this.service.count(c.scope, c.filter);
  }
}

@Resolver(() => Enterprise)
export class EnterpriseLeadsResolver {
  constructor(private readonly service: LeadsService) {}

  @ResolveField(() => LeadConnection, { description: "The enterprise's leads that you may see" })
  leads(
    @CurrentScope() scope: Scope,
    @Parent() e: Enterprise,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.service.list(scope, { enterpriseId: e.id }, first, after);
  }
}

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Query(() => [Notification], { description: 'Your in-app notifications, newest first' })
  async notifications(
    @CurrentScope() scope: Scope,
    @Args('unreadOnly', { nullable: true, defaultValue: false }) unreadOnly: boolean,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
  ): Promise<Notification[]> {
    const rows = await this.dataSource.query(
      `SELECT * FROM notifications WHERE user_id = $1 ${unreadOnly ? 'AND read_at IS NULL' : ''} ORDER BY id DESC LIMIT $2`,
      [scope.userId, Math.min(Math.max(first ?? 50, 1), 200)],
    );
    return rows.map((r: { id: string; kind: string; title: string; body: string | null; lead_id: string | null; created_at: Date; read_at: Date | null }) => ({
      id: String(r.id), kind: r.kind, title: r.title, body: r.body, leadId: r.lead_id === null ? null : String(r.lead_id), createdAt: r.created_at, readAt: r.read_at,
    }));
  }

  @Mutation(() => Int, { description: 'Marks your notifications read; returns how many changed' })
  async markNotificationsRead(@CurrentScope() scope: Scope, @Args('ids', { type: () => [ID] }) ids: string[]): Promise<number> {
    const [, count] = await this.dataSource.query('UPDATE notifications SET read_at = now() WHERE user_id = $1 AND id = ANY($2::bigint[]) AND read_at IS NULL', [
      scope.userId,
      ids.filter((id) => /^\d+$/.test(id)),
    ]);
    return count;
  }
}
