import { useSyncExternalStore } from 'react';

// The session itself is an HttpOnly cookie the gateway sets (no script can read it), shared by
// every tab of this browser. What sign-in said about the user is kept beside it in
// localStorage, so a new tab opens the console at once, and every tab hears of a sign-in or a
// sign-out in another one through the storage event.
export interface SessionViewer {
  email: string;
  role: string;
  twoFactorEnabled: boolean;
}

export interface Session {
  expiresAt: string;
  viewer: SessionViewer;
  /** Which sign-in this is in this tab: a refusal reported for an earlier one is no longer news. */
  epoch: number;
}

/** What sign-in, two-factor confirmation and joining the team answer. */
export interface SignedIn {
  token: string;
  expiresAt: string;
  viewer: SessionViewer;
}

interface SessionState {
  session: Session | null;
  /** Why the user is back at sign-in (an expired session, a sign-out elsewhere), shown there once. */
  notice: string | null;
}

export const SESSION_PATH = '/admin/session';
export const SESSION_EXPIRED_MESSAGE = 'Your session has expired; sign in again.';
const SIGNED_OUT_ELSEWHERE_MESSAGE = 'You signed out in another tab.';
const STORAGE_KEY = 'payouts-console.session';
const listeners = new Set<() => void>();
let epoch = 0;
// While a new session's cookie is being set, refusals of the one it replaces are expected.
let switching = false;
let state: SessionState = initialState();

function readStored(value: string | null): Omit<Session, 'epoch'> | null {
  try {
    const parsed = JSON.parse(value ?? 'null') as Partial<Session> | null;
    return parsed?.expiresAt && parsed.viewer ? { expiresAt: parsed.expiresAt, viewer: parsed.viewer } : null;
  } catch {
    return null;
  }
}

function initialState(): SessionState {
  const stored = readStored(localStorage.getItem(STORAGE_KEY));
  if (stored && Date.parse(stored.expiresAt) <= Date.now()) {
    localStorage.removeItem(STORAGE_KEY);
    return { session: null, notice: SESSION_EXPIRED_MESSAGE };
  }
  return { session: stored && { ...stored, epoch: ++epoch }, notice: null };
}

function publish(next: SessionState) {
  state = next;
  listeners.forEach((listener) => listener());
}

function store(next: SessionState) {
  if (next.session) localStorage.setItem(STORAGE_KEY, JSON.stringify({ expiresAt: next.session.expiresAt, viewer: next.session.viewer }));
  else localStorage.removeItem(STORAGE_KEY);
  publish(next);
}

/** Clears the cookie (and revokes its session, if still open); never fails. */
function forgetCookie(): Promise<void> {
  return fetch(SESSION_PATH, { method: 'DELETE' }).then(
    () => undefined,
    () => undefined,
  );
}

// Another tab signed in, signed out, or replaced the session (two-factor confirmed).
window.addEventListener('storage', (event) => {
  if (event.key !== STORAGE_KEY && event.key !== null) return;
  const stored = readStored(localStorage.getItem(STORAGE_KEY));
  if (!stored) {
    if (state.session) publish({ session: null, notice: SIGNED_OUT_ELSEWHERE_MESSAGE });
    return;
  }
  publish({ session: { ...stored, epoch: ++epoch }, notice: null });
});

export const sessionStore = {
  current: (): SessionState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Hands the new session's token to the gateway, which keeps it as this browser's cookie. */
  async signIn(signedIn: SignedIn): Promise<void> {
    switching = true;
    try {
      const response = await fetch(SESSION_PATH, { method: 'POST', headers: { authorization: `Bearer ${signedIn.token}` } });
      if (!response.ok) throw new Error('The gateway did not accept the new session; sign in again.');
      store({ session: { expiresAt: signedIn.expiresAt, viewer: signedIn.viewer, epoch: ++epoch }, notice: null });
    } finally {
      switching = false;
    }
  },
  /** Ends the session in every tab (they hear of it first, so they can say why) and on the gateway. */
  async signOut(): Promise<void> {
    store({ session: null, notice: null });
    await forgetCookie();
  },
  /**
   * Ends the session because the gateway no longer accepts it. A refusal reported for an older
   * sign-in (the session two-factor enrolment replaced) leaves the current one alone.
   */
  expire(sessionEpoch: number, notice = SESSION_EXPIRED_MESSAGE) {
    if (switching || state.session?.epoch !== sessionEpoch) return;
    void forgetCookie();
    store({ session: null, notice });
  },
  /** A cookie whose session the gateway refused would be sent with the next sign-in: drop it first. */
  forgetCookie,
};

export function useSessionState(): SessionState {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.current);
}
