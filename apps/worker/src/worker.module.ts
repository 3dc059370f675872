import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '../../../libs/audit/src/audit.module.js';
import { GapsModule } from '../../../libs/gaps/src/gaps.module.js';
import { DigestsModule } from '../../../libs/digests/src/digests.module.js';
import { EnterprisesModule } from '../../../libs/enterprises/src/enterprises.module.js';
import { RegistryScoresModule } from '../../../libs/enterprises/src/registry-scores.module.js';
import { ENTITIES } from '../../../libs/entities.js';
import { IdentityModule } from '../../../libs/identity/src/identity.module.js';
import { JobRunsModule } from '../../../libs/job-runs/src/job-runs.module.js';
import { profileScoresRel } from '../../../libs/profiles/src/profile-sql.js';
import { ProfilesModule } from '../../../libs/profiles/src/profiles.module.js';
import { LeadsModule } from '../../../libs/leads/src/leads.module.js';
import { AppConfig, ClockModule, ConfigModule, DatabaseModule, LoggingModule, QueueModule } from '../../../libs/platform/src/index.js';
import { handlersProvider } from './handlers.provider.js';
import { JobWorkers } from './job-workers.js';
import { Schedules } from './schedules.js';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config), LoggingModule.forRoot(), ClockModule, DatabaseModule.forRoot(ENTITIES, 'lianzhao-worker'), QueueModule,
        // The registry sorts by profile score; profiles sit above it, so their scores are handed down here.
        RegistryScoresModule.forRoot(profileScoresRel),
        AuditModule, JobRunsModule, IdentityModule, EnterprisesModule, LeadsModule, ProfilesModule, GapsModule, DigestsModule,
      ],
      providers: [JobWorkers, Schedules, handlersProvider],
    };
  }
}
