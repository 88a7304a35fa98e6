import type { WebSocket } from 'ws';
import type { Viewer } from '../identity/viewer';
import type { Logger } from '../logging/logger';
import { WebSocketCloseCode } from './websocket-close-codes';

export interface SessionConnectionsOptions {
  /** The ids of signed-out sessions, from every instance: their connections close. Read until disposed. */
  revokedSessions: AsyncIterableIterator<string>;
  /**
   * Of these sessions, the ones no longer open: asked every SESSION_SWEEP_MS so that a
   * revocation whose message was lost (Redis down, or a race with the connection opening)
   * still closes its connections.
   */
  closedSessions: (sessionIds: string[]) => Promise<string[]>;
  logger: Logger;
}

const SESSION_SWEEP_MS = 30_000;
// setTimeout's longest delay; sessions are far shorter.
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * A connection is authenticated once, when it opens, so it must live no longer than the
 * session that opened it: it closes (4403) when that session is signed out or expires.
 */
export function sessionConnections(options: SessionConnectionsOptions) {
  const socketsBySession = new Map<string, Set<WebSocket>>();
  const revocations = options.revokedSessions;
  const closeSession = (sessionId: string) => {
    for (const socket of socketsBySession.get(sessionId) ?? []) socket.close(WebSocketCloseCode.SessionEnded, 'This session has ended; sign in again.');
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

  const closeOnSignOut = (socket: WebSocket, sessionId: string) => {
    const sockets = socketsBySession.get(sessionId) ?? new Set<WebSocket>();
    socketsBySession.set(sessionId, sockets.add(socket));
    socket.once('close', () => {
      sockets.delete(socket);
      if (sockets.size === 0) socketsBySession.delete(sessionId);
    });
  };
  const closeOnExpiry = (socket: WebSocket, expiresAt: Date) => {
    const delayMs = Math.min(MAX_TIMER_MS, Math.max(0, expiresAt.getTime() - Date.now()));
    const timer = setTimeout(() => socket.close(WebSocketCloseCode.SessionEnded, 'Your session has expired; sign in again.'), delayMs);
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
  };
  return {
    /** Ties an open connection to the session of the viewer it authenticated as (if any). */
    track(socket: WebSocket, viewer: Viewer | null) {
      if (viewer?.sessionId) closeOnSignOut(socket, viewer.sessionId);
      if (viewer?.sessionExpiresAt) closeOnExpiry(socket, viewer.sessionExpiresAt);
    },
    dispose: async () => {
      clearInterval(sweep);
      await revocations.return?.();
    },
  };
}
