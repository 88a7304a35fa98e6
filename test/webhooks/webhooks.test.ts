import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import Stripe from 'stripe';
import { adminWithoutTwoFactor, createOnboardingLink, signUpWriter, waitForStatus, writerStatus } from '../kit/flows';
import { type Stack, startStack } from '../kit/stack';

const PLATFORM_SECRET = 'whsec_test_platform_secret';
const CONNECT_SECRET = 'whsec_test_connect_secret';
const webhooks = new Stripe('sk_test_signing').webhooks;

function accountEvent(account: Stripe.Account, type: string, createdSeconds: number) {
  return { id: `evt_${randomUUID().replace(/-/g, '')}`, object: 'event', api_version: '2026-10-28.endive', created: createdSeconds, type, account: account.id, livemode: false, pending_webhooks: 1, request: { id: null, idempotency_key: null }, data: { object: account } };
}

async function deliver(stack: Stack, event: object, options: { secret?: string; timestamp?: number } = {}) {
  const payload = JSON.stringify(event);
  const signature = webhooks.generateTestHeaderString({ payload, secret: options.secret ?? CONNECT_SECRET, timestamp: options.timestamp });
  const response = await fetch(`${stack.url}/webhooks/stripe`, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': signature }, body: payload });
  return { status: response.status, body: await response.json() };
}

describe('Stripe webhooks', () => {
  let stack: Stack;
  let storedEvents: () => Array<{ id: string; outcome: string | null; processedAt: string | null }>;
  beforeAll(async () => {
    stack = await startStack({ STRIPE_WEBHOOK_SECRET: PLATFORM_SECRET, STRIPE_CONNECT_WEBHOOK_SECRET: CONNECT_SECRET });
    const database = new Database(join(stack.gateway.dataDirectory, 'gateway.sqlite'), { readonly: true });
    storedEvents = () => database.prepare('SELECT id, outcome, processedAt FROM webhook_events ORDER BY receivedAt').all() as any;
  });
  afterAll(() => stack.close());

  async function writerInProgress() {
    const writer = await signUpWriter(stack);
    await createOnboardingLink(stack, writer);
    const { stripeAccountId } = await writerStatus(stack, writer.writerId, writer.token);
    return { writer, accountId: stripeAccountId! };
  }

  it('refuses forged, stale and unsigned deliveries with 400 and stores nothing', async () => {
    const { writer, accountId } = await writerInProgress();
    await stack.control.completeOnboarding(accountId);
    const event = accountEvent(await stack.stripe.accounts.retrieve(accountId), 'account.updated', Math.floor(Date.now() / 1000));
    const before = storedEvents().length;

    expect((await deliver(stack, event, { secret: 'whsec_someone_else' })).status).toBe(400);
    expect((await deliver(stack, event, { timestamp: Math.floor(Date.now() / 1000) - 3600 })).status).toBe(400);
    const unsigned = await fetch(`${stack.url}/webhooks/stripe`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(event) });
    expect(unsigned.status).toBe(400);

    expect(storedEvents()).toHaveLength(before);
    expect((await writerStatus(stack, writer.writerId, writer.token)).onboardingStatus).toBe('IN_PROGRESS');
  });

  it('applies an event once however often it is delivered, and never lets an older one win', async () => {
    const { writer, accountId } = await writerInProgress();
    await stack.control.completeOnboarding(accountId);
    const nowSeconds = Math.floor(Date.now() / 1000);
    const newer = accountEvent(await stack.stripe.accounts.retrieve(accountId), 'account.updated', nowSeconds);

    expect(await deliver(stack, newer)).toEqual({ status: 200, body: { received: true, duplicate: false } });
    await waitForStatus(stack, writer.writerId, writer.token, 'ACTIVE');
    expect(await deliver(stack, newer)).toEqual({ status: 200, body: { received: true, duplicate: true } });
    expect(storedEvents().filter((stored) => stored.id === newer.id)).toHaveLength(1);

    const staleAccount = { ...(newer.data.object as Stripe.Account), details_submitted: false, capabilities: { transfers: 'inactive' as const } };
    const older = accountEvent(staleAccount as Stripe.Account, 'account.updated', nowSeconds - 600);
    expect((await deliver(stack, older)).status).toBe(200);
    await waitForOutcome(() => storedEvents().find((stored) => stored.id === older.id)?.outcome);
    expect(storedEvents().find((stored) => stored.id === older.id)?.outcome).toBe('ignored: older than the state held');
    expect((await writerStatus(stack, writer.writerId, writer.token)).onboardingStatus).toBe('ACTIVE');
  });

  it('marks a writer who disconnects their account as restricted', async () => {
    const { writer, accountId } = await writerInProgress();
    const event = { ...accountEvent(await stack.stripe.accounts.retrieve(accountId), 'account.application.deauthorized', Math.floor(Date.now() / 1000)), data: { object: { id: 'ca_platform', object: 'application', name: 'Payouts' } } };
    expect((await deliver(stack, event)).status).toBe(200);
    await waitForStatus(stack, writer.writerId, await adminWithoutTwoFactor(stack), 'RESTRICTED');
  });
});

async function waitForOutcome(read: () => string | null | undefined, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (!read()) {
    if (Date.now() > deadline) throw new Error('event not applied in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
