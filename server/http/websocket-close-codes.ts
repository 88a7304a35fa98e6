/**
 * Why the gateway closes a subscription connection. graphql-ws numbers its closes 4400 + the
 * HTTP status of the same refusal; these follow it, so clients handle them as they handle
 * graphql-ws's own. (ws itself closes with 1009 a message over the size limit.)
 */
export const WebSocketCloseCode = {
  /** graphql-ws's Forbidden: the console already treats it as "sign in again". */
  SessionEnded: 4403,
  /**
   * HTTP's 429 Too Many Requests, as graphql-ws closes a second connection_init. Its client
   * does not retry this code, so a client over a limit does not come straight back.
   */
  TooMany: 4429,
  /** WebSocket's Try Again Later: a client that stopped reading while changes kept coming; it may reconnect. */
  TooFarBehind: 1013,
} as const;
