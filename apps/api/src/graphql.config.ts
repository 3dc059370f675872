import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request } from 'express';
import { join } from 'node:path';
import type { AuthService } from '../../../libs/identity/src/auth.service.js';
import type { GqlContext } from '../../../libs/identity/src/current-scope.js';
import type { LeadRelations } from '../../../libs/leads/src/lead-relations.js';
import { formatGraphQLError, type AppConfig, type ResponseCache } from '../../../libs/platform/src/index.js';
import { hardenInputScalars } from '../../../libs/platform/src/errors/input-scalars.js';
import { jitExecutionPlugin } from './jit-execution.js';
import { withPlainFields } from './plain-fields.js';

/** Limits sized for the UI's deepest real query (board with enterprise, owner, last activity) plus headroom. */
export const QUERY_LIMITS = { maxDepth: 8, maxCost: 20000, maxAliases: 15, maxTokens: 2000, maxDirectives: 20 };

export function graphqlOptions(config: AppConfig, auth: AuthService, cache: ResponseCache, leadRelations: LeadRelations): ApolloDriverConfig {
  // Every ID a bounded bigint, every String storable text: checked by GraphQL itself, before any resolver.
  hardenInputScalars();
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, exposeLimits: true },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, exposeLimits: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases, exposeLimits: true },
    // Off: it re-parses inside parsingDidStart, where any error (a syntax error too) is a 500. graphql-js's own parser
    // counts tokens instead (parseOptions below), and its error is an ordinary syntax error: 400, TOO_COMPLEX.
    maxTokens: { enabled: false },
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
    transformSchema: withPlainFields,
    introspection: !config.isProduction,
    includeStacktraceInErrorResponses: false,
    // No client uses automatic persisted queries; off, they are one cache less a stranger can fill.
    persistedQueries: false,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    // Apollo's landing page would be the only HTML the API serves; the web UI is the client.
    playground: false,
    // graphql-armor's plugin types are for the CommonJS build of @apollo/server; runtime is the same.
    ...(protection as unknown as Partial<ApolloDriverConfig>),
    // Cache hints are unused (no CDN in front), and the plugin instruments every field of every response.
    plugins: [
      ...((protection as unknown as { plugins?: unknown[] }).plugins ?? []),
      ApolloServerPluginCacheControlDisabled(),
      cache.plugin(),
      requestErrorStatusPlugin(),
      jitExecutionPlugin(),
    ] as ApolloDriverConfig['plugins'],
    // Relations resolved for every card of a board, as plain resolvers (see LeadRelations).
    resolvers: leadRelations.resolvers(),
    formatError: formatGraphQLError,
    // The caller's scope from the database's current facts (AccessCache), not from the token's.
    context: async ({ req }: { req: Request }): Promise<GqlContext> => ({
      req,
      scope: await auth.resolveScope(req.headers.authorization),
      loaders: new Map(),
    }),
  };
}

/**
 * GraphQL over HTTP: a client that accepts only `application/json` (the legacy media type) gets a request error —
 * a document that does not parse or validate, variables that do not coerce — with status 200 and the errors in the
 * body; one that accepts `application/graphql-response+json` keeps Apollo's 400.
 */
function requestErrorStatusPlugin() {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(ctx: { request: { http?: { headers: Map<string, string> } }; response: { http: { status?: number } } }) {
          const accept = ctx.request.http?.headers.get('accept') ?? '';
          if (ctx.response.http.status === 400 && /application\/json/.test(accept) && !/application\/graphql-response\+json/.test(accept)) {
            ctx.response.http.status = 200;
          }
        },
      };
    },
  };
}
