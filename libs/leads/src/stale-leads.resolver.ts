import { Args, Field, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CurrentScope } from '../../identity/src/current-scope.js';
import type { Scope } from '../../identity/src/scope.js';
import { LeadStage } from './lead-stage.js';
import { StaleLeadsService } from './stale-leads.service.js';

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

@Resolver()
export class StaleLeadsResolver {
  constructor(private readonly stale: StaleLeadsService) {}

  @Mutation(() => StaleRefresh, { description: 'MANAGER / ADMIN: refresh stale flags now (the worker does it hourly)' })
  refreshStaleLeads(@CurrentScope() scope: Scope): Promise<StaleRefresh> {
    return this.stale.refreshNow(scope);
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
}
