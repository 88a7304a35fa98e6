import { useEffect, useState } from 'react';
import { Provider } from 'urql';
import { AcceptInvite } from './auth/AcceptInvite';
import { AdminGate } from './auth/AdminGate';
import { SignIn } from './auth/SignIn';
import { type GatewayConnection, connectToGateway } from './client';
import { ConsoleRoutes } from './layout/ConsoleRoutes';
import { Shell } from './layout/Shell';
import { SocketStatusContext } from './layout/socket-status';
import { useLocation } from './router';
import { type Session, sessionStore, useSessionState } from './session';

// setTimeout's longest delay; sessions last 12 hours, far less.
const MAX_TIMER_DELAY_MS = 2_147_483_647;

/** Ends the session when its token expires, instead of at the next refused request. */
function useSessionExpiry(session: Session | null) {
  useEffect(() => {
    if (!session) return;
    const remainingMs = Date.parse(session.expiresAt) - Date.now();
    const timer = setTimeout(() => sessionStore.expire(session.token), Math.min(Math.max(remainingMs, 0), MAX_TIMER_DELAY_MS));
    return () => clearTimeout(timer);
  }, [session]);
}

const open = (token: string | null) => ({
  token,
  connection: connectToGateway(token, () => {
    if (token) sessionStore.expire(token);
  }),
});

/**
 * A fresh client (and WebSocket) for every session, so nothing leaks from one to the next. The
 * first one exists from the first render, so the first screen's queries start at once (the
 * socket itself opens lazily); a connection closed under it (a new session, or development's
 * StrictMode re-running effects) is replaced.
 */
function useGatewayConnection(token: string | null): GatewayConnection | null {
  const [opened, setOpened] = useState(() => open(token));
  useEffect(() => {
    if (opened.token !== token || opened.connection.isClosed()) {
      setOpened(open(token));
      return;
    }
    const { connection } = opened;
    return () => connection.close();
  }, [token, opened]);
  return opened.token === token && !opened.connection.isClosed() ? opened.connection : null;
}

export function App() {
  const { session, notice } = useSessionState();
  const connection = useGatewayConnection(session?.token ?? null);
  const { path, query } = useLocation();
  useSessionExpiry(session);
  if (!connection) return null;
  const inviteToken = path === '/accept-invite' ? query.get('token') : null;
  return (
    <Provider value={connection.client}>
      <SocketStatusContext value={connection.socketStatus}>
        {session ? (
          <AdminGate key={session.token} viewer={session.viewer}>
            <Shell email={session.viewer.email}>
              <ConsoleRoutes />
            </Shell>
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
