// What the benchmarks share: processes started as production starts them, GraphQL over HTTP,
// the sandbox's control API, and percentiles.
import { type ChildProcess, spawn } from 'node:child_process';
import { generate } from 'otplib';

export const ADMIN_EMAIL = 'bench-admin@payouts.test';
export const ADMIN_PASSWORD = 'bench-password-0123456789';

export interface StartedProcess {
  child: ChildProcess;
  url: string;
}

/** Spawns a node script and resolves with the first capture of `ready` in its output. */
export function startProcess(
  script: string,
  args: string[],
  environment: NodeJS.ProcessEnv,
  ready: RegExp,
  nodeOptions: string[] = [],
): Promise<StartedProcess> {
  const child = spawn(process.execPath, [...nodeOptions, script, ...args], {
    env: { PATH: process.env.PATH, LOG_LEVEL: 'warn', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited with code ${code}:\n${output}`)));
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = ready.exec(output)?.[1];
      if (url) resolve({ child, url });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
  });
}

export const GATEWAY_READY = /GraphQL \(Apollo Sandbox\)\s+(http:\/\/\S+)\/graphql/;
export const SANDBOX_READY = /listening on (http:\/\/\S+)/;

export async function graphql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<any> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

export async function control(sandboxUrl: string, path: string): Promise<void> {
  const response = await fetch(`${sandboxUrl}/_sandbox/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
}

export async function until(read: () => Promise<boolean>, what: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (await read()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export function percentile(sorted: number[], fraction: number, digits = 1): number {
  const value = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
  return value === undefined ? 0 : Number(value.toFixed(digits));
}

const WRITERS_AT_ONCE = 10;

async function activeWriter(gatewayUrl: string, sandboxUrl: string, token: string, index: number): Promise<string> {
  const input = { email: `bench-writer-${index}@payouts.test`, displayName: `Bench Writer ${index}`, country: 'US' };
  const writer = (await graphql(gatewayUrl, 'mutation($input: CreateWriterInput!) { createWriter(input: $input) { id stripeAccountId } }', { input }, token))
    .createWriter;
  await control(sandboxUrl, `accounts/${writer.stripeAccountId}/complete_onboarding`);
  // Read back from Stripe at once, whether or not the gateway receives the sandbox's webhooks.
  const synced = await graphql(gatewayUrl, 'mutation($id: ID!) { syncWriter(id: $id) { onboardingStatus } }', { id: writer.id }, token);
  if (synced.syncWriter.onboardingStatus !== 'ACTIVE') throw new Error(`writer ${writer.id} is ${synced.syncWriter.onboardingStatus}`);
  return writer.id;
}

/** A two-factor-verified admin session, `fundingMinor` available in usd, and `count` ACTIVE writers. */
export async function preparePlatform(
  gatewayUrl: string,
  sandboxUrl: string,
  count: number,
  fundingMinor: number,
  options: { webhooks: boolean } = { webhooks: true },
): Promise<{ token: string; writerIds: string[] }> {
  const logIn = await graphql(gatewayUrl, 'mutation($input: LogInInput!) { logIn(input: $input) { token } }', {
    input: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
  });
  const { secret } = (await graphql(gatewayUrl, 'mutation { enrollTwoFactor { secret } }', {}, logIn.logIn.token)).enrollTwoFactor;
  const otp = await generate({ secret, epoch: Math.floor(Date.now() / 1000) });
  const token: string = (await graphql(gatewayUrl, 'mutation($otp: String!) { confirmTwoFactor(otp: $otp) { token } }', { otp }, logIn.logIn.token))
    .confirmTwoFactor.token;
  // Added by the admin (sign-ups are budgeted per address), a few at a time.
  const writerIds: string[] = [];
  for (let start = 0; start < count; start += WRITERS_AT_ONCE) {
    const batch = Array.from({ length: Math.min(WRITERS_AT_ONCE, count - start) }, (_, offset) => start + offset);
    writerIds.push(...(await Promise.all(batch.map((index) => activeWriter(gatewayUrl, sandboxUrl, token, index)))));
  }
  const topUp = (
    await graphql(
      gatewayUrl,
      'mutation($input: CreateTopUpInput!) { createTopUp(input: $input) { id stripeTopUpId } }',
      { input: { amount: fundingMinor, currency: 'usd', source: 'btok_us_verified', idempotencyKey: 'bench-funding' } },
      token,
    )
  ).createTopUp;
  await control(sandboxUrl, `topups/${topUp.stripeTopUpId}/settle`);
  // Without the sandbox's webhooks the gateway's top-up stays PENDING; Stripe's balance moved all the same.
  if (options.webhooks)
    await until(
      async () => (await graphql(gatewayUrl, '{ topUps(first: 1, status: SUCCEEDED) { totalCount } }', {}, token)).topUps.totalCount > 0,
      'funding top-up SUCCEEDED',
    );
  return { token, writerIds };
}

/** SIGTERM, then waits for the exit (a CPU profile is written as the process exits). */
export async function stopProcess(started: StartedProcess): Promise<void> {
  if (started.child.exitCode !== null || started.child.signalCode !== null) return;
  started.child.removeAllListeners('exit');
  const exited = new Promise((resolve) => started.child.once('exit', resolve));
  started.child.kill('SIGTERM');
  const forced = setTimeout(() => started.child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(forced);
}

/** The middle value; NaN for no values. */
export const median = (values: number[]) => [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)] ?? Number.NaN;

/** The element `index` places along `list`, round and round; a failure when the list is empty. */
export function roundRobin<T>(list: readonly T[], index: number, what: string): T {
  const element = list[index % list.length];
  if (element === undefined) throw new Error(`no ${what} to take turns with`);
  return element;
}

/** `--cpu-prof` for the gateway when a directory for its profile is given. */
export const profileOptions = (directory: string | undefined) => (directory ? ['--cpu-prof', `--cpu-prof-dir=${directory}`] : []);
