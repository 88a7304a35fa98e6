import { useEffect } from 'react';
import type { OperationContext } from 'urql';

/** Re-runs a query from the network whenever a subscription delivers a new event. */
export function useRefetchOnEvent(event: unknown, reexecute: (context?: Partial<OperationContext>) => void) {
  useEffect(() => {
    if (event) reexecute({ requestPolicy: 'network-only' });
  }, [event, reexecute]);
}
