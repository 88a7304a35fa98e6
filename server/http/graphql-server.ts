import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault, ApolloServerPluginLandingPageProductionDefault } from '@apollo/server/plugin/landingPage/default';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config/config';
import type { GatewayContext } from '../graphql/context';
import { formatGatewayError } from '../graphql/errors';
import { QUERY_PARSE_OPTIONS, queryCostPlugin, queryLimitRules, withTokenLimitCode } from '../graphql/query-limits';
import type { ResponseCache } from '../graphql/response-cache';
import type { Logger } from '../logger';

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
  const landingPage = config.isProduction
    ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
    : ApolloServerPluginLandingPageLocalDefault({ embed: { endpointIsEditable: false }, includeCookies: false, footer: false });
  return new ApolloServer<GatewayContext>({
    schema: options.schema,
    introspection: config.introspection,
    csrfPrevention: true,
    // main.ts owns SIGTERM/SIGINT and stops everything in order; two stops racing would hang.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    // Every limit is applied inside Apollo's pipeline, where GET and POST requests meet.
    parseOptions: QUERY_PARSE_OPTIONS,
    validationRules: queryLimitRules(),
    formatError: (formatted, error) =>
      formatGatewayError(withTokenLimitCode(formatted), error, (unexpected) => logger.error({ err: unexpected }, 'request failed')),
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
