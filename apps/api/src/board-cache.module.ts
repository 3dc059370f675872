import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import type { Request } from 'express';
import { AuthService } from '../../../libs/identity/src/auth.service.js';
import { AppConfig, CacheModule, Clock, DataEpoch, ResponseCache, shanghaiDate } from '../../../libs/platform/src/index.js';

/** The board's queries: read-only, and what they return depends only on the data, the caller's scope and the date. */
export const CACHED_ROOT_FIELDS = new Set(['pipeline', 'leads']);

/**
 * The response cache of the API: its middleware answers repeated board requests on the GraphQL route, its Apollo
 * plugin (graphql.config.ts) decides what may be stored.
 */
@Module({
  imports: [CacheModule],
  providers: [
    {
      provide: ResponseCache,
      inject: [AppConfig, DataEpoch, AuthService, Clock],
      useFactory: (config: AppConfig, epoch: DataEpoch, auth: AuthService, clock: Clock) =>
        new ResponseCache(epoch, {
          rootFields: CACHED_ROOT_FIELDS,
          maxBytes: config.RESPONSE_CACHE_MB * 1024 * 1024,
          ttlMs: 60_000,
          // Callers who see the same records share answers; "overdue" turns with the date in Asia/Shanghai.
          audienceOf: (req: Request) => {
            const scope = auth.scopeFromAuthorization(req.headers.authorization);
            if (!scope) return null;
            const records = scope.seesAll ? '*' : [...scope.subParkIds].sort().join(',');
            return `${scope.role}|${records}|${shanghaiDate(clock.now())}`;
          },
        }),
    },
  ],
  exports: [ResponseCache],
})
export class BoardCacheModule implements NestModule {
  constructor(private readonly cache: ResponseCache) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(this.cache.middleware).forRoutes('graphql');
  }
}
