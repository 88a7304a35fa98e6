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
 * A fresh client (and WebSocket) for every session, so nothing leaks from one to the next. Each
 * exists from the first render of its session, so the first screen's queries start at once (the
 * socket itself opens lazily), and is disposed of once the console stops using it.
 */
function useGatewayConnection(epoch: number): GatewayConnection {
  const [opened, setOpened] = useState(() => open(epoch));
  if (opened.epoch !== epoch) setOpened(open(epoch));
  const { connection } = opened;
  useEffect(() => connection.retain(), [connection]);
  return connection;
}

export function App() {
  const { session, notice } = useSessionState();
  const connection = useGatewayConnection(session?.epoch ?? 0);
  const { path, query } = useLocation();
  useSessionExpiry(session);
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
