import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { elementAt } from './checks';
import { forward } from './holding-proxy';

export interface RecordingProxy {
  url: string;
  /** When each matching request arrived (performance.now() milliseconds). */
  arrivals: number[];
  close(): Promise<void>;
}

/** An HTTP proxy to `target` noting when each request `matches` picks arrives: Stripe's view of our request rate. */
export async function recordingProxy(target: string, matches: (method: string, path: string) => boolean): Promise<RecordingProxy> {
  const arrivals: number[] = [];
  const server = createServer((incoming, outgoing) => {
    if (matches(incoming.method ?? 'GET', incoming.url ?? '/')) arrivals.push(performance.now());
    forward(target, incoming, outgoing);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    arrivals,
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

/** The most arrivals inside any one-second window. */
export function busiestSecond(arrivals: number[]): number {
  const sorted = [...arrivals].sort((a, b) => a - b);
  let busiest = 0;
  let start = 0;
  sorted.forEach((arrival, end) => {
    while (arrival - elementAt(sorted, start) >= 1000) start += 1;
    busiest = Math.max(busiest, end - start + 1);
  });
  return busiest;
}
