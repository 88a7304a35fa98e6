import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { elementAt, first } from '../kit/checks';
import { fundPlatform, onboardedAccount, startTestSandbox, stripeClient, type TestSandbox } from './sandbox.kit';

describe('control API', () => {
  let kit: TestSandbox;

  beforeAll(async () => {
    kit = await startTestSandbox();
  });
  afterAll(() => kit.close());
  afterEach(() => kit.control('DELETE', '/_sandbox/faults'));

  test('a fault hits the next `count` matching requests, then clears itself', async () => {
    const fault = await kit.control('POST', '/_sandbox/faults', { path: '/v1/balance', count: 2, mode: 'error' });
    expect(fault).toMatchObject({ path: '/v1/balance', mode: 'error', remaining: 2 });
    await expect(kit.stripe.balance.retrieve()).rejects.toMatchObject({ statusCode: 500, rawType: 'api_error' });
    await expect(kit.stripe.balance.retrieve()).rejects.toMatchObject({ statusCode: 500 });
    await expect(kit.stripe.balance.retrieve()).resolves.toMatchObject({ object: 'balance' });
  });

  test('a fault can be limited to one method and listed, and DELETE clears them all', async () => {
    await kit.control('POST', '/_sandbox/faults', { path: '/v1/topups', method: 'POST', count: 5 });
    await expect(kit.stripe.topups.list()).resolves.toMatchObject({ object: 'list' });
    await expect(kit.stripe.topups.create({ amount: 1000, currency: 'usd' })).rejects.toMatchObject({ statusCode: 500 });
    expect(await kit.control('GET', '/_sandbox/faults')).toMatchObject({ data: [{ path: '/v1/topups', method: 'POST', remaining: 4 }] });
    await kit.control('DELETE', '/_sandbox/faults');
    await expect(kit.stripe.topups.create({ amount: 1000, currency: 'usd' })).resolves.toMatchObject({ object: 'topup' });
  });

  test('`hang` never answers: the client times out', async () => {
    await kit.control('POST', '/_sandbox/faults', { path: '/v1/balance', mode: 'hang' });
    await expect(stripeClient(kit.sandbox, { timeout: 200 }).balance.retrieve()).rejects.toMatchObject({ type: 'StripeConnectionError' });
  });

  test('control bodies may be form-encoded; bad ones get Stripe-shaped errors', async () => {
    const response = await fetch(`${kit.sandbox.url}/_sandbox/clock/advance`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'seconds=60',
    });
    expect(await response.json()).toMatchObject({ offset_seconds: 60, settled_topups: expect.any(Array) });
    const bad = await fetch(`${kit.sandbox.url}/_sandbox/faults`, { method: 'POST', body: new URLSearchParams({ path: '/v1', mode: 'explode' }) });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { type: 'invalid_request_error', param: 'mode' } });
    const missing = await fetch(`${kit.sandbox.url}/_sandbox/accounts/acct_missing/complete_onboarding`, { method: 'POST' });
    expect(missing.status).toBe(404);
  });

  test('the state summary and reset, which keeps the platform id', async () => {
    await kit.control('POST', '/_sandbox/reset');
    const writer = await onboardedAccount(kit);
    await fundPlatform(kit, 5000);
    await kit.stripe.transfers.create({ amount: 100, currency: 'usd', destination: writer.id });
    const state = await kit.control<{ platform_account: string; counts: Record<string, number>; platform_balance: { available: { amount: number }[] } }>(
      'GET',
      '/_sandbox/state',
    );
    expect(state.platform_account).toBe(kit.sandbox.platformAccountId);
    expect(state.counts).toMatchObject({ connected_accounts: 1, transfers: 1 });
    expect(first(state.platform_balance.available, 'an available balance').amount).toBe(4900);
    const reset = await kit.control<{ counts: Record<string, number>; clock: { offset_seconds: number } }>('POST', '/_sandbox/reset');
    expect(reset.counts).toMatchObject({ connected_accounts: 0, topups: 0, transfers: 0, events: 0 });
    expect(reset.clock.offset_seconds).toBe(0);
    expect((await kit.stripe.accounts.retrieveCurrent()).id).toBe(kit.sandbox.platformAccountId);
    await expect(kit.stripe.accounts.retrieve(writer.id)).rejects.toMatchObject({ statusCode: 403 });
  });
});

describe('state file', () => {
  const directory = mkdtempSync(join(tmpdir(), 'sandbox-state-'));
  const stateFile = join(directory, 'sandbox-state.sqlite');
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  test('a restarted sandbox keeps its accounts, money, clock and idempotency keys', async () => {
    const first = await startTestSandbox({ stateFile });
    const writer = await onboardedAccount(first);
    await fundPlatform(first, 5000);
    const transfer = await first.stripe.transfers.create({ amount: 700, currency: 'usd', destination: writer.id }, { idempotencyKey: 'persisted' });
    await first.control('POST', '/_sandbox/clock/advance', { seconds: 3600 });
    const platformId = first.sandbox.platformAccountId;
    await first.close();
    expect(existsSync(stateFile)).toBe(true);

    const second = await startTestSandbox({ stateFile });
    try {
      expect(second.sandbox.platformAccountId).toBe(platformId);
      expect((await second.stripe.accounts.retrieve(writer.id)).payouts_enabled).toBe(true);
      expect(elementAt((await second.stripe.balance.retrieve()).available, 0, 'an available balance').amount).toBe(4300);
      expect(elementAt((await second.stripeFor(writer.id).balance.retrieve()).available, 0, 'an available balance').amount).toBe(700);
      expect(await second.control('GET', '/_sandbox/clock')).toMatchObject({ offset_seconds: 3600 });
      const replayed = await second.stripe.transfers.create({ amount: 700, currency: 'usd', destination: writer.id }, { idempotencyKey: 'persisted' });
      expect(replayed.id).toBe(transfer.id);
    } finally {
      await second.close();
    }
  });
});
