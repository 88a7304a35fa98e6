import WebSocket from 'ws';

export interface ClosedSocket {
  code: number;
  reason: string;
}

/**
 * A graphql-transport-ws socket with no client library in between, for sending what a real
 * client never would (oversized messages, floods) and seeing exactly how the server answers.
 */
export interface RawSocket {
  send(message: unknown): void;
  /** The server's next message, or how it closed the socket if it closes first. */
  next(): Promise<Record<string, any> | ClosedSocket>;
  /** Sends `connection_init` and resolves with the answer (`connection_ack`, or the close). */
  init(payload?: Record<string, unknown>): Promise<Record<string, any> | ClosedSocket>;
  closed: Promise<ClosedSocket>;
  close(): void;
}

export function openRawSocket(gatewayUrl: string, headers: Record<string, string> = {}): Promise<RawSocket> {
  const socket = new WebSocket(`${gatewayUrl.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', { headers });
  const messages: Array<Record<string, any>> = [];
  const waiters: Array<() => void> = [];
  const wake = () => waiters.splice(0).forEach((resolve) => resolve());
  let closedAs: ClosedSocket | undefined;
  const closed = new Promise<ClosedSocket>((resolve) =>
    socket.once('close', (code, reason) => {
      closedAs = { code, reason: reason.toString() };
      resolve(closedAs);
      wake();
    }),
  );
  socket.on('message', (data) => {
    messages.push(JSON.parse(data.toString()) as Record<string, any>);
    wake();
  });
  // A refused upgrade or a reset is reported through 'close' as well.
  socket.on('error', () => undefined);
  const next = async (): Promise<Record<string, any> | ClosedSocket> => {
    while (messages.length === 0 && !closedAs) await new Promise<void>((resolve) => waiters.push(resolve));
    return messages.shift() ?? closedAs!;
  };
  const raw: RawSocket = {
    send: (message) => socket.send(typeof message === 'string' ? message : JSON.stringify(message)),
    next,
    init: (payload = {}) => {
      raw.send({ type: 'connection_init', payload });
      return next();
    },
    closed,
    close: () => socket.close(1000),
  };
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(raw));
    socket.once('close', (code) => reject(new Error(`socket closed (${code}) before it opened`)));
  });
}
