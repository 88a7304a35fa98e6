import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type Stripe from 'stripe';
import { adminWithoutTwoFactor, createOnboardingLink, signUpWriter, waitForStatus, writerStatus } from '../kit/flows';
import { type Stack, startStack } from '../kit/stack';
import { waitFor } from '../kit/wait';
import { deliverSigned } from '../kit/webhooks';

const PLATFORM_SECRET = 'whsec_test_platform_secret';
const CONNECT_SECRET = 'whsec_test_connect_secret';
const SIGNATURE_TOLERANCE_SECONDS = 300;

function accountEvent(account: Stripe.Account, type: string, createdSeconds: number) {
  return {
    id: `evt_${randomUUID().replace(/-/g, '')}`,
    object: 'event',
    api_version: '2026-10-28.endive',
    created: createdSeconds,
    type,
    account: account.id,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: { object: account },
  };
}

function deliver(stack: Stack, event: unknown, options: { secret?: string; timestamp?: number } = {}) {
  return deliverSigned(stack.url, JSON.stringify(event), { secret: options.secret ?? CONNECT_SECRET, timestamp: options.timestamp });
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** The error shape every route of the gateway answers a refusal with. */
const refusal = (reason: RegExp) => ({ errors: [{ message: expect.stringMatching(reason), extensions: { code: 'BAD_REQUEST' } }] });

function platformEvent(overrides: Record<string, unknown> = {}) {
  return {
    id: `evt_${randomUUID().replace(/-/g, '')}`,
    object: 'event',
    api_version: '2026-10-28.endive',
    created: nowSeconds(),
    type: 'balance.available',
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: { object: { object: 'balance' } },
    ...overrides,
  };
}

function without(event: Record<string, unknown>, field: string) {
  const { [field]: _removed, ...rest } = event;
  return rest;
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
  const storedIds = () => storedEvents().map((stored) => stored.id);

  async function writerInProgress() {
    const writer = await signUpWriter(stack);
    await createOnboardingLink(stack, writer);
    const { stripeAccountId } = await writerStatus(stack, writer.writerId, writer.token);
    return { writer, accountId: stripeAccountId! };
  }

  it('refuses forged, stale and unsigned deliveries with 400 and stores nothing', async () => {
    const { writer, accountId } = await writerInProgress();
    await stack.control.completeOnboarding(accountId);
    const event = accountEvent(await stack.stripe.accounts.retrieve(accountId), 'account.updated', nowSeconds());
    const before = storedEvents().length;

    expect(await deliver(stack, event, { secret: 'whsec_someone_else' })).toEqual({ status: 400, body: refusal(/signature/) });
    expect(await deliver(stack, event, { timestamp: nowSeconds() - 3600 })).toEqual({ status: 400, body: refusal(/signature/) });
    const unsigned = await fetch(`${stack.url}/webhooks/stripe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(event),
    });
    expect({ status: unsigned.status, body: await unsigned.json() }).toEqual({ status: 400, body: refusal(/Stripe-Signature/) });

    expect(storedEvents()).toHaveLength(before);
    expect((await writerStatus(stack, writer.writerId, writer.token)).onboardingStatus).toBe('IN_PROGRESS');
  });

  const notEvents: Array<[string, unknown, RegExp]> = [
    ['null', null, /got null/],
    ['an array of events', [platformEvent()], /got an array/],
    ['a number', 42, /got a number/],
    ['a string', 'evt_1', /got a string/],
    ['an event without an id', without(platformEvent(), 'id'), /"id" must be a string/],
    ['an event with a numeric id', platformEvent({ id: 42 }), /"id" must be a string/],
    ['an event without a type', without(platformEvent(), 'type'), /"type" must be a string/],
    ['an event whose created is a string', platformEvent({ created: String(nowSeconds()) }), /"created" must be a number/],
    ['an event without created', without(platformEvent(), 'created'), /"created" must be a number/],
    ['an event without data.object', platformEvent({ data: {} }), /"data.object" must be an object/],
    ['an event whose account is not a string', platformEvent({ account: { id: 'acct_1' } }), /"account" must be an account id/],
  ];
  it.each(notEvents)('refuses a validly signed body that is %s with a 400 and a reason, and stores nothing', async (_name, body, reason) => {
    const before = storedIds();
    const response = await deliver(stack, body, { secret: PLATFORM_SECRET });
    expect(response).toEqual({ status: 400, body: refusal(/^The signed body is not a Stripe event: /) });
    expect(response.body.errors[0].message).toMatch(reason);
    expect(storedIds()).toEqual(before);
  });

  it('refuses a validly signed body that is not JSON with a 400, and stores nothing', async () => {
    const before = storedIds();
    expect(await deliverSigned(stack.url, '{"id": "evt_1",', { secret: PLATFORM_SECRET })).toEqual({ status: 400, body: refusal(/not JSON/) });
    expect(storedIds()).toEqual(before);
  });

  it('refuses a signature dated further in the future than the tolerance, and accepts a small clock skew', async () => {
    const fromTheFuture = platformEvent();
    const response = await deliver(stack, fromTheFuture, { secret: PLATFORM_SECRET, timestamp: nowSeconds() + SIGNATURE_TOLERANCE_SECONDS + 60 });
    expect(response).toEqual({ status: 400, body: refusal(/future/) });
    expect(storedIds()).not.toContain(fromTheFuture.id);

    const skewed = platformEvent();
    expect(await deliver(stack, skewed, { secret: PLATFORM_SECRET, timestamp: nowSeconds() + 60 })).toEqual({
      status: 200,
      body: { received: true, duplicate: false },
    });
    expect(storedIds()).toContain(skewed.id);
  });

  it('applies an event once however often it is delivered, and never lets an older one win', async () => {
    const { writer, accountId } = await writerInProgress();
    await stack.control.completeOnboarding(accountId);
    const newer = accountEvent(await stack.stripe.accounts.retrieve(accountId), 'account.updated', nowSeconds());

    expect(await deliver(stack, newer)).toEqual({ status: 200, body: { received: true, duplicate: false } });
    await waitForStatus(stack, writer.writerId, writer.token, 'ACTIVE');
    expect(await deliver(stack, newer)).toEqual({ status: 200, body: { received: true, duplicate: true } });
    expect(storedEvents().filter((stored) => stored.id === newer.id)).toHaveLength(1);

    const staleAccount = { ...(newer.data.object as Stripe.Account), details_submitted: false, capabilities: { transfers: 'inactive' as const } };
    const older = accountEvent(staleAccount as Stripe.Account, 'account.updated', nowSeconds() - 600);
    expect((await deliver(stack, older)).status).toBe(200);
    await waitFor(() => storedEvents().find((stored) => stored.id === older.id)?.outcome, { what: `an outcome for event ${older.id}` });
    expect(storedEvents().find((stored) => stored.id === older.id)?.outcome).toBe('ignored: older than the state held');
    expect((await writerStatus(stack, writer.writerId, writer.token)).onboardingStatus).toBe('ACTIVE');
  });

  it('marks a writer who disconnects their account as restricted', async () => {
    const { writer, accountId } = await writerInProgress();
    const event = {
      ...accountEvent(await stack.stripe.accounts.retrieve(accountId), 'account.application.deauthorized', nowSeconds()),
      data: { object: { id: 'ca_platform', object: 'application', name: 'Payouts' } },
    };
    expect((await deliver(stack, event)).status).toBe(200);
    await waitForStatus(stack, writer.writerId, await adminWithoutTwoFactor(stack), 'RESTRICTED');
  });

  // Last: it kills the gateway and starts another on the same database.
  it('keeps every event it answered 2xx through a crash right after, and applies them once restarted', async () => {
    const events = Array.from({ length: 60 }, () => platformEvent());
    const answered: string[] = [];
    let killed = false;
    const deliveries = events.map(async (event) => {
      const { status } = await deliver(stack, event, { secret: PLATFORM_SECRET });
      if (status !== 200 || killed) return;
      answered.push(event.id);
      // No graceful shutdown runs after these answers: what they promised must already be on disk.
      if (answered.length === 20) {
        killed = true;
        stack.gateway.process.kill('SIGKILL');
      }
    });
    await Promise.allSettled(deliveries);
    expect(answered).toHaveLength(20);
    await stack.restartGateway();
    expect(storedIds()).toEqual(expect.arrayContaining(answered));
    await waitFor(() => answered.every((id) => storedEvents().find((stored) => stored.id === id)?.processedAt), {
      what: 'every answered event applied after the restart',
    });
  });
});
