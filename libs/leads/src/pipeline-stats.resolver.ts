import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentScope } from '../../identity/src/current-scope.js';
import type { Scope } from '../../identity/src/scope.js';
import { PipelineFunnel, PipelineInvestment } from './pipeline-stats.models.js';
import { PipelineStatsService } from './pipeline-stats.service.js';

@Resolver()
export class PipelineStatsResolver {
  constructor(private readonly service: PipelineStatsService) {}

  @Query(() => PipelineFunnel, { description: '驾驶舱: leads per stage now and how many reached each stage, with the conversion between stages; over what you may see' })
  pipelineFunnel(
    @CurrentScope() scope: Scope,
    @Args('subParkId', { type: () => ID, nullable: true, description: 'One sub-park (yours); default: every lead you may see' }) subParkId?: string,
  ): Promise<PipelineFunnel> {
    return this.service.funnel(scope, subParkId);
  }

  @Query(() => PipelineInvestment, { description: '驾驶舱: expected investment by chain and by month, signings and landings of a year (default: this year); over what you may see' })
  pipelineInvestment(
    @CurrentScope() scope: Scope,
    @Args('year', { type: () => Int, nullable: true }) year?: number,
    @Args('subParkId', { type: () => ID, nullable: true }) subParkId?: string,
  ): Promise<PipelineInvestment> {
    return this.service.investment(scope, year, subParkId);
  }
}
