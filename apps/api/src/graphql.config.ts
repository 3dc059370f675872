import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request } from 'express';
import { join } from 'node:path';
import type { AuthService } from '../../../libs/identity/src/auth.service.js';
import type { GqlContext } from '../../../libs/identity/src/current-scope.js';
import { formatGraphQLError, responseCachePlugin, shanghaiDate, type AppConfig, type Clock, type DataEpoch } from '../../../libs/platform/src/index.js';

/** Limits sized for the UI's deepest real query (board with enterprise, owner, last activity) plus headroom. */
export const QUERY_LIMITS = { maxDepth: 8, maxCost: 20000, maxAliases: 15, maxTokens: 2000, maxDirectives: 20 };

/** The board's queries: read-only, and what they return depends only on the data, the caller's scope and the date. */
export const CACHED_ROOT_FIELDS = new Set(['pipeline', 'leads']);

export function graphqlOptions(config: AppConfig, auth: AuthService, epoch: DataEpoch, clock: Clock): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, exposeLimits: true },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, exposeLimits: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases, exposeLimits: true },
    maxTokens: { n: QUERY_LIMITS.maxTokens, exposeLimits: true },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, exposeLimits: true },
    // Field suggestions reveal the schema; off in production together with introspection.
    blockFieldSuggestion: { enabled: config.isProduction },
  });
  const protection = armor.protect();
  return {
    path: '/graphql',
    // The schema is committed so an API change shows in review; production only keeps it in memory.
    autoSchemaFile: config.isProduction ? true : join(process.cwd(), 'schema.graphql'),
    sortSchema: true,
    introspection: !config.isProduction,
    includeStacktraceInErrorResponses: false,
    // Apollo's landing page would be the only HTML the API serves; the web UI is the client.
    playground: false,
    // graphql-armor's plugin types are for the CommonJS build of @apollo/server; runtime is the same.
    ...(protection as unknown as Partial<ApolloDriverConfig>),
    // Cache hints are unused (no CDN in front), and the plugin instruments every field of every response.
    plugins: [
      ...((protection as unknown as { plugins?: unknown[] }).plugins ?? []),
      ApolloServerPluginCacheControlDisabled(),
      responseCachePlugin(epoch, {
        rootFields: CACHED_ROOT_FIELDS,
        maxBytes: config.RESPONSE_CACHE_MB * 1024 * 1024,
        ttlMs: 60_000,
        // Callers who see the same records share answers; "overdue" turns with the date in Asia/Shanghai.
        audienceOf: (context) => {
          const scope = (context as GqlContext).scope;
          if (!scope) return null;
          const records = scope.seesAll ? '*' : [...scope.subParkIds].sort().join(',');
          return `${scope.role}|${records}|${shanghaiDate(clock.now())}`;
        },
      }),
    ] as ApolloDriverConfig['plugins'],
    formatError: formatGraphQLError,
    context: ({ req }: { req: Request }): GqlContext => ({
      req,
      scope: auth.scopeFromAuthorization(req.headers.authorization),
      loaders: new Map(),
    }),
  };
}
