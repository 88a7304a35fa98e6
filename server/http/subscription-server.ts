import type { Server } from 'node:http';
import { type ExecutionArgs, type GraphQLSchema, GraphQLError, getOperationAST, getVariableValues, specifiedRules, validate, type ValidationRule } from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { type ErrorFormatOptions, formatGatewayError } from '../graphql/errors';
import { parseWithTokenLimit, queryLimitRules } from '../graphql/query-limits';
import { introspectionRules } from '../graphql/schema-privacy';
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
  /** As over HTTP: off, introspection is refused and errors carry no "Did you mean" hints. */
  introspection: boolean;
}

// Same codes as Apollo gives the same failures over HTTP.
function withProtocolCode(error: GraphQLError, code: string): GraphQLError {
  if (error.extensions.code) return error;
  return new GraphQLError(error.message, { nodes: error.nodes, extensions: { ...error.extensions, code } });
}

function asGraphQLError(error: unknown, format: ErrorFormatOptions): GraphQLError {
  const graphQLError =
    error instanceof GraphQLError
      ? withProtocolCode(error, 'GRAPHQL_PARSE_FAILED')
      : new GraphQLError('Internal server error', { originalError: error as Error });
  const formatted = formatGatewayError(graphQLError.toJSON(), graphQLError, format);
  return new GraphQLError(formatted.message, { extensions: formatted.extensions });
}

/** Parses, validates and checks the variables as Apollo does over HTTP, refusing with the same codes. */
function executionArgs(schema: GraphQLSchema, rules: ValidationRule[], payload: SubscribePayload): Omit<ExecutionArgs, 'contextValue'> | GraphQLError[] {
  const document = parseWithTokenLimit(payload.query);
  const invalid = validate(schema, document, rules);
  if (invalid.length > 0) return invalid.map((error) => withProtocolCode(error, 'GRAPHQL_VALIDATION_FAILED'));
  // graphql-js coerces the variables again when it runs the operation, but a bad value found
  // there would be masked as an internal error; HTTP answers it BAD_USER_INPUT. (50: as execute.)
  const operation = getOperationAST(document, payload.operationName);
  const coerced = operation && getVariableValues(schema, operation.variableDefinitions ?? [], payload.variables ?? {}, { maxErrors: 50 });
  if (coerced?.errors) return coerced.errors.map((error) => withProtocolCode(error, 'BAD_USER_INPUT'));
  return { schema, document, variableValues: payload.variables, operationName: payload.operationName };
}

/**
 * graphql-ws on the same port and path as HTTP GraphQL, with the same query limits, schema
 * privacy, error masking and authentication (checked once per connection).
 */
export function attachSubscriptionServer(options: SubscriptionServerOptions) {
  const webSocketServer = new WebSocketServer({ server: options.httpServer, path: options.path });
  const clientAddressOf = clientAddressReader(options.trustedProxies);
  const sessions = sessionConnections(options);
  const rules = [...specifiedRules, ...introspectionRules(options.introspection), ...queryLimitRules()];
  const format: ErrorFormatOptions = {
    hideSuggestions: !options.introspection,
    onUnexpected: (error) => options.logger.error({ err: error }, 'subscription failed'),
  };
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
          const args = executionArgs(options.schema, rules, payload);
          if (Array.isArray(args)) return args.map((error) => asGraphQLError(error, format));
          return { ...args, contextValue: connection.extra.context };
        } catch (error) {
          return [asGraphQLError(error, format)];
        }
      },
      onNext: (_connection, _id, _payload, _args, result) => {
        if (!('errors' in result) || !result.errors) return result;
        return { ...result, errors: result.errors.map((error) => formatGatewayError(error.toJSON(), error, format)) };
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
