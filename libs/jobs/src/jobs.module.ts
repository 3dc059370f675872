import { Global, Module } from '@nestjs/common';
import { JobRunsService } from './job-runs.service.js';
import { JobsResolver } from './jobs.resolver.js';

@Global()
@Module({ providers: [JobRunsService, JobsResolver], exports: [JobRunsService] })
export class JobsModule {}
