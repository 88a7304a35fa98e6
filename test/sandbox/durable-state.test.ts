import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SANDBOX_STORES } from '../../sandbox/sandbox.stores';
import { SqliteStateStore } from '../../sandbox/state/sqlite-state-store';
import { elementAt, first } from '../kit/checks';
import { waitFor } from '../kit/wait';
import { type SandboxProcess, spawnSandboxProcess } from './sandbox-process';
import { fundPlatform, onboardedAccount, startTestSandbox, type TestSandbox, WebhookReceiver } from './sandbox.kit';

const directory = mkdtempSync(join(tmpdir(), 'sandbox-durable-'));
const started: SandboxProcess[] = [];
afterEach(() => Promise.all(started.splice(0).map((sandbox) => sandbox.kill())));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

async function startProcess(stateFile: string): Promise<SandboxProcess> {
  const sandbox = await spawnSandboxProcess(stateFile);
  started.push(sandbox);
  return sandbox;
}

/** A keyed transfer sent as the SDK would, kept raw so a replay can be compared byte for byte. */
async function keyedTransfer(kit: TestSandbox, destination: string, key: string) {
  const response = await fetch(`${kit.sandbox.url}/v1/transfers`, {
    method: 'POST',
    headers: { authorization: 'Bearer sk_test_durable', 'content-type': 'application/x-www-form-urlencoded', 'idempotency-key': key },
    body: new URLSearchParams({ amount: '700', currency: 'usd', destination, transfer_group: `group-${key}` }).toString(),
  });
  return {
    status: response.status,
    body: await response.text(),
    requestId: response.headers.get('request-id'),
    replayed: response.headers.get('idempotent-replayed'),
    originalRequest: response.headers.get('original-request'),
  };
}

/** Everything the sandbox lists, read back through the official SDK. */
async function everything(kit: TestSandbox, accountId: string, transferId: string) {
  const all = { limit: 100 } as const;
  return {
    accounts: (await kit.stripe.accounts.list(all)).data,
    persons: (await kit.stripe.accounts.listPersons(accountId, all)).data,
    topups: (await kit.stripe.topups.list(all)).data,
    transfers: (await kit.stripe.transfers.list(all)).data,
    reversals: (await kit.stripe.transfers.listReversals(transferId, all)).data,
    payouts: (await kit.stripe.payouts.list(all)).data,
    balance: await kit.stripe.balance.retrieve(),
    writerBalance: await kit.stripeFor(accountId).balance.retrieve(),
    balanceTransactions: (await kit.stripe.balanceTransactions.list(all)).data,
    events: (await kit.stripe.events.list(all)).data,
    webhookEndpoints: (await kit.stripe.webhookEndpoints.list(all)).data,
    clockOffsetSeconds: (await kit.control<{ offset_seconds: number }>('GET', '/_sandbox/clock')).offset_seconds,
  };
}

describe('a sandbox process killed right after answering', () => {
  test('comes back with every object it answered about, and replays keyed requests identically', async () => {
    const stateFile = join(directory, 'killed.sqlite');
    const first = await startProcess(stateFile);
    const account = await onboardedAccount(first);
    await first.stripe.accounts.createPerson(account.id, { first_name: 'Ada', relationship: { representative: true } });
    await fundPlatform(first, 10_000);
    await first.stripe.topups.create({ amount: 2_000, currency: 'usd' });
    const link = await first.stripe.accountLinks.create({
      account: account.id,
      type: 'account_onboarding',
      refresh_url: 'https://platform.test/refresh',
      return_url: 'https://platform.test/return',
    });
    const transfer = await keyedTransfer(first, account.id, 'kept');
    const transferId = (JSON.parse(transfer.body) as { id: string }).id;
    await first.stripe.transfers.createReversal(transferId, { amount: 200 });
    await first.stripe.payouts.create({ amount: 500, currency: 'usd' });
    await first.control('POST', '/_sandbox/clock/advance', { seconds: 60 });
    // Last, so no event is delivered (and its `pending_webhooks` moved) while the lists are read.
    await first.stripe.webhookEndpoints.create({ url: 'http://127.0.0.1:9/never', enabled_events: ['*'] });
    const before = await everything(first, account.id, transferId);
    await first.kill();

    const second = await startProcess(stateFile);
    expect(second.sandbox.platformAccountId).toBe(first.sandbox.platformAccountId);
    expect(await everything(second, account.id, transferId)).toEqual(before);
    const replay = await keyedTransfer(second, account.id, 'kept');
    expect(replay).toMatchObject({ status: 200, body: transfer.body, replayed: 'true', originalRequest: transfer.requestId });
    // The link's page is served from the restarted process's state (its port changed, its path did not).
    expect((await fetch(`${second.sandbox.url}${new URL(link.url).pathname}`, { redirect: 'manual' })).status).toBe(200);
  });
});

