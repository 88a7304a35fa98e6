import { createClient as createWebSocketClient } from 'graphql-ws';
import { Client, cacheExchange, fetchExchange, mapExchange, subscriptionExchange } from 'urql';
import { type SocketStatus, createSocketStatus } from './layout/socket-status';

// graphql-ws closes a connection whose connectionParams token the gateway refuses with 4403.
const CONNECTION_REFUSED_CLOSE_CODE = 4403;
// Reconnect for as long as the console is open, backing off to at most this (plus jitter).
const MAX_RECONNECT_DELAY_MS = 5_000;

const reconnectDelay = (retries: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** retries, MAX_RECONNECT_DELAY_MS) + Math.random() * 1000));

export interface GatewayConnection {
  client: Client;
  socketStatus: SocketStatus;
  /** Keeps the socket while a component uses it; the returned release disposes of it once nothing does. */
  retain(): () => void;
}

function webSocketUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
}

/**
 * One urql client per session: HTTP for queries and mutations, graphql-ws for subscriptions,
 * both authenticated by the session cookie the browser sends along. A refused session ends it
 * (`onSessionRejected`, with the gateway's reason).
 */
export function connectToGateway(signedIn: boolean, onSessionRejected: (reason: string | null) => void): GatewayConnection {
  const socketStatus = createSocketStatus();
  const webSocket = createWebSocketClient({
    url: webSocketUrl(),
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    retryWait: reconnectDelay,
    on: {
      connected: () => socketStatus.set(true),
      closed: (event) => {
        socketStatus.set(false);
        const { code, reason } = event as CloseEvent;
        if (signedIn && code === CONNECTION_REFUSED_CLOSE_CODE) onSessionRejected(reason || null);
      },
    },
  });
  const client = new Client({
    url: '/graphql',
    // POST only: the gateway's CSRF prevention refuses simple GET requests.
    preferGetMethod: false,
    fetchOptions: { credentials: 'same-origin' },
    exchanges: [
      cacheExchange,
      mapExchange({
        onResult(result) {
          const rejected = result.error?.graphQLErrors.find((error) => error.extensions?.code === 'UNAUTHENTICATED');
          if (signedIn && rejected) onSessionRejected(rejected.message);
        },
      }),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: webSocket.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
  });
  let users = 0;
  // Disposing a socket whose connection was refused rejects with that refusal: nothing left to close.
  const disposeUnused = () => {
    if (users === 0) void Promise.resolve(webSocket.dispose()).catch(() => undefined);
  };
  return {
    client,
    socketStatus,
    retain() {
      users += 1;
      return () => {
        users -= 1;
        // A moment later: StrictMode releases and retains again in one go during development.
        setTimeout(disposeUnused, 0);
      };
    },
  };
}
