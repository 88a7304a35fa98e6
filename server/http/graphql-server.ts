import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault, ApolloServerPluginLandingPageProductionDefault } from '@apollo/server/plugin/landingPage/default';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config/config';
import type { GatewayContext } from '../graphql/context';
import { formatGatewayError } from '../graphql/errors';
import { QUERY_PARSE_OPTIONS, queryLimitRules, withTokenLimitCode } from '../graphql/query-limits';
import type { Logger } from '../logger';
import { withGraphiqlFallback } from './landing-page';

export interface GraphQLServerOptions {
  config: Config;
  schema: GraphQLSchema;
  httpServer: Server;
  logger: Logger;
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
    ],
  });
}
