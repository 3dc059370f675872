import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentScope } from '../../identity/src/current-scope.js';
import type { Scope } from '../../identity/src/scope.js';
import { Job } from './job.model.js';
import { JobRunsService } from './job-runs.service.js';

@Resolver(() => Job)
export class JobRunsResolver {
  constructor(private readonly jobs: JobRunsService) {}

  @Query(() => Job, { nullable: true })
  job(@CurrentScope() scope: Scope, @Args('id', { type: () => ID }) id: string): Promise<Job> {
    return this.jobs.get(scope, id);
  }
}
