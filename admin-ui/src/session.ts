import { useSyncExternalStore } from 'react';

// The signed-in session lives in sessionStorage: it survives a reload, not the closing of the tab.
// It keeps what sign-in said about the user, so the console opens without asking again.
export interface SessionViewer {
  email: string;
  role: string;
  twoFactorEnabled: boolean;
}

export interface Session {
  token: string;
  expiresAt: string;
  viewer: SessionViewer;
}

interface SessionState {
  session: Session | null;
  /** Why the user is back at sign-in (an expired session), shown there once. */
  notice: string | null;
}

const SESSION_EXPIRED_MESSAGE = 'Your session has expired; sign in again.';
const STORAGE_KEY = 'payouts-console.session';
const listeners = new Set<() => void>();
let state: SessionState = initialState();

function initialState(): SessionState {
  const stored = readStoredSession();
  if (stored && Date.parse(stored.expiresAt) <= Date.now()) {
    sessionStorage.removeItem(STORAGE_KEY);
    return { session: null, notice: SESSION_EXPIRED_MESSAGE };
  }
  return { session: stored, notice: null };
}

function readStoredSession(): Session | null {
  try {
    const parsed = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<Session> | null;
    return parsed?.token && parsed.expiresAt && parsed.viewer ? { token: parsed.token, expiresAt: parsed.expiresAt, viewer: parsed.viewer } : null;
  } catch {
    return null;
  }
}

function update(next: SessionState) {
  state = next;
  if (next.session) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next.session));
  else sessionStorage.removeItem(STORAGE_KEY);
  listeners.forEach((listener) => listener());
}

export const sessionStore = {
  current: (): SessionState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  signIn: (session: Session) => update({ session, notice: null }),
  signOut: () => update({ session: null, notice: null }),
  /**
   * Ends the session because the server no longer accepts its token. A refusal of an older
   * token (the session two-factor enrolment replaced) leaves the current session alone.
   */
  expire(token: string) {
    if (state.session?.token === token) update({ session: null, notice: SESSION_EXPIRED_MESSAGE });
  },
};

export function useSessionState(): SessionState {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.current);
}
