/**
 * SDK requests per second against the Stripe sandbox: `node dist/bench/sandbox.bench.js
 * [--seconds 5] [--clients 8] [--concurrency 4] [--persist]`. The sandbox runs in its own process
 * (as it does beside the gateway) so client and server do not share one event loop. `--persist`
 * keeps its state in a throwaway SQLite file, as `npm start` does, instead of in memory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Stripe from 'stripe';

interface Figures {
  requests: number;
  failures: number;
  perSecond: number;
  latencyMs: { p50: number; p95: number; p99: number };
}

function startSandboxProcess(stateFile: string | undefined): Promise<{ child: ChildProcess; url: string; port: number }> {
  const persistence = stateFile ? ['--state-file', stateFile] : ['--no-persist'];
  const child = spawn(process.execPath, [join(__dirname, '..', 'sandbox', 'main.js'), '--port', '0', ...persistence, '--settle-delay', '0'], {
    env: { ...process.env, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`sandbox exited with code ${code}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      const url = /listening on (http:\/\/\S+)/.exec(chunk.toString())?.[1];
      if (url) resolve({ child, url, port: Number(new URL(url).port) });
    });
  });
}

async function control(url: string, path: string, body: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const response = await fetch(`${url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

function percentile(sorted: number[], fraction: number): number {
  const value = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
  return value === undefined ? 0 : Number(value.toFixed(2));
}

/** Runs `operation` from `clients × concurrency` loops for `seconds`, timing every call. */
async function measure(clients: Stripe[], concurrency: number, seconds: number, operation: (stripe: Stripe) => Promise<unknown>): Promise<Figures> {
  const latencies: number[] = [];
  let failures = 0;
  const deadline = performance.now() + seconds * 1000;
  const loop = async (stripe: Stripe) => {
    while (performance.now() < deadline) {
      const started = performance.now();
      try {
        await operation(stripe);
        latencies.push(performance.now() - started);
      } catch {
        failures += 1;
      }
    }
  };
  const startedAt = performance.now();
  await Promise.all(clients.flatMap((stripe) => Array.from({ length: concurrency }, () => loop(stripe))));
  const elapsedSeconds = (performance.now() - startedAt) / 1000;
  latencies.sort((left, right) => left - right);
  return {
    requests: latencies.length,
    failures,
    perSecond: Math.round(latencies.length / elapsedSeconds),
    latencyMs: { p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), p99: percentile(latencies, 0.99) },
  };
}

function report(operation: string, figures: Figures): void {
  const { p50, p95, p99 } = figures.latencyMs;
  console.log(
    `${operation.padEnd(18)} ${figures.perSecond} req/s  (${figures.requests} ok, ${figures.failures} failed; latency ms p50 ${p50} p95 ${p95} p99 ${p99})`,
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { seconds: { type: 'string' }, clients: { type: 'string' }, concurrency: { type: 'string' }, persist: { type: 'boolean' } },
  });
  const seconds = Number(values.seconds ?? 5);
  const clientCount = Number(values.clients ?? 8);
  const concurrency = Number(values.concurrency ?? 4);
  const stateDirectory = values.persist ? mkdtempSync(join(tmpdir(), 'sandbox-bench-')) : undefined;
  const sandbox = await startSandboxProcess(stateDirectory && join(stateDirectory, 'sandbox-state.sqlite'));
  try {
    const clients = Array.from(
      { length: clientCount },
      () => new Stripe('sk_test_bench', { host: '127.0.0.1', port: sandbox.port, protocol: 'http', maxNetworkRetries: 0, telemetry: false }),
    );
    const [stripe] = clients;
    if (!stripe) throw new Error('--clients must be at least 1');
    const account = await stripe.accounts.create({ type: 'express', capabilities: { transfers: { requested: true } } });
    await control(sandbox.url, `/_sandbox/accounts/${account.id}/complete_onboarding`);
    const topup = await stripe.topups.create({ amount: 100_000_000_00, currency: 'usd' });
    await control(sandbox.url, `/_sandbox/topups/${topup.id}/settle`);

    const keptIn = stateDirectory ? 'state in SQLite' : 'state in memory';
    console.log(`sandbox bench: ${clientCount} SDK clients × ${concurrency} concurrent requests, ${seconds} s per operation, ${keptIn}`);
    const retrieve = await measure(clients, concurrency, seconds, (client) => client.accounts.retrieve(account.id));
    report('accounts.retrieve', retrieve);
    const transfer = await measure(clients, concurrency, seconds, (client) =>
      client.transfers.create({ amount: 100, currency: 'usd', destination: account.id }),
    );
    report('transfers.create', transfer);
  } finally {
    sandbox.child.kill('SIGTERM');
    if (stateDirectory) rmSync(stateDirectory, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
