import type { IncomingMessage, Server } from 'node:http';
import { type ExecutionArgs, type GraphQLSchema, GraphQLError, specifiedRules, validate } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { type WebSocket, WebSocketServer } from 'ws';
import { formatGatewayError } from '../graphql/errors';
import { parseWithTokenLimit, queryLimitRules } from '../graphql/query-limits';
import type { GatewayContext } from '../graphql/context';
import type { Logger } from '../logger';
import { type GatewayPubSub, Topic } from '../pubsub/pubsub';
import { clientAddressReader } from './client-address';

export interface SubscriptionServerOptions {
  httpServer: Server;
  path: string;
  schema: GraphQLSchema;
  /** Builds the context from graphql-ws `connectionParams` (`{ authorization: "Bearer …" }`) or the upgrade request's cookie. */
  createContext: (connectionParams: Record<string, unknown> | undefined, clientAddress: string, request: IncomingMessage) => Promise<GatewayContext>;
  logger: Logger;
  /** Whose X-Forwarded-For names the client (TRUST_PROXY), as for HTTP requests. */
  trustedProxies: string[];
  /** Signed-out sessions arrive here (from every instance); their connections close. */
  pubSub: GatewayPubSub;
  /**
   * Of these sessions, the ones no longer open: asked every SESSION_SWEEP_MS so that a
   * revocation whose message was lost (Redis down, or a race with the connection opening)
   * still closes its connections.
   */
  closedSessions: (sessionIds: string[]) => Promise<string[]>;
}

const SESSION_SWEEP_MS = 30_000;

// graphql-ws's Forbidden: the console already treats it as "sign in again".
const SESSION_ENDED_CLOSE_CODE = 4403;
// setTimeout's longest delay; sessions are far shorter.
const MAX_TIMER_MS = 2 ** 31 - 1;

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
  const socketsBySession = new Map<string, Set<WebSocket>>();
  const revocations = options.pubSub.subscribe(Topic.SessionRevoked);
  const closeSession = (sessionId: string) => {
    for (const socket of socketsBySession.get(sessionId) ?? []) socket.close(SESSION_ENDED_CLOSE_CODE, 'This session has ended; sign in again.');
  };
  void (async () => {
    for await (const sessionId of revocations) closeSession(sessionId);
  })().catch((error: unknown) => options.logger.error({ err: error }, 'session revocations stopped'));
  const sweep = setInterval(() => {
    if (socketsBySession.size === 0) return;
    options
      .closedSessions([...socketsBySession.keys()])
      .then((closed) => closed.forEach(closeSession))
      .catch((error: unknown) => options.logger.warn({ err: error }, 'session sweep failed; will retry'));
  }, SESSION_SWEEP_MS);
  sweep.unref();
  const limitRules = [...specifiedRules, ...queryLimitRules()];
  const maskUnexpected = (error: unknown) => options.logger.error({ err: error }, 'subscription failed');
  const cleanup = useServer<Record<string, unknown> | undefined, { context?: GatewayContext }>(
    {
      schema: options.schema,
      onConnect: async (connection) => {
        try {
          const context = await options.createContext(connection.connectionParams, clientAddressOf(connection.extra.request), connection.extra.request);
          const { socket } = connection.extra;
          // The client may have gone while its session was looked up: nothing to keep track of.
          if (socket.readyState !== socket.OPEN) return false;
          connection.extra.context = context;
          const sessionId = context.viewer?.sessionId;
          if (sessionId) {
            // A connection lives no longer than the session that opened it: signed out…
            const sockets = socketsBySession.get(sessionId) ?? new Set<WebSocket>();
            socketsBySession.set(sessionId, sockets.add(socket));
            socket.once('close', () => {
              sockets.delete(socket);
              if (sockets.size === 0) socketsBySession.delete(sessionId);
            });
          }
          const expiresAt = context.viewer?.sessionExpiresAt;
          if (expiresAt) {
            // …or expired.
            const timer = setTimeout(() => socket.close(SESSION_ENDED_CLOSE_CODE, 'Your session has expired; sign in again.'), Math.min(MAX_TIMER_MS, Math.max(0, expiresAt.getTime() - Date.now())));
            timer.unref();
            socket.once('close', () => clearTimeout(timer));
          }
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
      clearInterval(sweep);
      await revocations.return?.();
      await cleanup.dispose();
    },
  };
}
