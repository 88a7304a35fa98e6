/**
 * A payout run of many writers end to end: executePayoutRun → gateway (its own process, SQLite)
 * → one transfer per writer to the Stripe sandbox (its own process) → COMPLETED. The Stripe
 * request budget is set high so the gateway, not the limiter, is what bounds it.
 * `node scripts/build.mjs && node dist/bench/payout-run.bench.js [--writers 10000] [--rate 10000] [--concurrency 32] [--profile DIR]`
 * `--profile DIR` writes CPU profiles (`node --cpu-prof`) of the gateway into DIR/gateway and of the sandbox into DIR/sandbox.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generate } from 'otplib';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  GATEWAY_READY,
  SANDBOX_READY,
  type StartedProcess,
  graphql,
  preparePlatform,
  profileOptions,
  startProcess,
  stopProcess,
} from './bench-kit';

const EARNING_MINOR = 100;
const ROWS_PER_IMPORT = 1000;

/** A Finance member with two-factor, to approve what the admin drafts. */
async function financeMember(gatewayUrl: string, adminToken: string): Promise<string> {
  const invite = (
    await graphql(
      gatewayUrl,
      'mutation { inviteTeamMember(input: { email: "bench-finance@payouts.test", displayName: "Bench Finance", role: FINANCE }) { token } }',
      {},
      adminToken,
    )
  ).inviteTeamMember;
  const accepted = (
    await graphql(gatewayUrl, 'mutation($token: String!) { acceptTeamInvite(input: { token: $token, password: "bench-finance-pass-1" }) { token } }', {
      token: invite.token,
    })
  ).acceptTeamInvite;
  const { secret } = (await graphql(gatewayUrl, 'mutation { enrollTwoFactor { secret } }', {}, accepted.token)).enrollTwoFactor;
  const otp = await generate({ secret, epoch: Math.floor(Date.now() / 1000) });
  return (await graphql(gatewayUrl, 'mutation($otp: String!) { confirmTwoFactor(otp: $otp) { token } }', { otp }, accepted.token)).confirmTwoFactor.token;
}

async function importEarnings(gatewayUrl: string, token: string, writerIds: string[]): Promise<void> {
  for (let start = 0; start < writerIds.length; start += ROWS_PER_IMPORT) {
    const rows = writerIds
      .slice(start, start + ROWS_PER_IMPORT)
      .map((writerId, offset) => `${writerId},${EARNING_MINOR},usd,2026-11-01,2026-11-30,bench-${start + offset}`);
    const csv = ['writer,amount,currency,period_start,period_end,reference', ...rows].join('\n');
    await graphql(gatewayUrl, 'mutation($csv: String!) { importEarnings(input: { csv: $csv, dryRun: false }) { rowsAccepted } }', { csv }, token);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { writers: { type: 'string' }, rate: { type: 'string' }, concurrency: { type: 'string' }, profile: { type: 'string' } },
  });
  const writerCount = Number(values.writers ?? 10_000);
  const rate = values.rate ?? '10000';
  const concurrency = values.concurrency ?? '32';
  const profileDirectory = (name: string) => (values.profile ? join(values.profile, name) : undefined);
  const sandbox = await startProcess(
    join(__dirname, '..', 'sandbox', 'main.js'),
    ['--port', '0', '--no-persist', '--settle-delay', '3600'],
    {},
    SANDBOX_READY,
    profileOptions(profileDirectory('sandbox')),
  );
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
        STRIPE_REQUESTS_PER_SECOND: rate,
        PAYOUT_RUN_CONCURRENCY: concurrency,
      },
      GATEWAY_READY,
      profileOptions(profileDirectory('gateway')),
    );
    const url = gateway.url;
    const { token, writerIds } = await preparePlatform(url, sandbox.url, writerCount, writerCount * EARNING_MINOR);
    const finance = await financeMember(url, token);
    await importEarnings(url, finance, writerIds);
    const run = (await graphql(url, 'mutation { createPayoutRun(input: { currency: "usd", minimumAmount: 1 }) { id itemCount } }', {}, token)).createPayoutRun;
    await graphql(url, 'mutation($id: ID!) { approvePayoutRun(id: $id) { id } }', { id: run.id }, finance);
    console.log(`payout-run bench: ${run.itemCount} writers, Stripe budget ${rate} requests/s, concurrency ${concurrency}, SQLite`);
    const startedAt = performance.now();
    await graphql(url, 'mutation($id: ID!) { executePayoutRun(id: $id) { id } }', { id: run.id }, token);
    await untilCompleted(url, token, run.id);
    const seconds = (performance.now() - startedAt) / 1000;
    const { payoutRun } = await graphql(url, 'query($id: ID!) { payoutRun(id: $id) { status progress { itemsDone itemsFailed } } }', { id: run.id }, token);
    console.log(
      `payout run: ${payoutRun.progress.itemsDone} items (${payoutRun.progress.itemsFailed} failed) in ${seconds.toFixed(1)} s: ${(payoutRun.progress.itemsDone / seconds).toFixed(1)} transfers/s (${payoutRun.status})`,
    );
  } finally {
    if (gateway) await stopProcess(gateway);
    await stopProcess(sandbox);
  }
}

async function untilCompleted(url: string, token: string, runId: string): Promise<void> {
  for (;;) {
    const { payoutRun } = await graphql(url, 'query($id: ID!) { payoutRun(id: $id) { status } }', { id: runId }, token);
    if (payoutRun.status.startsWith('COMPLETED')) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
