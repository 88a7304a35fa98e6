import type { Socket } from 'node:net';
import type { WebSocket } from 'ws';

/**
 * Frames sent to one WebSocket in the same turn of the event loop leave in one write: a change
 * published to the twenty subscriptions of one console is one system call instead of twenty.
 * The connection is corked at the first frame and uncorked once the turn's work is done.
 */
export function coalesceSends(socket: WebSocket, connection: Socket): void {
  const send = socket.send.bind(socket) as (...args: unknown[]) => void;
  let corked = false;
  const uncork = () => {
    corked = false;
    connection.uncork();
  };
  socket.send = ((...args: unknown[]) => {
    if (!corked) {
      corked = true;
      connection.cork();
      setImmediate(uncork);
    }
    send(...args);
  }) as WebSocket['send'];
}
