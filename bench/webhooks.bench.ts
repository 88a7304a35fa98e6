/**
 * Webhooks in bursts: signed events accepted per second by the gateway against a bare handler
 * that only verifies the signature, interleaved round by round in one run; then that every
 * accepted event was applied and how long after the last one; then webhook → subscriber latency
 * with 1,000 open `transferUpdated` subscriptions. Both servers first take `--warm-up-seconds` of
 * the same load, not counted (the gateway has far more code to compile than the bare handler).
 * `node scripts/build.mjs && node dist/bench/webhooks.bench.js [--seconds 4] [--rounds 3] [--warm-up-seconds 2] [--connections 16] [--subscriptions 1000] [--sockets 50] [--events 50] [--warm-up-events 10] [--profile DIR]`
 * (`--subscriptions 0 --events 0 --warm-up-events 0` leaves the latency half out.)
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import SqliteDatabase from 'better-sqlite3';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  GATEWAY_READY,
  SANDBOX_READY,
  type StartedProcess,
  graphql,
  median,
  preparePlatform,
  profileOptions,
  roundRobin,
  startProcess,
  stopProcess,
} from './bench-kit';
import { type LoadFigures, cpuMicrosOf, describe, ratios, runLoad } from './load';
import { type HeldTransfer, WEBHOOK_SECRET, signedTransferEvent } from './stripe-events';
import { subscriberLatency } from './subscriber-latency';

const BASELINE_READY = /listening on (http:\/\/\S+)/;

async function heldTransfers(gatewayUrl: string, token: string, writerIds: string[]): Promise<HeldTransfer[]> {
  const mutation = 'mutation($input: CreateTransferInput!) { createTransfer(input: $input) { id stripeTransferId } }';
  const inputs = writerIds.map((writerId, index) => ({ writerId, amount: 100_000, currency: 'usd', idempotencyKey: `webhooks-bench-${index}` }));
  return Promise.all(inputs.map(async (input) => (await graphql(gatewayUrl, mutation, { input }, token)).createTransfer as HeldTransfer));
}

/** Waits until every accepted event is applied; milliseconds from `sinceMs` until it was, or -1. */
async function appliedAfter(dataDirectory: string, eventIds: string[], sinceMs: number): Promise<{ unapplied: number; ms: number }> {
  const reader = new SqliteDatabase(join(dataDirectory, 'gateway.sqlite'), { readonly: true });
  const unappliedNow = () => {
    let unapplied = 0;
    const statement = reader.prepare('SELECT processedAt FROM webhook_events WHERE id = ?');
    for (const id of eventIds) if (!(statement.get(id) as { processedAt: string | null } | undefined)?.processedAt) unapplied += 1;
    return unapplied;
  };
  let unapplied = unappliedNow();
  const deadline = performance.now() + 30_000;
  while (unapplied > 0 && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    unapplied = unappliedNow();
  }
  reader.close();
  return { unapplied, ms: unapplied === 0 ? Math.round(performance.now() - sinceMs) : -1 };
}

interface Servers {
  gateway: StartedProcess;
  verify: StartedProcess;
}

