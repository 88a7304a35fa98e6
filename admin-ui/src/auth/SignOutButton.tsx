import { useState } from 'react';
import { sessionStore } from '../session';

/**
 * Signs out everywhere: the gateway revokes the session (its sockets close, its cookie is
 * refused wherever a copy of it is) and every tab of this browser returns to sign-in.
 */
export function SignOutButton({ className }: { className: string }) {
  const [busy, setBusy] = useState(false);
  function signOut() {
    setBusy(true);
    void sessionStore.signOut().finally(() => setBusy(false));
  }
  return (
    <button type="button" className={className} onClick={signOut} disabled={busy}>
      Sign out
    </button>
  );
}
