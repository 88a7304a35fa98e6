import type { IncomingMessage, Server } from 'node:http';
import {
  type ExecutionArgs,
  type GraphQLSchema,
  GraphQLError,
  getOperationAST,
  getVariableValues,
  specifiedRules,
  validate,
  type ValidationRule,
} from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { type WebSocket, WebSocketServer } from 'ws';
import { type ErrorFormatOptions, formatGatewayError } from '../graphql/error-format';
import { queryCostError } from '../graphql/query-cost';
import { MAX_REQUEST_BYTES, parseWithTokenLimit, queryLimitRules } from '../graphql/query-limits';
import { introspectionRules } from '../graphql/schema-privacy';
import { createSharedSubscribe } from '../graphql/shared-execution';
import type { GatewayContext } from '../graphql/context';
import type { Logger } from '../logging/logger';
import { clientAddressReader } from './client-address';
import { coalesceSends } from './coalesced-sends';
import { type ConnectionLimits, closedForTooManySubscriptions, connectionsPerAddress } from './connection-limits';
import { WebSocketCloseCode } from './websocket-close-codes';
import { type SessionConnectionsOptions, sessionConnections } from './session-connections';

export interface SubscriptionServerOptions extends SessionConnectionsOptions {
  httpServer: Server;
  path: string;
  schema: GraphQLSchema;
  /** Builds the context from graphql-ws `connectionParams` (`{ authorization: "Bearer …" }`) or the upgrade request's cookie. */
  createContext: (connectionParams: Record<string, unknown> | undefined, clientAddress: string, request: IncomingMessage) => Promise<GatewayContext>;
  /** Whose X-Forwarded-For names the client (TRUST_PROXY), as for HTTP requests. */
  trustedProxies: string[];
  /** As over HTTP: off, introspection is refused and errors carry no "Did you mean" hints. */
  introspection: boolean;
  limits: ConnectionLimits;
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

/** What a connection may hold unsent (its client not reading) before it is closed rather than grow. */
export const MAX_UNSENT_BYTES = 8 * 1024 * 1024;

/** graphql-ws's `next` message for subscription `id`, around a payload already serialized (see createSharedSubscribe). */
export function nextSender(socket: Pick<WebSocket, 'readyState' | 'OPEN' | 'bufferedAmount' | 'send' | 'close'>, id: string): (payloadJson: string) => void {
  const opening = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
  return (payloadJson) => {
    if (socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > MAX_UNSENT_BYTES) {
      socket.close(WebSocketCloseCode.TooFarBehind, `Too far behind: more than ${MAX_UNSENT_BYTES} bytes of changes unsent; reconnect.`);
      return;
    }
    socket.send(`${opening}${payloadJson}}`);
  };
}

/**
 * ws has already closed a socket that broke the protocol (1002, 1007, or 1009 for a message
 * over the size limit) when it reports the error; graphql-ws would print each one to the
 * console as a fault of the server. It is the client's: a debug line is enough.
 */
function logProtocolErrorsQuietly(socket: WebSocket, logger: Logger) {
  socket.removeAllListeners('error');
  socket.on('error', (error) => logger.debug({ err: error }, 'WebSocket client broke the protocol'));
}

/**
 * graphql-ws on the same port and path as HTTP GraphQL, with the same request size limit,
 * query limits, schema privacy, error masking and authentication (checked once per connection).
 */
export function attachSubscriptionServer(options: SubscriptionServerOptions) {
  // A message is held whole before it is parsed: no larger than an HTTP body may be.
  const webSocketServer = new WebSocketServer({ server: options.httpServer, path: options.path, maxPayload: MAX_REQUEST_BYTES });
  const clientAddressOf = clientAddressReader(options.trustedProxies);
  const sessions = sessionConnections(options);
  const countConnection = connectionsPerAddress(options.limits.maxConnectionsPerAddress);
  const rules = [...specifiedRules, ...introspectionRules(options.introspection), ...queryLimitRules()];
  const format: ErrorFormatOptions = {
    hideSuggestions: !options.introspection,
    onUnexpected: (error) => options.logger.error({ err: error }, 'subscription failed'),
  };
  const cleanup = useServer<Record<string, unknown> | undefined, { context?: GatewayContext }>(
    {
      schema: options.schema,
      // One execution and one JSON text per published change and distinct operation, not one per subscriber.
      subscribe: createSharedSubscribe(),
      onConnect: async (connection) => {
        try {
          const context = await options.createContext(connection.connectionParams, clientAddressOf(connection.extra.request), connection.extra.request);
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
      onSubscribe: (connection, id, payload) => {
        // graphql-ws has already counted this operation; the socket is closing when refused,
        // so the error returned is never sent.
        if (
          closedForTooManySubscriptions(connection.extra.socket, Object.keys(connection.subscriptions).length, options.limits.maxSubscriptionsPerConnection)
        ) {
          return [new GraphQLError('Too many subscriptions on this connection.')];
        }
        try {
          const args = executionArgs(options.schema, rules, payload);
          if (Array.isArray(args)) return args.map((error) => asGraphQLError(error, format));
          const tooCostly = queryCostError(options.schema, args.document, payload.variables, payload.operationName);
          if (tooCostly) return [asGraphQLError(tooCostly, format)];
          return { ...args, contextValue: connection.extra.context, sendNext: nextSender(connection.extra.socket, id) };
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
  // After graphql-ws's own handler, so that its console logging is what gets replaced.
  webSocketServer.on('connection', (socket, request) => {
    coalesceSends(socket, request.socket);
    logProtocolErrorsQuietly(socket, options.logger);
    countConnection(socket, clientAddressOf(request));
  });
  return {
    webSocketServer,
    dispose: async () => {
      await sessions.dispose();
      await cleanup.dispose();
    },
  };
}
