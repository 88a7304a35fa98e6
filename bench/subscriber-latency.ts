// Webhook → subscriber: how long from posting a signed event until each of many open
// subscriptions has received the change it makes.
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { percentile, roundRobin } from './bench-kit';
import { cpuMicrosOf } from './load';
import { type HeldTransfer, signedTransferEvent } from './stripe-events';

export interface LatencyOptions {
  gatewayUrl: string;
  token: string;
  /** Each event reverses one more cent of it, so every event changes it and is published. */
  transfer: HeldTransfer;
  subscriptions: number;
  sockets: number;
  events: number;
  /** Events sent first and not counted (as the reads bench warms up): the code they run is then compiled. */
  warmUpEvents: number;
  /** The gateway's process: its CPU time over the counted events is reported too (steadier than latency on a busy machine). */
  serverPid?: number;
}

interface Subscriber {
  /** When each reversed amount arrived. */
  seenAt: Map<number, number>;
}

function openSockets(options: LatencyOptions): Client[] {
  return Array.from({ length: options.sockets }, () =>
    createClient({
      url: `${options.gatewayUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${options.token}` },
      retryAttempts: 0,
    }),
  );
}

function subscribe(client: Client, writerId: string | null): Subscriber {
  const subscriber: Subscriber = { seenAt: new Map() };
  client.subscribe<{ transferUpdated: { amountReversed: { amount: number } } }>(
    { query: 'subscription($writerId: ID) { transferUpdated(writerId: $writerId) { id status amountReversed { amount } } }', variables: { writerId } },
    {
      next: ({ data }) => data && subscriber.seenAt.set(data.transferUpdated.amountReversed.amount, performance.now()),
      error: (error) => console.error('subscription failed', error),
      complete: () => undefined,
    },
  );
  return subscriber;
}

/** Messages on one socket are handled in order: a heartbeat answered means its subscriptions are live. */
function live(client: Client): Promise<void> {
  return new Promise((resolve, reject) => {
    const stop = client.subscribe({ query: 'subscription { heartbeat }' }, { next: () => (stop(), resolve()), error: reject, complete: () => undefined });
  });
}

async function until(done: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!done()) {
    if (performance.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  return true;
}

export async function subscriberLatency(options: LatencyOptions): Promise<void> {
  const clients = openSockets(options);
  const writerId = (await fetchWriterId(options)) ?? null;
  // Half follow every transfer, half this writer's: both filters are exercised.
  const subscribers = Array.from({ length: options.subscriptions }, (_, index) =>
    subscribe(roundRobin(clients, index, 'sockets'), index % 2 === 0 ? null : writerId),
  );
  await Promise.all(clients.map(live));
  const latencies: number[] = [];
  let missed = 0;
  let firstEventMs = 0;
  let cpuAtStart = options.warmUpEvents === 0 ? cpuMicrosOf(options.serverPid) : undefined;
  let cpuAtEnd: number | undefined;
  try {
    for (let amount = 1; amount <= options.warmUpEvents + options.events; amount += 1) {
      const request = signedTransferEvent(options.transfer, 'transfer.reversed', amount);
      const sentAt = performance.now();
      const response = await fetch(`${options.gatewayUrl}${request.path}`, { method: 'POST', headers: request.headers, body: request.body });
      if (!response.ok) throw new Error(`event ${amount}: ${response.status} ${await response.text()}`);
      if (!(await until(() => subscribers.every((subscriber) => subscriber.seenAt.has(amount)), 5000))) missed += 1;
      if (amount === 1) firstEventMs = Math.max(...subscribers.map((subscriber) => (subscriber.seenAt.get(amount) ?? Number.NaN) - sentAt));
      if (amount === options.warmUpEvents) cpuAtStart = cpuMicrosOf(options.serverPid);
      if (amount <= options.warmUpEvents) continue;
      for (const subscriber of subscribers) if (subscriber.seenAt.has(amount)) latencies.push(subscriber.seenAt.get(amount)! - sentAt);
    }
    cpuAtEnd = cpuMicrosOf(options.serverPid);
  } finally {
    await Promise.all(clients.map((client) => client.dispose()));
  }
  const cpuText =
    cpuAtStart !== undefined && cpuAtEnd !== undefined && options.events > 0
      ? `; gateway CPU ${Math.round((cpuAtEnd - cpuAtStart) / options.events)} µs per event, webhook and fan-out`
      : '';
  latencies.sort((left, right) => left - right);
  console.log(
    `webhook → subscriber, ${options.subscriptions} subscriptions on ${options.sockets} sockets, ${options.events} events one after another after ${options.warmUpEvents} not counted: p50 ${percentile(latencies, 0.5)} ms, p99 ${percentile(latencies, 0.99)} ms, max ${percentile(latencies, 1)} ms; ${missed} events not seen by every subscriber (the very first event reached its last subscriber after ${firstEventMs.toFixed(1)} ms)${cpuText}`,
  );
}

async function fetchWriterId(options: LatencyOptions): Promise<string | undefined> {
  const response = await fetch(`${options.gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
    body: JSON.stringify({ query: 'query($id: ID!) { transfer(id: $id) { writerId } }', variables: { id: options.transfer.id } }),
  });
  return ((await response.json()) as { data?: { transfer: { writerId: string } } }).data?.transfer.writerId;
}
