import { present } from '../kit/checks';
import { waitFor } from '../kit/wait';
import { startTestSandbox, TEST_KEY, type TestSandbox } from './sandbox.kit';

/** Raw HTTP for what the SDK hides: encodings, headers, status codes and error bodies. */
let kit: TestSandbox;

beforeAll(async () => {
  kit = await startTestSandbox();
});
afterAll(() => kit.close());

function api(path: string, init: { method?: string; body?: string; headers?: Record<string, string>; key?: string | null } = {}) {
  const headers: Record<string, string> = { ...init.headers };
  if (init.key !== null) headers.Authorization = `Bearer ${init.key ?? TEST_KEY}`;
  if (init.body !== undefined) headers['Content-Type'] = 'application/x-www-form-urlencoded';
  return fetch(`${kit.sandbox.url}${path}`, { method: init.method ?? (init.body !== undefined ? 'POST' : 'GET'), headers, body: init.body });
}

interface TopupJson {
  id: string;
  amount: number;
  created: number;
  livemode: boolean;
  description: string | null;
  metadata: Record<string, string>;
  balance_transaction: unknown;
}

async function topupOf(response: Response): Promise<TopupJson> {
  return (await response.json()) as TopupJson;
}

async function errorOf(response: Response) {
  return ((await response.json()) as { error: Record<string, string> }).error;
}

describe('authentication', () => {
  test('a request without a key is Stripe’s 401 invalid_request_error, word for word', async () => {
    const response = await api('/v1/balance', { key: null });
    expect(response.status).toBe(401);
    const error = await errorOf(response);
    expect(error).toMatchObject({
      type: 'invalid_request_error',
      message:
        "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.",
    });
    expect(error).not.toHaveProperty('code');
  });

  test('a key that is not a test key is a 401 invalid_request_error that never echoes the key whole', async () => {
    const response = await api('/v1/balance', { key: 'sk_live_0123456789abcdef' });
    expect(response.status).toBe(401);
    const error = await errorOf(response);
    expect(error).toMatchObject({ type: 'invalid_request_error', message: 'Invalid API Key provided: sk_live_************cdef' });
    expect(error.message).not.toContain('0123456789abcdef');
  });

  test('any sk_test_ or rk_test_ key, Bearer or Basic, reaches the one platform', async () => {
    const bearer = await (await api('/v1/account', { key: 'sk_test_one' })).json();
    const restricted = await (await api('/v1/account', { key: 'rk_test_51AbCdEfGhIjKlMn' })).json();
    const basic = await fetch(`${kit.sandbox.url}/v1/account`, {
      headers: { Authorization: `Basic ${Buffer.from('sk_test_two:').toString('base64')}` },
    }).then((response) => response.json());
    expect(bearer).toMatchObject({ id: kit.sandbox.platformAccountId, object: 'account' });
    expect(restricted).toMatchObject({ id: kit.sandbox.platformAccountId, object: 'account' });
    expect(basic).toMatchObject({ id: kit.sandbox.platformAccountId });
  });

  test('a restricted live key is refused like any other non-test key', async () => {
    const response = await api('/v1/account', { key: 'rk_live_0123456789abcdef' });
    expect(response.status).toBe(401);
  });
});

