import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Stripe from 'stripe';
import { TEST_KEY, type TestSandbox } from './sandbox.kit';

/** The Stripe CLI of the npm package `@stripe/cli`, which runs offline. */
const CLI = join(__dirname, '../../node_modules/.bin/stripe');
const CLI_TIMEOUT_MS = 60_000;

export interface CliRun {
  exitCode: number;
  output: string;
}

/**
 * Runs `stripe <args>` against the sandbox with a test key. The CLI gets a home of its own so
 * that no login or config of the machine's user is read, and no key from the environment.
 */
export function createCliRunner(kit: TestSandbox): (args: string[]) => Promise<CliRun> {
  const home = mkdtempSync(join(tmpdir(), 'stripe-cli-home-'));
  const env = { PATH: process.env.PATH ?? '', HOME: home, XDG_CONFIG_HOME: join(home, '.config'), STRIPE_CLI_TELEMETRY_OPTOUT: '1' };
  return (args) =>
    new Promise((resolve) => {
      const fullArgs = [...args, '--api-base', kit.sandbox.url, '--api-key', TEST_KEY, '--color', 'off'];
      execFile(CLI, fullArgs, { env, timeout: CLI_TIMEOUT_MS }, (error, stdout, stderr) => {
        const exitCode = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ exitCode, output: `${stdout}${stderr}` });
      });
    });
}

/**
 * Whether `event` is in `GET /v1/events` where Stripe lists it: the platform's list, or (for an
 * event on a connected account) that account's list, read with `Stripe-Account`.
 */
export async function isListed(kit: TestSandbox, event: Stripe.Event): Promise<boolean> {
  const listed = async (stripe: Stripe) => (await stripe.events.list({ type: event.type, limit: 100 })).data.some((item) => item.id === event.id);
  if (await listed(kit.stripe)) return true;
  return event.account !== undefined && (await listed(kit.stripeFor(event.account)));
}
