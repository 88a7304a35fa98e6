/**
 * Scale-out: two gateway instances on one PostgreSQL database and one Redis. Transfers are sent
 * to instance A while admins subscribed to `transferUpdated` on instance B; measures transfers
 * per second on PostgreSQL and how long each PAID event takes to reach every subscriber on B
 * (from the start of the createTransfer request), and checks that every event arrived.
 * `node scripts/build.mjs && node dist/bench/fanout.bench.js [--seconds 10] [--concurrency 8] [--subscribers 20] [--writers 4]`
 * Needs PostgreSQL (BENCH_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/test) and
 * Redis (BENCH_REDIS_URL, default redis://127.0.0.1:6379).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Client as WebSocketClient, createClient } from 'graphql-ws';
import { Redis } from 'ioredis';
import { Client as PostgresClient } from 'pg';
import WebSocket from 'ws';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  GATEWAY_READY,
  SANDBOX_READY,
  type StartedProcess,
  graphql,
  percentile,
  preparePlatform,
  startProcess,
  until,
} from './bench-kit';

const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const FUNDING_MINOR = 99_999_999;
const TRANSFER_MINOR = 100;

async function withPostgres<T>(run: (client: PostgresClient) => Promise<T>): Promise<T> {
  const client = new PostgresClient({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A subscriber on instance B: when each transfer's PAID event arrived. */
function subscribe(gatewayUrl: string, token: string): { client: WebSocketClient; paidAt: Map<string, number> } {
  const paidAt = new Map<string, number>();
  const client = createClient({
    url: `${gatewayUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  client.subscribe<{ transferUpdated: { id: string; status: string } }>(
    { query: 'subscription { transferUpdated { id status } }' },
    {
      next: ({ data }) => {
        if (data?.transferUpdated.status === 'PAID' && !paidAt.has(data.transferUpdated.id)) paidAt.set(data.transferUpdated.id, performance.now());
      },
      error: (error) => console.error('subscription error', error),
      complete: () => undefined,
    },
  );
  return { client, paidAt };
}

async function sendTransfers(gatewayUrl: string, token: string, writerIds: string[], concurrency: number, seconds: number) {
  const startedAt = new Map<string, number>();
  const requestMs: number[] = [];
  let failures = 0;
  let sequence = 0;
  const deadline = performance.now() + seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline) {
      sequence += 1;
      const input = {
        writerId: writerIds[sequence % writerIds.length],
        amount: TRANSFER_MINOR,
        currency: 'usd',
        idempotencyKey: `fanout-${process.pid}-${sequence}`,
      };
      const started = performance.now();
      try {
        const data = await graphql(gatewayUrl, 'mutation($input: CreateTransferInput!) { createTransfer(input: $input) { id status } }', { input }, token);
        if (data.createTransfer.status !== 'PAID') throw new Error(data.createTransfer.status);
        startedAt.set(data.createTransfer.id, started);
        requestMs.push(performance.now() - started);
      } catch {
        failures += 1;
      }
    }
  };
  const began = performance.now();
  await Promise.all(Array.from({ length: concurrency }, loop));
  return { startedAt, requestMs: requestMs.sort((left, right) => left - right), failures, elapsedSeconds: (performance.now() - began) / 1000 };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { seconds: { type: 'string' }, concurrency: { type: 'string' }, subscribers: { type: 'string' }, writers: { type: 'string' } },
  });
  const seconds = Number(values.seconds ?? 10);
  const concurrency = Number(values.concurrency ?? 8);
  const subscriberCount = Number(values.subscribers ?? 20);
  const writerCount = Number(values.writers ?? 4);
  const database = `payouts_bench_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  await withPostgres((client) => client.query(`CREATE DATABASE ${database}`));
  const databaseUrl = new URL(POSTGRES_URL);
  databaseUrl.pathname = `/${database}`;
  const channelPrefix = `payouts-bench-${process.pid}:`;
  const redis = new Redis(REDIS_URL);
  const processes: StartedProcess[] = [];
  const subscribers: ReturnType<typeof subscribe>[] = [];
  try {
    const sandbox = await startProcess(
      join(__dirname, '..', 'sandbox', 'main.js'),
      ['--port', '0', '--no-persist', '--settle-delay', '3600'],
      {},
      SANDBOX_READY,
    );
    processes.push(sandbox);
    const shared = {
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'payouts-fanout-')),
      DATABASE_URL: databaseUrl.toString(),
      REDIS_URL,
      REDIS_CHANNEL_PREFIX: channelPrefix,
      STRIPE_API_URL: sandbox.url,
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
      SEED_DEMO: '0',
      // Every subscriber connects from this machine, one address for the per-client cap.
      WS_MAX_CONNECTIONS_PER_ADDRESS: String(Math.max(50, subscriberCount)),
    };
    const gatewayA = await startProcess(join(__dirname, '..', 'server', 'main.js'), [], shared, GATEWAY_READY);
    processes.push(gatewayA);
    // Stripe's webhooks reach instance A only, as they would reach one load-balanced URL.
    const gatewayB = await startProcess(
      join(__dirname, '..', 'server', 'main.js'),
      [],
      { ...shared, STRIPE_WEBHOOK_SECRET: 'whsec_not_this_instance' },
      GATEWAY_READY,
    );
    processes.push(gatewayB);
    const { token, writerIds } = await preparePlatform(gatewayA.url, sandbox.url, writerCount, FUNDING_MINOR);

    subscribers.push(...Array.from({ length: subscriberCount }, () => subscribe(gatewayB.url, token)));
    await until(async () => ((await redis.pubsub('NUMSUB', `${channelPrefix}TRANSFER_UPDATED`)) as [string, number])[1] >= 1, 'instance B subscribed on Redis');
    await new Promise((resolve) => setTimeout(resolve, 500));

    console.log(`fan-out bench: PostgreSQL + Redis, 2 instances; ${concurrency} clients send to A for ${seconds} s, ${subscriberCount} admins subscribed on B`);
    const { startedAt, requestMs, failures, elapsedSeconds } = await sendTransfers(gatewayA.url, token, writerIds, concurrency, seconds);
    const expected = startedAt.size * subscriberCount;
    const deliveredCount = () => subscribers.reduce((sum, subscriber) => sum + [...startedAt.keys()].filter((id) => subscriber.paidAt.has(id)).length, 0);
    await until(async () => deliveredCount() >= expected, 'every PAID event on every subscriber').catch(() => undefined);
    const latencies = subscribers
      .flatMap((subscriber) => [...startedAt].filter(([id]) => subscriber.paidAt.has(id)).map(([id, started]) => subscriber.paidAt.get(id)! - started))
      .sort((left, right) => left - right);
    console.log(
      `createTransfer on A: ${(startedAt.size / elapsedSeconds).toFixed(1)} transfers/s on PostgreSQL (${startedAt.size} paid, ${failures} failed); request p50 ${percentile(requestMs, 0.5)} ms, p95 ${percentile(requestMs, 0.95)} ms`,
    );
    console.log(
      `PAID event on B, from request start: p50 ${percentile(latencies, 0.5)} ms, p95 ${percentile(latencies, 0.95)} ms, p99 ${percentile(latencies, 0.99)} ms; delivered ${latencies.length} of ${expected}`,
    );
  } finally {
    await Promise.allSettled(subscribers.map((subscriber) => subscriber.client.dispose()));
    for (const started of processes.reverse()) started.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    redis.disconnect();
    await withPostgres((client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