describe('headers', () => {
  test('every answer carries a Request-Id, errors and control calls included', async () => {
    const answers = [
      await api('/v1/balance'),
      await api('/v1/balance', { key: null }),
      await api('/v1/nothing'),
      await fetch(`${kit.sandbox.url}/_sandbox/state`),
      await fetch(`${kit.sandbox.url}/connect/onboarding/unknown`),
      await fetch(`${kit.sandbox.url}/elsewhere`),
    ];
    for (const response of answers) expect(response.headers.get('request-id')).toMatch(/^req_\w{14}$/);
  });

  test('Stripe-Version is accepted and echoed', async () => {
    const response = await api('/v1/balance', { headers: { 'Stripe-Version': '2026-10-28.endive' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('stripe-version')).toBe('2026-10-28.endive');
  });

  test('a keyed POST names its own request in Original-Request; a replay names the first', async () => {
    const headers = { 'Idempotency-Key': `original-request-${Date.now()}` };
    const first = await api('/v1/topups', { body: 'amount=1500&currency=usd', headers });
    const replay = await api('/v1/topups', { body: 'amount=1500&currency=usd', headers });
    expect(first.headers.get('original-request')).toBe(first.headers.get('request-id'));
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(replay.headers.get('original-request')).toBe(first.headers.get('request-id'));
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect((await api('/v1/balance')).headers.get('original-request')).toBeNull();
  });

  test('Stripe-Should-Retry: false on refusals, true on a key in use and on 500s, absent on success', async () => {
    const refused = await api('/v1/topups', { body: 'currency=usd' });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('stripe-should-retry')).toBe('false');
    expect((await api('/v1/transfers/tr_missing')).headers.get('stripe-should-retry')).toBe('false');
    expect((await api('/v1/balance', { key: null })).headers.get('stripe-should-retry')).toBe('false');
    await kit.control('POST', '/_sandbox/faults', { path: '/v1/balance', mode: 'error', count: 1 });
    const failed = await api('/v1/balance');
    expect(failed.status).toBe(500);
    expect(failed.headers.get('stripe-should-retry')).toBe('true');
    expect((await api('/v1/balance')).headers.get('stripe-should-retry')).toBeNull();
  });

  test('a key still in use by a hanging request is a 409 that says to retry', async () => {
    const key = `in-use-${Date.now()}`;
    await kit.control('POST', '/_sandbox/faults', { path: '/v1/topups', method: 'POST', mode: 'hang', count: 1 });
    const controller = new AbortController();
    const hanging = fetch(`${kit.sandbox.url}/v1/topups`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TEST_KEY}`, 'Content-Type': 'application/x-www-form-urlencoded', 'Idempotency-Key': key },
      body: 'amount=1500&currency=usd',
      signal: controller.signal,
    }).catch(() => undefined);
    const faults = async () => (await kit.control<{ data: unknown[] }>('GET', '/_sandbox/faults')).data.length;
    await waitFor(faults, { until: (count) => count === 0, intervalMs: 5, what: 'the first request held' });
    const conflict = await api('/v1/topups', { body: 'amount=1500&currency=usd', headers: { 'Idempotency-Key': key } });
    controller.abort();
    await hanging;
    expect(conflict.status).toBe(409);
    expect(conflict.headers.get('stripe-should-retry')).toBe('true');
    expect(await errorOf(conflict)).toMatchObject({ type: 'idempotency_error', code: 'idempotency_key_in_use' });
  });

  test('every error body links to the request in the Dashboard’s logs', async () => {
    const response = await api('/v1/transfers/tr_missing');
    const error = await errorOf(response);
    const logUrl = present(error.request_log_url, 'a request_log_url');
    expect(logUrl).toBe(`https://dashboard.stripe.com/test/logs/${response.headers.get('request-id')}?t=${logUrl.split('?t=')[1]}`);
    expect(logUrl).toMatch(/\?t=\d+$/);
  });

  test('an unknown Stripe-Account is a 403 account_invalid', async () => {
    const response = await api('/v1/balance', { headers: { 'Stripe-Account': 'acct_unknown' } });
    expect(response.status).toBe(403);
    expect(await errorOf(response)).toMatchObject({ type: 'invalid_request_error', code: 'account_invalid' });
  });
});

describe('form encoding', () => {
  test('brackets nest hashes and index arrays', async () => {
    const response = await api('/v1/topups', { body: 'amount=1500&currency=usd&metadata[writer]=ada&metadata[week]=22&expand[0]=balance_transaction' });
    const topup = await topupOf(response);
    expect(response.status).toBe(200);
    expect(topup).toMatchObject({ object: 'topup', amount: 1500, metadata: { writer: 'ada', week: '22' } });
    expect(topup.balance_transaction).toMatchObject({ object: 'balance_transaction', amount: 1500 });
  });

  test('an empty value unsets a field, an empty metadata key deletes it', async () => {
    const created = await topupOf(await api('/v1/topups', { body: 'amount=1500&currency=usd&description=first&metadata[a]=1&metadata[b]=2' }));
    const updated = await topupOf(await api(`/v1/topups/${created.id}`, { body: 'description=&metadata[a]=' }));
    expect(updated.description).toBeNull();
    expect(updated.metadata).toEqual({ b: '2' });
  });

  test('JSON objects carry prefixed ids, unix-second created, livemode false and metadata', async () => {
    const topup = await topupOf(await api('/v1/topups', { body: 'amount=1500&currency=usd' }));
    expect(topup.id).toMatch(/^tu_\w{24}$/);
    expect(topup.livemode).toBe(false);
    expect(topup.metadata).toEqual({});
    expect(Math.abs(topup.created - Date.now() / 1000)).toBeLessThan(5);
  });
});

describe('Stripe error bodies', () => {
  test.each([
    ['amount=100&currency=usd&colour=blue', 'parameter_unknown', 'colour', 'Received unknown parameter: colour'],
    ['currency=usd', 'parameter_missing', 'amount', 'Missing required param: amount.'],
    ['amount=ten&currency=usd', 'parameter_invalid_integer', 'amount', 'Invalid integer: ten'],
    ['amount=100&currency=', 'parameter_invalid_empty', 'currency', ''],
    ['amount=50&currency=usd', 'amount_too_small', 'amount', ''],
  ])('%s → %s', async (body, code, param, message) => {
    const response = await api('/v1/topups', { body });
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error).toMatchObject({ type: 'invalid_request_error', code, param, doc_url: expect.stringContaining('stripe.com/docs/error-codes/') });
    if (message) expect(error.message).toBe(message);
  });

  test('nested unknown parameters are named with their brackets', async () => {
    const response = await api('/v1/accounts', { body: 'type=express&individual[favourite_colour]=blue' });
    expect(await errorOf(response)).toMatchObject({ code: 'parameter_unknown', param: 'individual[favourite_colour]' });
  });

  test('a hash where a string belongs is refused, naming the parameter', async () => {
    const response = await api('/v1/topups', { body: 'amount=100&currency=usd&source[bank]=1' });
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ type: 'invalid_request_error', param: 'source' });
  });

  test('a missing object is a 404 resource_missing', async () => {
    const response = await api('/v1/transfers/tr_missing');
    expect(response.status).toBe(404);
    expect(await errorOf(response)).toMatchObject({ type: 'invalid_request_error', code: 'resource_missing', message: "No such transfer: 'tr_missing'" });
  });

  test('an unknown URL is a 404 naming it', async () => {
    const response = await api('/v1/charges_of_the_light_brigade');
    expect(response.status).toBe(404);
    expect((await errorOf(response)).message).toContain('Unrecognized request URL (GET: /v1/charges_of_the_light_brigade)');
  });

  test('unknown query parameters on GET are refused too', async () => {
    const response = await api('/v1/transfers?colour=blue');
    expect(await errorOf(response)).toMatchObject({ code: 'parameter_unknown', param: 'colour' });
  });
});
