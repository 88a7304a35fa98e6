import { createContext, useContext, useEffect, useRef, useSyncExternalStore } from 'react';
import type { OperationContext } from 'urql';

/** The subscription WebSocket as graphql-ws reports it: open now, and how many times it has connected. */
export interface SocketStatus {
  isOpen(): boolean;
  connections(): number;
  subscribe(listener: () => void): () => void;
}

export function createSocketStatus(): SocketStatus & { set(open: boolean): void } {
  let open = false;
  let connections = 0;
  const listeners = new Set<() => void>();
  return {
    isOpen: () => open,
    connections: () => connections,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      if (next && !open) connections += 1;
      open = next;
      listeners.forEach((listener) => listener());
    },
  };
}

export const SocketStatusContext = createContext<SocketStatus | null>(null);

const neverOpen: SocketStatus = { isOpen: () => false, connections: () => 0, subscribe: () => () => undefined };

function useSocketStatus(): SocketStatus {
  return useContext(SocketStatusContext) ?? neverOpen;
}

export function useSocketOpen(): boolean {
  const status = useSocketStatus();
  return useSyncExternalStore(status.subscribe, status.isOpen);
}

/** Re-reads a query after the socket comes back from a drop: events pushed meanwhile were lost. */
export function useRefetchOnReconnect(reexecute: (context?: Partial<OperationContext>) => void) {
  const status = useSocketStatus();
  const connections = useSyncExternalStore(status.subscribe, status.connections);
  const seen = useRef(Math.max(connections, 1));
  useEffect(() => {
    if (connections <= seen.current) return;
    seen.current = connections;
    reexecute({ requestPolicy: 'network-only' });
  }, [connections, reexecute]);
}
