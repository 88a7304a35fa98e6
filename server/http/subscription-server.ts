import type { Server } from 'node:http';
import { type ExecutionArgs, type GraphQLSchema, GraphQLError, specifiedRules, validate } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { formatGatewayError } from '../graphql/errors';
import { parseWithTokenLimit, queryLimitRules } from '../graphql/query-limits';
import type { GatewayContext } from '../graphql/context';
import { clientAddressReader } from './client-address';
import { type SessionConnectionsOptions, sessionConnections } from './session-connections';

export interface SubscriptionServerOptions extends SessionConnectionsOptions {
  httpServer: Server;
  path: string;
  schema: GraphQLSchema;
  /** Builds the context from graphql-ws `connectionParams` (`{ authorization: "Bearer …" }`). */
  createContext: (connectionParams: Record<string, unknown> | undefined, clientAddress: string) => Promise<GatewayContext>;
  /** Whose X-Forwarded-For names the client (TRUST_PROXY), as for HTTP requests. */
  trustedProxies: string[];
}

// Same codes as Apollo gives the same failures over HTTP.
function withProtocolCode(error: GraphQLError, code: string): GraphQLError {
  if (error.extensions.code) return error;
  return new GraphQLError(error.message, { nodes: error.nodes, extensions: { ...error.extensions, code } });
}

function asGraphQLErrors(error: unknown): GraphQLError[] {
  const graphQLError =
    error instanceof GraphQLError
      ? withProtocolCode(error, 'GRAPHQL_PARSE_FAILED')
      : new GraphQLError('Internal server error', { originalError: error as Error });
  const formatted = formatGatewayError(graphQLError.toJSON(), graphQLError);
  return [new GraphQLError(formatted.message, { extensions: formatted.extensions })];
}

/**
 * graphql-ws on the same port and path as HTTP GraphQL, with the same query limits, the same
 * error masking and the same authentication (checked once per connection).
 */
export function attachSubscriptionServer(options: SubscriptionServerOptions) {
  const webSocketServer = new WebSocketServer({ server: options.httpServer, path: options.path });
  const clientAddressOf = clientAddressReader(options.trustedProxies);
  const sessions = sessionConnections(options);
  const limitRules = [...specifiedRules, ...queryLimitRules()];
  const maskUnexpected = (error: unknown) => options.logger.error({ err: error }, 'subscription failed');
  const cleanup = useServer<Record<string, unknown> | undefined, { context?: GatewayContext }>(
    {
      schema: options.schema,
      onConnect: async (connection) => {
        try {
          const context = await options.createContext(connection.connectionParams, clientAddressOf(connection.extra.request));
          const { socket } = connection.extra;
          // The client may have gone while its session was looked up: nothing to keep track of.
          if (socket.readyState !== socket.OPEN) return false;
          connection.extra.context = context;
          sessions.track(socket, context.viewer);
          return true;
        } catch (error) {
          options.logger.debug({ err: error }, 'subscription connection refused');
          return false;
        }
      },
      context: (connection) => connection.extra.context,
      onSubscribe: (connection, _id, payload) => {
        try {
          const document = parseWithTokenLimit(payload.query);
          const errors = validate(options.schema, document, limitRules);
          if (errors.length > 0) return errors.flatMap((error) => asGraphQLErrors(withProtocolCode(error, 'GRAPHQL_VALIDATION_FAILED')));
          const args: ExecutionArgs = {
            schema: options.schema,
            document,
            variableValues: payload.variables,
            operationName: payload.operationName,
            contextValue: connection.extra.context,
          };
          return args;
        } catch (error) {
          return asGraphQLErrors(error);
        }
      },
      onNext: (_connection, _id, _payload, _args, result) => {
        if (!('errors' in result) || !result.errors) return result;
        return { ...result, errors: result.errors.map((error) => formatGatewayError(error.toJSON(), error, maskUnexpected)) };
      },
    },
    webSocketServer,
  );
  return {
    webSocketServer,
    dispose: async () => {
      await sessions.dispose();
      await cleanup.dispose();
    },
  };
}
