import { Args, Context, Float, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { loadEnterprise } from '../../enterprises/src/enterprise-loader.js';
import { Enterprise } from '../../enterprises/src/enterprises.models.js';
import { CurrentScope, type GqlContext } from '../../identity/src/current-scope.js';
import type { Scope } from '../../identity/src/scope.js';
import { Job } from '../../job-runs/src/job.model.js';
import { JobRunsService } from '../../job-runs/src/job-runs.service.js';
import { Lead } from '../../leads/src/leads.models.js';
import { pageSize, requestLoader } from '../../platform/src/index.js';
import { ChainCode } from '../../chains/src/chains.models.js';
import { ChainGap, GapMatch, LeadSuggestion } from './gaps.models.js';
import { GapsService } from './gaps.service.js';

@Resolver(() => ChainGap)
export class GapsResolver {
  constructor(
    private readonly gaps: GapsService,
    private readonly jobs: JobRunsService,
  ) {}

  @Query(() => [ChainGap], { description: 'The latest gap analysis of a chain, biggest gaps first; without subParkId, the park as a whole' })
  chainGaps(
    @CurrentScope() scope: Scope,
    @Args('chain', { type: () => ChainCode }) chain: ChainCode,
    @Args('subParkId', { type: () => ID, nullable: true }) subParkId?: string,
    @Args('nodeCode', { type: () => String, nullable: true, description: 'Only this node of the chain' }) nodeCode?: string,
  ): Promise<ChainGap[]> {
    return this.gaps.chainGaps(scope, chain, subParkId, nodeCode);
  }

  @ResolveField(() => [GapMatch], { description: 'Candidates for this node, best first' })
  matches(
    @Parent() gap: ChainGap,
    @Context() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 10 }) first: number,
    @Args('includeDismissed', { nullable: true, defaultValue: false }) includeDismissed: boolean,
  ): Promise<GapMatch[]> {
    const n = pageSize(first, 10, 100);
    const dismissed = includeDismissed ?? false;
    const loader = requestLoader<string, GapMatch[]>(ctx, `gap.matches:${n}:${dismissed}`, async (codes) => {
      const byNode = await this.gaps.matchesFor(codes, n, dismissed);
      return codes.map((c) => byNode.get(c) ?? []);
    });
    return loader.load(gap.node.code);
  }

  @Mutation(() => Job, { description: 'ADMIN or MANAGER: re-run the gap analysis and matching now' })
  async recomputeChainGaps(@CurrentScope() scope: Scope): Promise<Job> {
    return this.jobs.get(scope, await this.gaps.requestRecompute(scope));
  }

  @Mutation(() => Lead, { description: 'Turn a match into a lead (source 补链推荐); a converted match gives its lead again' })
  createLeadFromMatch(
    @CurrentScope() scope: Scope,
    @Args('matchId', { type: () => ID }) matchId: string,
    @Args('subParkId', { type: () => ID, nullable: true, description: "Default: the sub-park that courts the node's chain" }) subParkId?: string,
  ): Promise<Lead> {
    return this.gaps.createLeadFromMatch(scope, matchId, subParkId);
  }

  @Mutation(() => GapMatch, { description: 'Not a fit: the match stays dismissed across runs' })
  dismissMatch(@CurrentScope() scope: Scope, @Args('matchId', { type: () => ID }) matchId: string, @Args('reason') reason: string): Promise<GapMatch> {
    return this.gaps.dismiss(scope, matchId, reason);
  }

  @Mutation(() => Float, { nullable: true, description: 'ADMIN: match score (0-100) at which the analysis proposes leads itself; null turns it off' })
  setAutoLeadThreshold(@CurrentScope() scope: Scope, @Args('threshold', { type: () => Float, nullable: true }) threshold: number | null): Promise<number | null> {
    return this.gaps.setAutoLeadThreshold(scope, threshold ?? null);
  }
}

@Resolver(() => GapMatch)
export class GapMatchResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => Enterprise)
  enterprise(@Parent() m: GapMatch, @Context() ctx: GqlContext): Promise<Enterprise> {
    return loadEnterprise(ctx, this.dataSource, m.enterpriseId);
  }
}

@Resolver(() => Enterprise)
export class EnterpriseLeadSuggestionResolver {
  constructor(private readonly gaps: GapsService) {}

  @ResolveField(() => LeadSuggestion, { description: 'What "create lead" fills in: the sub-park and the owner' })
  leadSuggestion(@Parent() e: Enterprise, @CurrentScope() scope: Scope): Promise<LeadSuggestion> {
    return this.gaps.leadSuggestion(scope, e.id);
  }
}