describe('webhook deliveries', () => {
  test('a delivery still pending when the sandbox stops is sent by the restarted one', async () => {
    const stateFile = join(directory, 'deliveries.sqlite');
    const receiver = new WebhookReceiver();
    receiver.statuses = [500];
    const url = await receiver.start();
    // The retry is due well after the stop, so only the restarted sandbox can send it.
    const settings = { stateFile, webhookRetryBaseMs: 2000 };
    const first = await startTestSandbox(settings);
    const endpoint = await first.stripe.webhookEndpoints.create({ url, enabled_events: ['topup.created'] });
    const topup = await first.stripe.topups.create({ amount: 1_000, currency: 'usd' });
    const deliveriesOf = (kit: TestSandbox) =>
      kit.control<{ data: { event_id: string; status: string; attempts: { status_code: number }[] }[] }>(
        'GET',
        `/_sandbox/webhook_deliveries?endpoint=${endpoint.id}`,
      );
    await waitFor(() => deliveriesOf(first), { until: (deliveries) => deliveries.data[0]?.attempts.length === 1, what: 'the first delivery attempt recorded' });
    await first.close();
    expect(receiver.received).toHaveLength(1);

    const second = await startTestSandbox(settings);
    try {
      await receiver.waitFor((received) => received.length === 2);
      expect(new Set(receiver.received.map((item) => item.event.id)).size).toBe(1);
      const deliveries = await waitFor(() => deliveriesOf(second), {
        until: (current) => current.data[0]?.status === 'succeeded',
        what: 'the retried delivery recorded as succeeded',
      });
      expect(elementAt(deliveries.data, 0, 'a delivery record').attempts.map((attempt) => attempt.status_code)).toEqual([500, 200]);
      const [event] = (await second.stripe.events.list({ type: 'topup.created', limit: 1 })).data;
      expect(event).toMatchObject({ id: elementAt(receiver.received, 0, 'a delivery').event.id, pending_webhooks: 0, data: { object: { id: topup.id } } });
    } finally {
      await second.close();
      await receiver.close();
    }
  });
});

describe('a JSON state file from an older sandbox', () => {
  test('is imported on first start, then renamed and never read again', async () => {
    const source = await startTestSandbox({ stateFile: join(directory, 'source.sqlite') });
    const account = await onboardedAccount(source);
    await fundPlatform(source, 5_000);
    const transfer = await source.stripe.transfers.create({ amount: 700, currency: 'usd', destination: account.id }, { idempotencyKey: 'imported' });
    await source.control('POST', '/_sandbox/clock/advance', { seconds: 3600 });
    await source.close();
    // What an older sandbox wrote: the same state, as one JSON document without deliveries.
    const legacy = { ...SqliteStateStore.open(join(directory, 'source.sqlite'), SANDBOX_STORES).load()!, webhookDeliveries: undefined };
    const legacyFile = join(mkdtempSync(join(directory, 'data-')), 'sandbox-state.json');
    writeFileSync(legacyFile, JSON.stringify(legacy));

    // Older callers name the JSON file; the database is created beside it.
    const imported = await startTestSandbox({ stateFile: legacyFile });
    try {
      expect(existsSync(legacyFile)).toBe(false);
      expect(existsSync(`${legacyFile}.migrated`)).toBe(true);
      expect(existsSync(legacyFile.replace(/\.json$/, '.sqlite'))).toBe(true);
      expect(imported.sandbox.platformAccountId).toBe(legacy.platformAccountId);
      expect(first((await imported.stripe.balance.retrieve()).available, 'an available balance').amount).toBe(4_300);
      expect(await imported.control('GET', '/_sandbox/clock')).toMatchObject({ offset_seconds: 3600 });
      const replayed = await imported.stripe.transfers.create({ amount: 700, currency: 'usd', destination: account.id }, { idempotencyKey: 'imported' });
      expect(replayed.id).toBe(transfer.id);
      await imported.stripe.transfers.create({ amount: 300, currency: 'usd', destination: account.id });
    } finally {
      await imported.close();
    }
    const reopened = await startTestSandbox({ stateFile: legacyFile.replace(/\.json$/, '.sqlite') });
    try {
      expect((await reopened.stripe.transfers.list({ destination: account.id })).data.map((item) => item.amount)).toEqual([300, 700]);
    } finally {
      await reopened.close();
    }
  });
});
