import 'reflect-metadata';
import { createHash } from 'node:crypto';
import Stripe from 'stripe';
import { requestHashOf } from '../../server/money-intents/idempotency.service';
import { KeyedLock } from '../../server/money-intents/keyed-lock';
import { isUnknownOutcome, stripeFailure } from '../../server/stripe/stripe-errors';

const refusal = (statusCode: number, code?: string) => new Stripe.errors.StripeInvalidRequestError({ message: 'refused', statusCode, code });

/** Whether Stripe did the work is unknown: the row stays pending and is retried with the same key. */
describe('isUnknownOutcome', () => {
  it.each([
    ['the connection failed or timed out', new Stripe.errors.StripeConnectionError({ message: 'timeout' }), true],
    ['Stripe answered 500', Stripe.errors.StripeError.generate({ type: 'api_error', message: 'boom', statusCode: 500 }), true],
    ['a proxy answered 502', Stripe.errors.StripeError.generate({ type: 'api_error', message: 'bad gateway', statusCode: 502 }), true],
    ['the same key is still in flight (409)', new Stripe.errors.StripeIdempotencyError({ message: 'in flight', statusCode: 409 }), true],
    ['Stripe asked to slow down (429)', new Stripe.errors.StripeRateLimitError({ message: 'slow down', statusCode: 429 }), true],
    ['the answer carried no status', Stripe.errors.StripeError.generate({ type: 'api_error', message: 'no status' }), true],
    ['the answer carried a status below 400', Stripe.errors.StripeError.generate({ type: 'api_error', message: 'odd', statusCode: 302 }), true],
    ['something that is not a Stripe error', new Error('socket hang up'), true],
    ['a 400 refusal', refusal(400, 'balance_insufficient'), false],
    ['a 402 card refusal', new Stripe.errors.StripeCardError({ message: 'declined', statusCode: 402 }), false],
    ['a 401', new Stripe.errors.StripeAuthenticationError({ message: 'bad key', statusCode: 401 }), false],
    ['a 403', new Stripe.errors.StripePermissionError({ message: 'not allowed', statusCode: 403 }), false],
    ['a 404', refusal(404, 'resource_missing'), false],
  ])('when %s: %s', (_label, error, unknown) => {
    expect(isUnknownOutcome(error)).toBe(unknown);
  });

  it("turns a refusal into STRIPE_ERROR with Stripe's code, and marks an unknown outcome retryable", () => {
    expect(stripeFailure(refusal(400, 'balance_insufficient'), 'send the transfer').extensions).toMatchObject({
      code: 'STRIPE_ERROR',
      stripeCode: 'balance_insufficient',
      retryable: false,
    });
    expect(stripeFailure(new Stripe.errors.StripeConnectionError({ message: 'timeout' }), 'send the transfer').extensions).toMatchObject({ retryable: true });
  });
});

/** A replay with the same key must carry the same input: compared by this hash. */
describe('requestHashOf', () => {
  it('is the sha256 of the input with its keys sorted', () => {
    const expected = createHash('sha256').update('{"amountMinor":1200,"currency":"usd","description":null}').digest('hex');
    expect(requestHashOf({ currency: 'usd', description: null, amountMinor: 1200 })).toBe(expected);
  });

  it('ignores the order of the fields but not a change of any value', () => {
    const base = requestHashOf({ writerId: 'w1', amountMinor: 1200, currency: 'usd', description: null });
    expect(requestHashOf({ description: null, currency: 'usd', amountMinor: 1200, writerId: 'w1' })).toBe(base);
    for (const changed of [{ amountMinor: 1201 }, { currency: 'eur' }, { description: '' }, { writerId: 'w2' }]) {
      expect(requestHashOf({ writerId: 'w1', amountMinor: 1200, currency: 'usd', description: null, ...changed })).not.toBe(base);
    }
  });

  it('tells a missing field from a null one', () => {
    expect(requestHashOf({ amountMinor: null })).not.toBe(requestHashOf({}));
  });
});

/** One holder per key at a time, in arrival order; other keys never wait. */
describe('KeyedLock', () => {
  /** A promise settled from outside, so the test decides when each holder finishes. */
  function gate(): { opened: Promise<void>; open: () => void } {
    let open!: () => void;
    const opened = new Promise<void>((resolve) => (open = resolve));
    return { opened, open };
  }

  it('runs holders of one key one after another, in the order they came', async () => {
    const lock = new KeyedLock();
    const events: string[] = [];
    const first = gate();
    const one = lock.run('transfer-1', async () => {
      events.push('first starts');
      await first.opened;
      events.push('first ends');
    });
    const two = lock.run('transfer-1', async () => {
      events.push('second starts');
    });
    await Promise.resolve();
    expect(lock.isHeld('transfer-1')).toBe(true);
    expect(events).toEqual(['first starts']);
    first.open();
    await Promise.all([one, two]);
    expect(events).toEqual(['first starts', 'first ends', 'second starts']);
    expect(lock.isHeld('transfer-1')).toBe(false);
  });

  it('lets another key run while one is held', async () => {
    const lock = new KeyedLock();
    const held = gate();
    const holding = lock.run('transfer-1', () => held.opened);
    await expect(lock.run('transfer-2', async () => 'ran')).resolves.toBe('ran');
    held.open();
    await holding;
  });

  it('releases the key when a holder throws, and hands back what the work returned', async () => {
    const lock = new KeyedLock();
    await expect(
      lock.run('refund-1', async () => {
        throw new Error('Stripe refused');
      }),
    ).rejects.toThrow('Stripe refused');
    expect(lock.isHeld('refund-1')).toBe(false);
    await expect(lock.run('refund-1', async () => 42)).resolves.toBe(42);
  });
});
