import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault, ApolloServerPluginLandingPageProductionDefault } from '@apollo/server/plugin/landingPage/default';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config/config';
import type { GatewayContext } from '../graphql/context';
import { formatGatewayError } from '../graphql/error-format';
import { QUERY_PARSE_OPTIONS, queryCostPlugin, queryLimitRules, withTokenLimitCode } from '../graphql/query-limits';
import type { ResponseCache } from '../graphql/response-cache';
import { introspectionRules } from '../graphql/schema-privacy';
import type { Logger } from '../logging/logger';
import { withGraphiqlFallback } from './landing-page';

export interface GraphQLServerOptions {
  config: Config;
  schema: GraphQLSchema;
  httpServer: Server;
  logger: Logger;
  /** Told which answers may be served again (config.responseCache). */
  responseCache?: ResponseCache;
  /** Closes the WebSocket server when Apollo drains. */
  disposeSubscriptions: () => Promise<void> | void;
}

export function createGraphQLServer(options: GraphQLServerOptions): ApolloServer<GatewayContext> {
  const { config, logger } = options;
  const drainSubscriptions: ApolloServerPlugin = {
    async serverWillStart() {
      return { drainServer: async () => options.disposeSubscriptions() };
    },
  };
  const apolloLandingPage = config.isProduction
    ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
    : ApolloServerPluginLandingPageLocalDefault({ embed: { endpointIsEditable: false }, includeCookies: false, footer: false });
  // GraphiQL is served whenever introspection is on (see createApp).
  const landingPage = config.introspection ? withGraphiqlFallback(apolloLandingPage) : apolloLandingPage;
  return new ApolloServer<GatewayContext>({
    schema: options.schema,
    // The gateway refuses introspection itself (introspectionRules), in the same words over
    // HTTP and WebSocket; Apollo's own refusal would cover HTTP only.
    introspection: true,
    csrfPrevention: true,
    // main.ts owns SIGTERM/SIGINT and stops everything in order; two stops racing would hang.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    // Every limit is applied inside Apollo's pipeline, where GET and POST requests meet.
    parseOptions: QUERY_PARSE_OPTIONS,
    validationRules: [...introspectionRules(config.introspection), ...queryLimitRules()],
    // Not Apollo's hideSchemaDetailsFromClientErrors: it strips hints from validation errors
    // only, and a misspelt enum value in the variables would still be answered with the right one.
    formatError: (formatted, error) =>
      formatGatewayError(withTokenLimitCode(formatted), error, {
        hideSuggestions: !config.introspection,
        onUnexpected: (unexpected) => logger.error({ err: unexpected }, 'request failed'),
      }),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer }),
      drainSubscriptions,
      landingPage,
      queryCostPlugin(),
      // The schema sets no @cacheControl hints; Apollo's default cache-control plugin would
      // still wrap every field resolver of every request to compute them.
      ApolloServerPluginCacheControlDisabled(),
      ...(options.responseCache ? [options.responseCache.plugin()] : []),
    ],
  });
}
