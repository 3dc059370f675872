import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Enterprise } from '../../enterprises/src/enterprises.models.js';
import { CurrentScope } from '../../identity/src/current-scope.js';
import type { Scope } from '../../identity/src/scope.js';
import { ActivityInput, LeadFilter, LeadInput, LeadUpdateInput, TaskInput } from './lead.input.js';
import { toLead } from './lead-row.js';
import { LeadStage } from './lead-stage.js';
import { Activity, Lead, LeadConnection, LeadTask, StageChange, TimelinePage } from './leads.models.js';
import { LeadsService } from './leads.service.js';
import { TimelineService } from './timeline.service.js';

/** The lead API: one lead, lists, edits, and the lead's lists (activities, stage path, tasks, timeline). */
@Resolver(() => Lead)
export class LeadResolver {
  constructor(
    private readonly service: LeadsService,
    private readonly timelines: TimelineService,
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
  addTask(@CurrentScope() scope: Scope, @Args('leadId', { type: () => ID }) leadId: string, @Args('input') input: TaskInput): Promise<LeadTask> {
    return this.service.addTask(scope, leadId, input);
  }

  @Mutation(() => LeadTask)
  completeTask(@CurrentScope() scope: Scope, @Args('id', { type: () => ID }) id: string): Promise<LeadTask> {
    return this.service.completeTask(scope, id);
  }

  // ---------- relations (enterprise, owner, sub-park and last activity: see LeadRelations) ----------

  @ResolveField(() => [Activity], { description: 'Newest first' })
  activities(@Parent() lead: Lead, @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number): Promise<Activity[]> {
    return this.service.activities(lead, first);
  }

  @ResolveField(() => [StageChange], { description: 'Oldest first: the path the project took' })
  stageChanges(@Parent() lead: Lead): Promise<StageChange[]> {
    return this.service.stageChanges(lead);
  }

  @ResolveField(() => [LeadTask], { description: 'Open tasks first, by due date' })
  tasks(@Parent() lead: Lead): Promise<LeadTask[]> {
    return this.service.tasks(lead);
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
