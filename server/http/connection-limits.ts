import type { WebSocket } from 'ws';
import { addressBudgetKey } from '../rate-limits/budgets';
import { WebSocketCloseCode } from './websocket-close-codes';

export interface ConnectionLimits {
  /** Operations one connection may run at once (each holds a PubSub listener and timers). */
  maxSubscriptionsPerConnection: number;
  /** Connections one client may hold open at once, counted per address as rate limits count. */
  maxConnectionsPerAddress: number;
}

/**
 * Counts the open connections of each client (an IPv4 address, or an IPv6 client's /64) and
 * closes, with 4429, a connection that would be one too many. A closed connection frees its place.
 */
export function connectionsPerAddress(maxConnections: number) {
  const openByClient = new Map<string, number>();
  return (socket: WebSocket, clientAddress: string) => {
    const client = addressBudgetKey(clientAddress);
    const open = (openByClient.get(client) ?? 0) + 1;
    openByClient.set(client, open);
    socket.once('close', () => {
      const left = (openByClient.get(client) ?? 1) - 1;
      if (left === 0) openByClient.delete(client);
      else openByClient.set(client, left);
    });
    if (open > maxConnections) socket.close(WebSocketCloseCode.TooMany, `Too many connections from this address (at most ${maxConnections}).`);
  };
}

/**
 * True when a connection running `running` operations (counting the one just asked for) is
 * over the limit; the connection is then closed with 4429 and all of its subscriptions end.
 * An error for the one operation would be a refusal the client retries; a close it does not.
 */
export function closedForTooManySubscriptions(socket: WebSocket, running: number, maxSubscriptions: number): boolean {
  if (running <= maxSubscriptions) return false;
  socket.close(WebSocketCloseCode.TooMany, `Too many subscriptions on this connection (at most ${maxSubscriptions}).`);
  return true;
}
