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
export function startProcess(script: string, args: string[], environment: NodeJS.ProcessEnv, ready: RegExp): Promise<StartedProcess> {
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
  return sorted.length === 0 ? 0 : Number(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))].toFixed(digits));
}

/** A two-factor-verified admin session, `fundingMinor` available in usd, and `count` ACTIVE writers. */
export async function preparePlatform(gatewayUrl: string, sandboxUrl: string, count: number, fundingMinor: number): Promise<{ token: string; writerIds: string[] }> {
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
  const topUp = (await graphql(gatewayUrl, 'mutation($input: CreateTopUpInput!) { createTopUp(input: $input) { id stripeTopUpId } }', { input: { amount: fundingMinor, currency: 'usd', source: 'btok_us_verified', idempotencyKey: 'bench-funding' } }, token)).createTopUp;
  await control(sandboxUrl, `topups/${topUp.stripeTopUpId}/settle`);
  await until(async () => (await graphql(gatewayUrl, '{ topUps(first: 1, status: SUCCEEDED) { totalCount } }', {}, token)).topUps.totalCount > 0, 'funding top-up SUCCEEDED');
  return { token, writerIds };
}
