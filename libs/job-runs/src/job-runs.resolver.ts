import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { CurrentScope, type GqlContext } from '../../identity/src/current-scope.js';
import { User } from '../../identity/src/identity.models.js';
import type { Scope } from '../../identity/src/scope.js';
import { loadUser } from '../../identity/src/user-loader.js';
import { Job, JobConnection, JobState } from './job.model.js';
import { JobRunsService } from './job-runs.service.js';

@Resolver(() => Job)
export class JobRunsResolver {
  constructor(
    private readonly runs: JobRunsService,
    private readonly dataSource: DataSource,
  ) {}

  @Query(() => Job, { nullable: true })
  job(@CurrentScope() scope: Scope, @Args('id', { type: () => ID }) id: string): Promise<Job> {
    return this.runs.get(scope, id);
  }

  @Query(() => JobConnection, { description: 'ADMIN: every background run, newest first; page with pageInfo.endCursor as `after`' })
  jobs(
    @CurrentScope() scope: Scope,
    @Args('kind', { nullable: true }) kind?: string,
    @Args('state', { type: () => JobState, nullable: true }) state?: JobState,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<JobConnection> {
    return this.runs.list(scope, { kind: kind ?? undefined, state: state ?? undefined }, first, after);
  }

  @Query(() => [String], { description: 'ADMIN: the kinds of background run there have been' })
  jobKinds(@CurrentScope() scope: Scope): Promise<string[]> {
    return this.runs.kinds(scope);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who started the run; null when the system did' })
  createdBy(@Parent() job: Job, @Context() ctx: GqlContext): Promise<User | null> | null {
    return job.createdById ? loadUser(ctx, this.dataSource, job.createdById) : null;
  }
}