async function throughput(
  servers: Servers,
  transfers: HeldTransfer[],
  dataDirectory: string,
  options: { rounds: number; seconds: number; warmUpSeconds: number; connections: number },
) {
  let sequence = 0;
  // A payout run's echo: Stripe's transfer.created for transfers the gateway already holds.
  const next = () => signedTransferEvent(roundRobin(transfers, sequence++, 'held transfers'), 'transfer.created');
  if (options.warmUpSeconds > 0) {
    for (const server of [servers.verify, servers.gateway]) {
      await runLoad({ url: server.url, connections: options.connections, seconds: options.warmUpSeconds, next, serverPid: server.child.pid });
    }
    console.log(`warmed up: ${options.warmUpSeconds} s of the same load on each, not counted`);
  }
  const figures = { verify: [] as LoadFigures[], gateway: [] as LoadFigures[] };
  for (let round = 1; round <= options.rounds; round += 1) {
    console.log(`round ${round}`);
    figures.verify.push(
      await runLoad({ url: servers.verify.url, connections: options.connections, seconds: options.seconds, next, serverPid: servers.verify.child.pid }),
    );
    console.log(`  ${describe('verify-only handler', figures.verify.at(-1)!)}`);
    const cpuAtStart = cpuMicrosOf(servers.gateway.child.pid);
    const measured = await runLoad({
      url: servers.gateway.url,
      connections: options.connections,
      seconds: options.seconds,
      next,
      serverPid: servers.gateway.child.pid,
    });
    const lastAcceptedMs = performance.now();
    figures.gateway.push(measured);
    console.log(`  ${describe('gateway /webhooks/stripe', measured)}`);
    const accepted = measured.accepted.map((request) => (request as ReturnType<typeof signedTransferEvent>).eventId);
    const { unapplied, ms } = await appliedAfter(dataDirectory, accepted, lastAcceptedMs);
    const cpuAtEnd = cpuMicrosOf(servers.gateway.child.pid);
    const cpuText =
      cpuAtStart !== undefined && cpuAtEnd !== undefined && accepted.length > 0
        ? `; gateway CPU ${Math.round((cpuAtEnd - cpuAtStart) / accepted.length)} µs per event, applying included`
        : '';
    console.log(`  ${accepted.length} accepted, ${unapplied} not applied; all applied ${ms} ms after the last was accepted${cpuText}`);
  }
  const perRound = ratios(figures.gateway, figures.verify);
  console.log(`gateway / verify-only: ${perRound.map((value) => `${value.toFixed(2)}×`).join(' ')} (median ${median(perRound).toFixed(2)}×)`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string' },
      rounds: { type: 'string' },
      'warm-up-seconds': { type: 'string' },
      connections: { type: 'string' },
      subscriptions: { type: 'string' },
      sockets: { type: 'string' },
      events: { type: 'string' },
      'warm-up-events': { type: 'string' },
      profile: { type: 'string' },
    },
  });
  const processes: StartedProcess[] = [];
  try {
    const sandbox = await startProcess(
      join(__dirname, '..', 'sandbox', 'main.js'),
      ['--port', '0', '--no-persist', '--settle-delay', '3600'],
      {},
      SANDBOX_READY,
    );
    processes.push(sandbox);
    const dataDirectory = mkdtempSync(join(tmpdir(), 'payouts-webhooks-'));
    const environment = {
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDirectory,
      STRIPE_API_URL: sandbox.url,
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
      SEED_DEMO: '0',
    };
    const gateway = await startProcess(join(__dirname, '..', 'server', 'main.js'), [], environment, GATEWAY_READY, profileOptions(values.profile));
    processes.push(gateway);
    const verify = await startProcess(join(__dirname, 'baseline-servers.js'), ['verify'], { BENCH_WEBHOOK_SECRET: WEBHOOK_SECRET }, BASELINE_READY);
    processes.push(verify);
    const { token, writerIds } = await preparePlatform(gateway.url, sandbox.url, 20, 99_999_999, { webhooks: false });
    const transfers = await heldTransfers(gateway.url, token, writerIds);
    const [echoed] = transfers;
    if (!echoed) throw new Error('the gateway holds no transfers to echo');
    const connections = Number(values.connections ?? 16);
    console.log(`webhooks bench: ${connections} connections, transfer.created for ${transfers.length} transfers the gateway holds`);
    await throughput({ gateway, verify }, transfers, dataDirectory, {
      rounds: Number(values.rounds ?? 3),
      seconds: Number(values.seconds ?? 4),
      warmUpSeconds: Number(values['warm-up-seconds'] ?? 2),
      connections,
    });
    await subscriberLatency({
      gatewayUrl: gateway.url,
      token,
      transfer: echoed,
      subscriptions: Number(values.subscriptions ?? 1000),
      sockets: Number(values.sockets ?? 50),
      events: Number(values.events ?? 50),
      warmUpEvents: Number(values['warm-up-events'] ?? 10),
      serverPid: gateway.child.pid,
    });
  } finally {
    for (const started of processes.reverse()) await stopProcess(started);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
