import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '../../../libs/audit/src/audit.module.js';
import { ENTITIES } from '../../../libs/entities.js';
import { AppConfig, ClockModule, ConfigModule, DatabaseModule, LoggingModule, QueueModule } from '../../../libs/platform/src/index.js';
import { JOB_HANDLERS, type JobHandlers } from './job-handlers.js';
import { JobWorkers } from './job-workers.js';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), LoggingModule.forRoot(), ClockModule, DatabaseModule.forRoot(ENTITIES, 'lianzhao-worker'), QueueModule, AuditModule],
      providers: [
        JobWorkers,
        {
          provide: JOB_HANDLERS,
          inject: [],
          useFactory: (): JobHandlers => ({
            Ping: async (payload) => ({ pong: payload.note }),
            ProfileEnterprise: async () => undefined,
            RecomputeProfiles: async () => undefined,
            RecomputeChainGaps: async () => undefined,
            ImportEnterprises: async () => undefined,
          }),
        },
      ],
    };
  }
}
