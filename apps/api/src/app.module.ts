import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { AuditModule } from '../../../libs/audit/src/audit.module.js';
import { ChainsModule } from '../../../libs/chains/src/chains.module.js';
import { DigestsModule } from '../../../libs/digests/src/digests.module.js';
import { GapsModule } from '../../../libs/gaps/src/gaps.module.js';
import { EnterprisesModule } from '../../../libs/enterprises/src/enterprises.module.js';
import { RegistryScoresModule } from '../../../libs/enterprises/src/registry-scores.module.js';
import { ENTITIES } from '../../../libs/entities.js';
import { AuthService } from '../../../libs/identity/src/auth.service.js';
import { IdentityModule } from '../../../libs/identity/src/identity.module.js';
import { JobRunsModule } from '../../../libs/job-runs/src/job-runs.module.js';
import { profileScoresRel } from '../../../libs/profiles/src/profile-sql.js';
import { ProfilesModule } from '../../../libs/profiles/src/profiles.module.js';
import { LeadRelations } from '../../../libs/leads/src/lead-relations.js';
import { LeadsModule } from '../../../libs/leads/src/leads.module.js';
import { AppConfig, ClockModule, ConfigModule, DatabaseModule, LoggingModule, QueueModule, ResponseCache } from '../../../libs/platform/src/index.js';
import { BoardCacheModule } from './board-cache.module.js';
import { graphqlOptions } from './graphql.config.js';
import { HealthController } from './health.controller.js';

/** Framework first (config, logs, database, queues), then the business modules. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(),
        ClockModule,
        DatabaseModule.forRoot(ENTITIES, 'lianzhao-api'),
        QueueModule,
        AuditModule,
        IdentityModule,
        JobRunsModule,
        ChainsModule,
        // The registry sorts by profile score; profiles sit above it, so their scores are handed down here.
        RegistryScoresModule.forRoot(profileScoresRel),
        EnterprisesModule,
        LeadsModule,
        ProfilesModule,
        GapsModule,
        DigestsModule,
        BoardCacheModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [BoardCacheModule, LeadsModule],
          inject: [AppConfig, AuthService, ResponseCache, LeadRelations],
          useFactory: graphqlOptions,
        }),
      ],
      controllers: [HealthController],
    };
  }
}
