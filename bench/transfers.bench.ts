/**
 * Transfers per second end to end: GraphQL `createTransfer` over HTTP → gateway (its own process,
 * SQLite) → Stripe sandbox (its own process) and back, each with its own idempotency key.
 * `node scripts/build.mjs && node dist/bench/transfers.bench.js [--seconds 10] [--concurrency 8] [--writers 4]`
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generate } from 'otplib';

const ADMIN_EMAIL = 'bench-admin@payouts.test';
const ADMIN_PASSWORD = 'bench-password-0123456789';
const FUNDING_MINOR = 99_999_999;
const TRANSFER_MINOR = 100;

interface Figures {
  transfers: number;
  failures: number;
  perSecond: number;
  latencyMs: { p50: number; p95: number; p99: number };
}

/** Spawns a node script and resolves with the first capture of `ready` in its output. */
function startProcess(script: string, args: string[], environment: NodeJS.ProcessEnv, ready: RegExp): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [script, ...args], { env: { PATH: process.env.PATH, LOG_LEVEL: 'warn', ...environment }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited with code ${code}:\n${output}`)));
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match) resolve({ child, url: match[1] });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
  });
}

async function graphql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<any> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function control(sandboxUrl: string, path: string): Promise<void> {
  const response = await fetch(`${sandboxUrl}/_sandbox/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
}

async function until(read: () => Promise<boolean>, what: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (await read()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A two-factor-verified admin session, funds available, and `count` ACTIVE writers. */
async function prepare(gatewayUrl: string, sandboxUrl: string, count: number): Promise<{ token: string; writerIds: string[] }> {
  const logIn = await graphql(gatewayUrl, 'mutation($input: LogInInput!) { logIn(input: $input) { token } }', { input: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
  const { secret } = (await graphql(gatewayUrl, 'mutation { enrollTwoFactor { secret } }', {}, logIn.logIn.token)).enrollTwoFactor;
  const otp = await generate({ secret, epoch: Math.floor(Date.now() / 1000) });
  const token: string = (await graphql(gatewayUrl, 'mutation($otp: String!) { confirmTwoFactor(otp: $otp) { token } }', { otp }, logIn.logIn.token)).confirmTwoFactor.token;
  const writerIds: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const input = { email: `bench-writer-${index}@payouts.test`, password: 'answers-pay-42', displayName: `Bench Writer ${index}`, country: 'US' };
    const signUp = (await graphql(gatewayUrl, 'mutation($input: SignUpInput!) { signUp(input: $input) { token viewer { writer { id stripeAccountId } } } }', { input })).signUp;
    const writer = signUp.viewer.writer;
    await graphql(gatewayUrl, 'mutation($id: ID!) { createOnboardingLink(writerId: $id) { id } }', { id: writer.id }, signUp.token);
    await control(sandboxUrl, `accounts/${writer.stripeAccountId}/complete_onboarding`);
    const status = async () => (await graphql(gatewayUrl, 'query($id: ID!) { writer(id: $id) { onboardingStatus } }', { id: writer.id }, token)).writer.onboardingStatus === 'ACTIVE';
    await until(status, `writer ${writer.id} ACTIVE`);
    writerIds.push(writer.id);
  }
  const topUp = (await graphql(gatewayUrl, 'mutation($input: CreateTopUpInput!) { createTopUp(input: $input) { id stripeTopUpId } }', { input: { amount: FUNDING_MINOR, currency: 'usd', source: 'btok_us_verified', idempotencyKey: 'bench-funding' } }, token)).createTopUp;
  await control(sandboxUrl, `topups/${topUp.stripeTopUpId}/settle`);
  await until(async () => (await graphql(gatewayUrl, '{ topUps(first: 1, status: SUCCEEDED) { totalCount } }', {}, token)).topUps.totalCount > 0, 'funding top-up SUCCEEDED');
  return { token, writerIds };
}

function percentile(sorted: number[], fraction: number): number {
  return sorted.length === 0 ? 0 : Number(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))].toFixed(1));
}

async function measure(gatewayUrl: string, token: string, writerIds: string[], concurrency: number, seconds: number): Promise<Figures> {
  const latencies: number[] = [];
  let failures = 0;
  let sequence = 0;
  const deadline = performance.now() + seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline) {
      sequence += 1;
      const input = { writerId: writerIds[sequence % writerIds.length], amount: TRANSFER_MINOR, currency: 'usd', idempotencyKey: `bench-${process.pid}-${sequence}` };
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
  const sandbox = await startProcess(join(__dirname, '..', 'sandbox', 'main.js'), ['--port', '0', '--no-persist', '--settle-delay', '3600'], {}, /listening on (http:\/\/\S+)/);
  let gateway: { child: ChildProcess; url: string } | undefined;
  try {
    gateway = await startProcess(
      join(__dirname, '..', 'server', 'main.js'),
      [],
      { PORT: '0', HOST: '127.0.0.1', DATA_DIR: mkdtempSync(join(tmpdir(), 'payouts-bench-')), STRIPE_API_URL: sandbox.url, ADMIN_EMAIL, ADMIN_PASSWORD, SEED_DEMO: '0' },
      /GraphQL \(Apollo Sandbox\)\s+(http:\/\/\S+)\/graphql/,
    );
    const { token, writerIds } = await prepare(gateway.url, sandbox.url, writerCount);
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
