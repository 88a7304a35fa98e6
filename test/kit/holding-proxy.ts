import { EventEmitter, once } from 'node:events';
import { type IncomingMessage, type ServerResponse, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HoldingProxy {
  url: string;
  /** Resolves when the first matching request arrives and is being held. */
  firstHeld: Promise<unknown>;
  /** Forwards what was held and everything after it. */
  release(): void;
  close(): Promise<void>;
}

export function forward(target: string, incoming: IncomingMessage, outgoing: ServerResponse): void {
  const upstream = request(new URL(incoming.url ?? '/', target), { method: incoming.method, headers: incoming.headers }, (answer) => {
    outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(outgoing);
  });
  upstream.on('error', () => outgoing.destroy());
  incoming.pipe(upstream);
}

/**
 * An HTTP proxy to `target` that holds the requests `matches` picks until `release()`: a Stripe
 * that is slow exactly when a test wants it to be.
 */
export async function holdingProxy(target: string, matches: (method: string, path: string) => boolean): Promise<HoldingProxy> {
  const held: Array<() => void> = [];
  const arrivals = new EventEmitter();
  let holding = true;
  const server = createServer((incoming, outgoing) => {
    if (!holding || !matches(incoming.method ?? 'GET', incoming.url ?? '/')) return forward(target, incoming, outgoing);
    held.push(() => forward(target, incoming, outgoing));
    arrivals.emit('held');
  });
  const firstHeld = once(arrivals, 'held');
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    firstHeld,
    release() {
      holding = false;
      for (const run of held.splice(0)) run();
    },
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
