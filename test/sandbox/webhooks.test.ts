import Stripe from 'stripe';
import { elementAt, first } from '../kit/checks';
import { waitFor } from '../kit/wait';
import { callControl, fundPlatform, onboardedAccount, startTestSandbox, WebhookReceiver, type TestSandbox } from './sandbox.kit';

let kit: TestSandbox;
const receivers: WebhookReceiver[] = [];

beforeAll(async () => {
  kit = await startTestSandbox({ webhookRetryBaseMs: 20, webhookMaxAttempts: 4 });
});
afterAll(async () => {
  await kit.close();
  await Promise.all(receivers.map((receiver) => receiver.close()));
});
afterEach(async () => {
  await kit.control('POST', '/_sandbox/webhooks/chaos', { duplicate: 0, delay_ms: 0, reorder: 0 });
  for (const endpoint of (await kit.stripe.webhookEndpoints.list({ limit: 100 })).data) await kit.stripe.webhookEndpoints.del(endpoint.id);
});

async function endpointWithReceiver(params: Partial<Stripe.WebhookEndpointCreateParams> = {}) {
  const receiver = new WebhookReceiver();
  receivers.push(receiver);
  const endpoint = await kit.stripe.webhookEndpoints.create({ url: await receiver.start(), enabled_events: ['*'], ...params });
  return { receiver, endpoint, secret: endpoint.secret! };
}

const topupOf = (event: Stripe.Event) => event.data.object as Stripe.Topup;

describe('webhook endpoints', () => {
  test('the secret is shown at creation only; retrieve, list, update and delete', async () => {
    const created = await kit.stripe.webhookEndpoints.create({
      url: 'http://127.0.0.1:9/hooks',
      enabled_events: ['transfer.created'],
      description: 'gateway',
      metadata: { env: 'test' },
    });
    expect(created).toMatchObject({ object: 'webhook_endpoint', status: 'enabled', enabled_events: ['transfer.created'], livemode: false });
    expect(created.id).toMatch(/^we_/);
    expect(created.secret).toMatch(/^whsec_/);
    const retrieved = await kit.stripe.webhookEndpoints.retrieve(created.id);
    expect(retrieved.secret).toBeUndefined();
    expect((await kit.stripe.webhookEndpoints.list()).data.map((endpoint) => endpoint.id)).toContain(created.id);
    const updated = await kit.stripe.webhookEndpoints.update(created.id, { enabled_events: ['*'], disabled: true, url: 'http://127.0.0.1:9/other' });
    expect(updated).toMatchObject({ enabled_events: ['*'], status: 'disabled', url: 'http://127.0.0.1:9/other' });
    expect(await kit.stripe.webhookEndpoints.del(created.id)).toEqual({ id: created.id, object: 'webhook_endpoint', deleted: true });
    await expect(kit.stripe.webhookEndpoints.retrieve(created.id)).rejects.toMatchObject({ statusCode: 404 });
  });

  test('a URL and known-looking event names are required', async () => {
    await expect(kit.stripe.webhookEndpoints.create({ url: 'not a url', enabled_events: ['*'] })).rejects.toMatchObject({ param: 'url' });
    await expect(
      kit.stripe.webhookEndpoints.create({
        url: 'http://127.0.0.1:9/',
        enabled_events: ['topup.*'] as unknown as Stripe.WebhookEndpointCreateParams.EnabledEvent[],
      }),
    ).rejects.toMatchObject({ param: 'enabled_events[0]' });
  });
});

