import { Global, Module } from '@nestjs/common';
import { JobRunsService } from './job-runs.service.js';
import { JobRunsResolver } from './job-runs.resolver.js';

@Global()
@Module({ providers: [JobRunsService, JobRunsResolver], exports: [JobRunsService] })
export class JobRunsModule {}
