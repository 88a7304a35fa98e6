import { useEffect, useState } from 'react';

// Stripe usually answers in well under a second; past this, say what is going on.
export const SLOW_AFTER_MS = 3_000;

/** True once `busy` has lasted SLOW_AFTER_MS, until it ends. */
export function useSlowRequest(busy: boolean): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!busy) return;
    const timer = setTimeout(() => setSlow(true), SLOW_AFTER_MS);
    return () => {
      clearTimeout(timer);
      setSlow(false);
    };
  }, [busy]);
  return busy && slow;
}