describe('delivery', () => {
  test('events arrive signed; constructEvent accepts them, a wrong secret is rejected', async () => {
    const { receiver, secret } = await endpointWithReceiver();
    const topup = await kit.stripe.topups.create({ amount: 1000, currency: 'usd' });
    const delivered = first(await receiver.waitFor((items) => items.some((item) => topupOf(item.event).id === topup.id)), 'a delivery');
    const signature = delivered.headers['stripe-signature'] as string;
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    const event = kit.stripe.webhooks.constructEvent(delivered.rawBody, signature, secret);
    expect(event).toMatchObject({ object: 'event', type: 'topup.created', livemode: false, api_version: expect.any(String) });
    expect(event.id).toMatch(/^evt_/);
    expect(event.request?.idempotency_key).toMatch(/^stripe-node-retry-/);
    expect(() => kit.stripe.webhooks.constructEvent(delivered.rawBody, signature, 'whsec_wrong')).toThrow(Stripe.errors.StripeSignatureVerificationError);
  });

  test('an endpoint answering 500 is retried with backoff until it takes the event', async () => {
    const { receiver, endpoint } = await endpointWithReceiver({ enabled_events: ['topup.created'] });
    receiver.statuses = [500, 503];
    const topup = await kit.stripe.topups.create({ amount: 1000, currency: 'usd' });
    await receiver.waitFor((items) => items.length === 3);
    const ids = new Set(receiver.received.map((item) => item.event.id));
    expect(ids.size).toBe(1);
    const deliveries = await kit.control<{ data: { attempts: { status_code: number }[]; status: string; endpoint_id: string }[] }>(
      'GET',
      `/_sandbox/webhook_deliveries?endpoint=${endpoint.id}`,
    );
    const delivery = first(deliveries.data, 'a delivery record');
    expect(delivery.attempts.map((attempt) => attempt.status_code)).toEqual([500, 503, 200]);
    expect(delivery.status).toBe('succeeded');
    const event = first((await kit.stripe.events.list({ type: 'topup.created', limit: 1 })).data, 'a topup.created event');
    expect(topupOf(event).id).toBe(topup.id);
    expect(event.pending_webhooks).toBe(0);
  });

  test('delivery gives up after the last attempt; the event stays pending', async () => {
    const { receiver } = await endpointWithReceiver({ enabled_events: ['topup.created'] });
    receiver.statuses = [500, 500, 500, 500];
    await kit.stripe.topups.create({ amount: 1000, currency: 'usd' });
    await receiver.waitFor((items) => items.length === 4);
    // The sandbox records the last attempt once its answer is in.
    const deliveries = await waitFor(() => callControl<{ data: { status: string }[] }>(kit.sandbox, 'GET', '/_sandbox/webhook_deliveries'), {
      until: (current) => current.data.at(-1)?.status !== 'pending',
      what: 'the last delivery attempt recorded',
    });
    expect(deliveries.data.at(-1)!.status).toBe('failed');
    const undelivered = await kit.stripe.events.list({ delivery_success: false });
    expect(undelivered.data.length).toBeGreaterThan(0);
  });

  test('connect endpoints get connected accounts’ events (with `account`); plain ones get the platform’s', async () => {
    const connect = await endpointWithReceiver({ connect: true });
    const plain = await endpointWithReceiver();
    const writer = await onboardedAccount(kit);
    await fundPlatform(kit, 5000);
    await kit.stripe.transfers.create({ amount: 100, currency: 'usd', destination: writer.id });
    await connect.receiver.waitFor((items) => items.some((item) => item.event.type === 'account.updated'));
    await plain.receiver.waitFor((items) => items.some((item) => item.event.type === 'transfer.created'));
    expect(connect.receiver.received.every((item) => item.event.account === writer.id)).toBe(true);
    expect(plain.receiver.received.every((item) => item.event.account === undefined)).toBe(true);
    expect(plain.receiver.eventsOfType('account.updated')).toEqual([]);
  });

  test('only enabled events are sent; disabled endpoints get nothing', async () => {
    const wanted = await endpointWithReceiver({ enabled_events: ['topup.canceled'] });
    const disabled = await endpointWithReceiver();
    await kit.stripe.webhookEndpoints.update(disabled.endpoint.id, { disabled: true });
    const topup = await kit.stripe.topups.create({ amount: 1000, currency: 'usd' });
    await kit.stripe.topups.cancel(topup.id);
    await wanted.receiver.waitFor((items) => items.length === 1);
    expect(first(wanted.receiver.received, 'a delivery').event.type).toBe('topup.canceled');
    expect(disabled.receiver.received).toEqual([]);
  });
});

describe('chaos switches', () => {
  test('duplicate sends every event twice', async () => {
    const { receiver } = await endpointWithReceiver({ enabled_events: ['topup.created'] });
    await kit.control('POST', '/_sandbox/webhooks/chaos', { duplicate: 1 });
    await kit.stripe.topups.create({ amount: 1000, currency: 'usd' });
    await receiver.waitFor((items) => items.length === 2);
    expect(elementAt(receiver.received, 0, 'a delivery').event.id).toBe(elementAt(receiver.received, 1, 'a second delivery').event.id);
  });

  test('delay_ms holds deliveries back', async () => {
    const { receiver } = await endpointWithReceiver({ enabled_events: ['topup.created'] });
    await kit.control('POST', '/_sandbox/webhooks/chaos', { delay_ms: 150 });
    const started = Date.now();
    await kit.stripe.topups.create({ amount: 1000, currency: 'usd' });
    await receiver.waitFor((items) => items.length === 1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  test('reorder sends events gathered together newest first', async () => {
    const { receiver } = await endpointWithReceiver({ enabled_events: ['topup.created', 'topup.canceled'] });
    await kit.control('POST', '/_sandbox/webhooks/chaos', { reorder: 1 });
    const topup = await kit.stripe.topups.create({ amount: 1000, currency: 'usd' });
    await kit.stripe.topups.cancel(topup.id);
    await receiver.waitFor((items) => items.length === 2);
    expect(receiver.received.map((item) => item.event.type)).toEqual(['topup.canceled', 'topup.created']);
    expect(await kit.control('GET', '/_sandbox/webhooks/chaos')).toEqual({ duplicate: 0, delay_ms: 0, reorder: 1 });
  });
});

describe('events API', () => {
  test('list filters by type (with wildcards) or types[], retrieve by id', async () => {
    const topup = await kit.stripe.topups.create({ amount: 1000, currency: 'usd' });
    await kit.stripe.topups.cancel(topup.id);
    const canceled = await kit.stripe.events.list({ type: 'topup.canceled' });
    expect(canceled.data.every((event) => event.type === 'topup.canceled')).toBe(true);
    const wildcard = await kit.stripe.events.list({ type: 'topup.*', limit: 100 });
    expect(wildcard.data.every((event) => event.type.startsWith('topup.'))).toBe(true);
    expect(wildcard.data.map((event) => event.type)).toEqual(expect.arrayContaining(['topup.created', 'topup.canceled', 'topup.succeeded']));
    const several = await kit.stripe.events.list({ types: ['topup.created', 'topup.canceled'], limit: 2 });
    expect(several.data.map((event) => event.type)).toEqual(['topup.canceled', 'topup.created']);
    const [newest, older] = [elementAt(several.data, 0, 'the newest event'), elementAt(several.data, 1, 'the older event')];
    expect(topupOf(newest)).toMatchObject({ id: topup.id, status: 'canceled' });
    expect(topupOf(older)).toMatchObject({ id: topup.id, status: 'pending' });
    expect((await kit.stripe.events.retrieve(newest.id)).id).toBe(newest.id);
    await expect(kit.stripe.events.retrieve('evt_missing')).rejects.toMatchObject({ statusCode: 404 });
  });
});
