import { useEffect, useState } from 'react';
import { Provider } from 'urql';
import { AcceptInvite } from './auth/AcceptInvite';
import { AdminGate } from './auth/AdminGate';
import { ViewerContext } from './auth/viewer-context';
import { SignIn } from './auth/SignIn';
import { type GatewayConnection, connectToGateway } from './client';
import { ConsoleRoutes } from './layout/ConsoleRoutes';
import { Shell } from './layout/Shell';
import { SocketStatusContext } from './layout/socket-status';
import { useLocation } from './router';
import { type Session, sessionStore, useSessionState } from './session';

// setTimeout's longest delay; sessions last 12 hours, far less.
const MAX_TIMER_DELAY_MS = 2_147_483_647;

/** Ends the session when it expires, instead of at the next refused request. */
function useSessionExpiry(session: Session | null) {
  useEffect(() => {
    if (!session) return;
    const remainingMs = Date.parse(session.expiresAt) - Date.now();
    const timer = setTimeout(() => sessionStore.expire(session.epoch), Math.min(Math.max(remainingMs, 0), MAX_TIMER_DELAY_MS));
    return () => clearTimeout(timer);
  }, [session]);
}

// 0: signed out; otherwise the session's epoch in this tab.
const open = (epoch: number) => ({
  epoch,
  connection: connectToGateway(epoch > 0, (reason) => {
    if (epoch > 0) sessionStore.expire(epoch, reason ?? undefined);
  }),
});

/**
 * A fresh client (and WebSocket) for every session, so nothing leaks from one to the next. The
 * first one exists from the first render, so the first screen's queries start at once (the
 * socket itself opens lazily); a connection closed under it (a new session, or development's
 * StrictMode re-running effects) is replaced.
 */
function useGatewayConnection(epoch: number): GatewayConnection | null {
  const [opened, setOpened] = useState(() => open(epoch));
  useEffect(() => {
    if (opened.epoch !== epoch || opened.connection.isClosed()) {
      setOpened(open(epoch));
      return;
    }
    const { connection } = opened;
    return () => connection.close();
  }, [epoch, opened]);
  return opened.epoch === epoch && !opened.connection.isClosed() ? opened.connection : null;
}

export function App() {
  const { session, notice } = useSessionState();
  const connection = useGatewayConnection(session?.epoch ?? 0);
  const { path, query } = useLocation();
  useSessionExpiry(session);
  if (!connection) return null;
  const inviteToken = path === '/accept-invite' ? query.get('token') : null;
  return (
    <Provider value={connection.client}>
      <SocketStatusContext value={connection.socketStatus}>
        {session ? (
          <AdminGate key={session.epoch} viewer={session.viewer}>
            <ViewerContext value={session.viewer}>
              <Shell viewer={session.viewer}>
                <ConsoleRoutes />
              </Shell>
            </ViewerContext>
          </AdminGate>
        ) : inviteToken ? (
          <AcceptInvite token={inviteToken} />
        ) : (
          <SignIn notice={notice} />
        )}
      </SocketStatusContext>
    </Provider>
  );
}
