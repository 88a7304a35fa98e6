/**
 * Why the gateway closes a subscription connection. graphql-ws numbers its closes 4400 + the
 * HTTP status of the same refusal; these follow it, so clients handle them as they handle
 * graphql-ws's own.
 */
export const WebSocketCloseCode = {
  /** graphql-ws's Forbidden: the console already treats it as "sign in again". */
  SessionEnded: 4403,
} as const;
