import Stripe from 'stripe';
import { first } from '../kit/checks';
import { waitFor } from '../kit/wait';
import { fundPlatform, onboardedAccount, startTestSandbox, stripeClient, TEST_KEY, type TestSandbox } from './sandbox.kit';

let kit: TestSandbox;
let writer: Stripe.Account;

beforeAll(async () => {
  kit = await startTestSandbox();
  writer = await onboardedAccount(kit);
  await fundPlatform(kit, 100_000);
});
afterAll(() => kit.close());
afterEach(() => kit.control('DELETE', '/_sandbox/faults'));

function post(path: string, body: string, key: string, extraHeaders: Record<string, string> = {}) {
  return fetch(`${kit.sandbox.url}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TEST_KEY}`, 'Content-Type': 'application/x-www-form-urlencoded', 'Idempotency-Key': key, ...extraHeaders },
    body,
  });
}

async function transferCount(): Promise<number> {
  return (await kit.stripe.transfers.list({ limit: 100 })).data.length;
}

test('the same key replays the first answer, marked Idempotent-Replayed', async () => {
  const body = `amount=500&currency=usd&destination=${writer.id}`;
  const first = await post('/v1/transfers', body, 'replay-1');
  const count = await transferCount();
  const second = await post('/v1/transfers', body, 'replay-1');
  expect(second.status).toBe(200);
  expect(second.headers.get('idempotent-replayed')).toBe('true');
  expect(second.headers.get('original-request')).toBe(first.headers.get('request-id'));
  expect(second.headers.get('idempotency-key')).toBe('replay-1');
  expect(await second.json()).toEqual(await first.json());
  expect(await transferCount()).toBe(count);
});

test('errors are replayed too, status and body', async () => {
  const body = `amount=999999999&currency=usd&destination=${writer.id}`;
  const first = await post('/v1/transfers', body, 'replay-error');
  expect(first.status).toBe(400);
  const second = await post('/v1/transfers', body, 'replay-error');
  expect(second.status).toBe(400);
  expect(second.headers.get('idempotent-replayed')).toBe('true');
  expect(await second.json()).toEqual(await first.json());
});

test('a malformed request is not stored: fixing nothing but retrying runs it again', async () => {
  const first = await post('/v1/transfers', 'currency=usd', 'never-started');
  expect(first.status).toBe(400);
  const second = await post('/v1/transfers', 'currency=usd', 'never-started');
  expect(second.headers.get('idempotent-replayed')).toBeNull();
});

test('the same key with other parameters is a 400 idempotency_error', async () => {
  await kit.stripe.transfers.create({ amount: 100, currency: 'usd', destination: writer.id }, { idempotencyKey: 'mismatch' });
  await expect(kit.stripe.transfers.create({ amount: 200, currency: 'usd', destination: writer.id }, { idempotencyKey: 'mismatch' })).rejects.toMatchObject({
    statusCode: 400,
    type: 'StripeIdempotencyError',
    rawType: 'idempotency_error',
  });
});

test('keys are scoped per account', async () => {
  const platform = await kit.stripe.topups.create({ amount: 1000, currency: 'usd' }, { idempotencyKey: 'scoped' });
  const connected = await kit.stripeFor(writer.id).topups.create({ amount: 1000, currency: 'usd' }, { idempotencyKey: 'scoped' });
  expect(connected.id).not.toBe(platform.id);
});

test('keys live 24 hours of sandbox time', async () => {
  const first = await kit.stripe.topups.create({ amount: 1000, currency: 'usd' }, { idempotencyKey: 'day-old' });
  await kit.control('POST', '/_sandbox/clock/advance', { seconds: 24 * 60 * 60 });
  const second = await kit.stripe.topups.create({ amount: 1000, currency: 'usd' }, { idempotencyKey: 'day-old' });
  expect(second.id).not.toBe(first.id);
});

test('a duplicate arriving while the first is in flight is a 409; once the first is abandoned the key is free', async () => {
  await kit.control('POST', '/_sandbox/faults', { path: '/v1/transfers', method: 'POST', mode: 'hang' });
  const params = { amount: 100, currency: 'usd', destination: writer.id };
  const impatient = stripeClient(kit.sandbox, { timeout: 300 });
  const first = impatient.transfers.create(params, { idempotencyKey: 'in-flight' });
  // The hang fault is used up once the first request has arrived and is being held.
  await waitFor(async () => (await kit.control<{ data: unknown[] }>('GET', '/_sandbox/faults')).data.length, {
    until: (faults) => faults === 0,
    what: 'the first request held',
  });
  await expect(kit.stripe.transfers.create(params, { idempotencyKey: 'in-flight' })).rejects.toMatchObject({
    statusCode: 409,
    rawType: 'idempotency_error',
    code: 'idempotency_key_in_use',
  });
  await expect(first).rejects.toMatchObject({ type: 'StripeConnectionError' });
  const count = await transferCount();
  // The sandbox frees the key when it sees the first request's connection close; until then a retry is a 409 that creates nothing.
  const retried = await waitFor(() => kit.stripe.transfers.create(params, { idempotencyKey: 'in-flight' }).catch((error: Stripe.errors.StripeError) => error), {
    until: (answer) => !(answer instanceof Stripe.errors.StripeError && answer.statusCode === 409),
    what: 'the abandoned key free again',
  });
  if (retried instanceof Error) throw retried;
  expect(retried.object).toBe('transfer');
  expect(await transferCount()).toBe(count + 1);
});

test('an `error` fault does nothing, so a retry with the same key succeeds', async () => {
  await kit.control('POST', '/_sandbox/faults', { path: '/v1/transfers', method: 'POST', mode: 'error' });
  const count = await transferCount();
  const params = { amount: 100, currency: 'usd', destination: writer.id };
  await expect(kit.stripe.transfers.create(params, { idempotencyKey: 'error-fault' })).rejects.toMatchObject({ statusCode: 500 });
  expect(await transferCount()).toBe(count);
  await kit.stripe.transfers.create(params, { idempotencyKey: 'error-fault' });
  expect(await transferCount()).toBe(count + 1);
});

test('`error_after` and `hang_after` do the work unheard; the retry replays it', async () => {
  const params = { amount: 100, currency: 'usd', destination: writer.id };
  for (const mode of ['error_after', 'hang_after']) {
    await kit.control('POST', '/_sandbox/faults', { path: '/v1/transfers', method: 'POST', mode, count: 1 });
    const count = await transferCount();
    const key = `${mode}-fault`;
    await expect(stripeClient(kit.sandbox, { timeout: 300 }).transfers.create(params, { idempotencyKey: key })).rejects.toBeDefined();
    expect(await transferCount()).toBe(count + 1);
    const retried = await kit.stripe.transfers.create(params, { idempotencyKey: key });
    expect(retried.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect(retried.id).toBe(first((await kit.stripe.transfers.list({ limit: 1 })).data, 'a transfer').id);
    expect(await transferCount()).toBe(count + 1);
  }
});
