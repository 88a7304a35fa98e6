/**
 * Transfers per second end to end: GraphQL `createTransfer` over HTTP → gateway (its own process,
 * SQLite) → Stripe sandbox (its own process) and back, each with its own idempotency key.
 * `node scripts/build.mjs && node dist/bench/transfers.bench.js [--seconds 10] [--concurrency 8] [--writers 4]`
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
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
} from './bench-kit';

const FUNDING_MINOR = 99_999_999;
const TRANSFER_MINOR = 100;

interface Figures {
  transfers: number;
  failures: number;
  perSecond: number;
  latencyMs: { p50: number; p95: number; p99: number };
}

async function measure(gatewayUrl: string, token: string, writerIds: string[], concurrency: number, seconds: number): Promise<Figures> {
  const latencies: number[] = [];
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
        idempotencyKey: `bench-${process.pid}-${sequence}`,
      };
      const started = performance.now();
      try {
        const data = await graphql(gatewayUrl, 'mutation($input: CreateTransferInput!) { createTransfer(input: $input) { status } }', { input }, token);
        if (data.createTransfer.status !== 'PAID') throw new Error(data.createTransfer.status);
        latencies.push(performance.now() - started);
      } catch {
        failures += 1;
      }
    }
  };
  const startedAt = performance.now();
  await Promise.all(Array.from({ length: concurrency }, loop));
  const elapsedSeconds = (performance.now() - startedAt) / 1000;
  latencies.sort((left, right) => left - right);
  return {
    transfers: latencies.length,
    failures,
    perSecond: Number((latencies.length / elapsedSeconds).toFixed(1)),
    latencyMs: { p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), p99: percentile(latencies, 0.99) },
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { seconds: { type: 'string' }, concurrency: { type: 'string' }, writers: { type: 'string' } } });
  const seconds = Number(values.seconds ?? 10);
  const concurrency = Number(values.concurrency ?? 8);
  const writerCount = Number(values.writers ?? 4);
  const sandbox = await startProcess(join(__dirname, '..', 'sandbox', 'main.js'), ['--port', '0', '--no-persist', '--settle-delay', '3600'], {}, SANDBOX_READY);
  let gateway: StartedProcess | undefined;
  try {
    gateway = await startProcess(
      join(__dirname, '..', 'server', 'main.js'),
      [],
      {
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: mkdtempSync(join(tmpdir(), 'payouts-bench-')),
        STRIPE_API_URL: sandbox.url,
        ADMIN_EMAIL,
        ADMIN_PASSWORD,
        SEED_DEMO: '0',
      },
      GATEWAY_READY,
    );
    const { token, writerIds } = await preparePlatform(gateway.url, sandbox.url, writerCount, FUNDING_MINOR);
    console.log(`transfers bench: ${concurrency} concurrent clients, ${writerIds.length} writers, ${seconds} s, SQLite`);
    const figures = await measure(gateway.url, token, writerIds, concurrency, seconds);
    console.log(
      `createTransfer end to end: ${figures.perSecond} transfers/s (${figures.transfers} paid, ${figures.failures} failed); latency p50 ${figures.latencyMs.p50} ms, p95 ${figures.latencyMs.p95} ms, p99 ${figures.latencyMs.p99} ms`,
    );
  } finally {
    gateway?.child.kill('SIGTERM');
    sandbox.child.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
