import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '../../../libs/audit/src/audit.module.js';
import { EnterpriseImportService } from '../../../libs/enterprises/src/enterprise-import.service.js';
import { EnterprisesModule } from '../../../libs/enterprises/src/enterprises.module.js';
import { ProfilerService } from '../../../libs/enterprises/src/profiles/profiler.service.js';
import { ENTITIES } from '../../../libs/entities.js';
import { IdentityModule } from '../../../libs/identity/src/identity.module.js';
import { JobsModule } from '../../../libs/jobs/src/jobs.module.js';
import { AppConfig, ClockModule, ConfigModule, DatabaseModule, LoggingModule, QueueModule } from '../../../libs/platform/src/index.js';
import { JOB_HANDLERS, type JobHandlers } from './job-handlers.js';
import { JobWorkers } from './job-workers.js';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), LoggingModule.forRoot(), ClockModule, DatabaseModule.forRoot(ENTITIES, 'lianzhao-worker'), QueueModule, AuditModule, JobsModule, IdentityModule, EnterprisesModule],
      providers: [
        JobWorkers,
        {
          provide: JOB_HANDLERS,
          inject: [EnterpriseImportService, ProfilerService],
          useFactory: (imports: EnterpriseImportService, profiler: ProfilerService): JobHandlers => ({
            Ping: async (payload) => ({ pong: payload.note }),
            ProfileEnterprise: (p) => profiler.profileEnterprises([p.enterpriseId]),
            ProfileEnterprises: (p) => profiler.profileEnterprises(p.enterpriseIds),
            RecomputeProfiles: (p) => profiler.recomputeAll(p.runId),
            RecomputeChainGaps: async () => undefined,
            ImportEnterprises: (p) => imports.runUploaded(p.importId),
          }),
        },
      ],
    };
  }
}
