import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '../../../libs/audit/src/audit.module.js';
import { EnterpriseImportService } from '../../../libs/enterprises/src/enterprise-import.service.js';
import { EnterprisesModule } from '../../../libs/enterprises/src/enterprises.module.js';
import { ProfilerService } from '../../../libs/enterprises/src/profiles/profiler.service.js';
import { ENTITIES } from '../../../libs/entities.js';
import { IdentityModule } from '../../../libs/identity/src/identity.module.js';
import { JobsModule } from '../../../libs/jobs/src/jobs.module.js';
import { LeadsModule } from '../../../libs/leads/src/leads.module.js';
import { StaleLeadsService } from '../../../libs/leads/src/stale-leads.service.js';
import { Schedules } from './schedules.js';
import { AppConfig, ClockModule, ConfigModule, DatabaseModule, LoggingModule, QueueModule } from '../../../libs/platform/src/index.js';
import { JOB_HANDLERS, type JobHandlers } from './job-handlers.js';
import { JobWorkers } from './job-workers.js';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), LoggingModule.forRoot(), ClockModule, DatabaseModule.forRoot(ENTITIES, 'lianzhao-worker'), QueueModule, AuditModule, JobsModule, IdentityModule, EnterprisesModule, LeadsModule],
      providers: [
        JobWorkers,
        Schedules,
        {
          provide: JOB_HANDLERS,
          inject: [EnterpriseImportService, ProfilerService, StaleLeadsService],
          useFactory: (imports: EnterpriseImportService, profiler: ProfilerService, stale: StaleLeadsService): JobHandlers => ({
            Ping: async (payload) => ({ pong: payload.note }),
            ProfileEnterprise: (p) => profiler.profileEnterprises([p.enterpriseId]),
            ProfileEnterprises: (p) => profiler.profileEnterprises(p.enterpriseIds),
            RecomputeProfiles: (p) => profiler.recomputeAll(p.runId),
            RecomputeChainGaps: async () => undefined,
            ImportEnterprises: (p) => imports.runUploaded(p.importId),
            RefreshStaleLeads: () => stale.refresh(),
          }),
        },
      ],
    };
  }
}
