import { randomUUID } from 'node:crypto';
import type { RefundPaymentInput } from '../gql/graphql';
import { first, present } from '../kit/checks';
import { adminWithTwoFactor, onboardedWriter, teamMember, type SignedInWriter } from '../kit/flows';
import { dataOf, postGraphQL } from '../kit/graphql-client';
import { REFUND_PAYMENT, openCheckout, payCheckout, readPayment, waitForPayment } from '../kit/payments';
import { type Stack, startStack } from '../kit/stack';
import { waitFor } from '../kit/wait';

// Stripe calls give up after a second; the recovery pass runs every 300 ms.
const ENVIRONMENT = { STRIPE_TIMEOUT_MS: '1000', MONEY_RECOVERY_INTERVAL_MS: '300' };

/** Refunds are money intents: a lost answer, a replay or a race never refunds twice. */
let stack: Stack;
let admin: string;
let writer: SignedInWriter & { accountId: string };

beforeAll(async () => {
  stack = await startStack(ENVIRONMENT);
  admin = (await adminWithTwoFactor(stack)).token;
  writer = await onboardedWriter(stack);
});
afterAll(() => stack.close());
afterEach(() => stack.control.clearFaults());

async function paidPayment() {
  const session = await openCheckout(stack, { writerId: writer.writerId, amount: 4000 });
  await payCheckout(stack, session.id);
  return waitForPayment(stack, admin, session.payment.id, (payment) => payment.status === 'SUCCEEDED' && payment.stripeChargeId, 'SUCCEEDED');
}

const refundInput = (paymentId: string, amount: number | null, key = `refund-${randomUUID()}`): RefundPaymentInput => ({
  paymentId,
  amount,
  reason: 'DUPLICATE',
  reverseTransfer: true,
  refundApplicationFee: false,
  idempotencyKey: key,
});
const refund = (input: RefundPaymentInput, token = admin) => postGraphQL(stack.url, REFUND_PAYMENT, { input }, { token }).then(({ body }) => body);
const refundsOnStripe = async (paymentIntentId: string | null) =>
  (await stack.stripe.refunds.list({ payment_intent: present(paymentIntentId, 'a payment intent'), limit: 100 })).data;

describe('refunds exactly once', () => {
  it('Stripe refunds but its answer is lost: the refund stays PENDING, and the replay adopts it instead of refunding again', async () => {
    const payment = await paidPayment();
    await stack.control.fault('/v1/refunds', 'error_after', 1, 'POST');
    const input = refundInput(payment.id, 1500);
    const firstAnswer = dataOf(await refund(input)).refundPayment;
    expect(firstAnswer.refunds).toHaveLength(1);
    const replayed = await waitFor(() => refund(input), {
      until: (body) => body.data?.refundPayment.status === 'PARTIALLY_REFUNDED',
      what: 'replayed refund',
    });
    expect(replayed.data?.refundPayment.refunds).toEqual([expect.objectContaining({ status: 'SUCCEEDED', amount: { amount: 1500 } })]);
    expect(await refundsOnStripe(payment.stripePaymentIntentId)).toHaveLength(1);
  });

  it('Stripe never answers: the recovery pass finishes the refund with the same key, once', async () => {
    const payment = await paidPayment();
    await stack.control.fault('/v1/refunds', 'hang', 1, 'POST');
    const pending = dataOf(await refund(refundInput(payment.id, 1000))).refundPayment;
    expect(pending.refunds).toEqual([expect.objectContaining({ status: 'PENDING', stripeRefundId: null })]);
    await waitForPayment(stack, admin, payment.id, (found) => found.refunds[0]?.status === 'SUCCEEDED', 'refund recovered');
    expect(await refundsOnStripe(payment.stripePaymentIntentId)).toHaveLength(1);
  });

  it('the same request sent five times at once refunds once', async () => {
    const payment = await paidPayment();
    const input = refundInput(payment.id, 700);
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => refund(input)));
    expect(answers.every((body) => !body.errors)).toBe(true);
    expect(
      new Set(
        answers.map((body) =>
          dataOf(body)
            .refundPayment.refunds.map((row) => row.id)
            .join(),
        ),
      ),
    ).toEqual(new Set([first(dataOf(first(answers)).refundPayment.refunds).id]));
    expect(await refundsOnStripe(payment.stripePaymentIntentId)).toHaveLength(1);
  });

  it('two people refunding what is left at once: one refund, the other refused', async () => {
    const payment = await paidPayment();
    const finance = (await teamMember(stack, admin, 'FINANCE')).token;
    const answers = await Promise.all([refund(refundInput(payment.id, null)), refund(refundInput(payment.id, null), finance)]);
    const refused = answers.filter((body) => body.errors);
    expect(refused).toHaveLength(1);
    expect(first(refused).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    const full = await waitForPayment(stack, admin, payment.id, (found) => found.status === 'REFUNDED', 'REFUNDED');
    expect(full.refundableAmount.amount).toBe(0);
    expect(await refundsOnStripe(payment.stripePaymentIntentId)).toEqual([expect.objectContaining({ amount: 4000 })]);
  });

  it('Stripe fails before doing anything (a 500): the refund is retried with the same key and made once', async () => {
    const payment = await paidPayment();
    await stack.control.fault('/v1/refunds', 'error', 1, 'POST');
    const input = refundInput(payment.id, 500);
    const firstAnswer = dataOf(await refund(input)).refundPayment;
    expect(firstAnswer.refunds).toEqual([expect.objectContaining({ status: 'PENDING', stripeRefundId: null })]);
    await waitForPayment(stack, admin, payment.id, (found) => found.refunds[0]?.status === 'SUCCEEDED', 'refund retried');
    expect((await refund(input)).data?.refundPayment.refunds).toHaveLength(1);
    expect(await refundsOnStripe(payment.stripePaymentIntentId)).toEqual([expect.objectContaining({ amount: 500 })]);
  });

  it('a refund made outside the gateway is recorded from its events, and nothing more can be refunded', async () => {
    const payment = await paidPayment();
    const input = { ...refundInput(payment.id, 500), refundApplicationFee: true, reverseTransfer: true };
    // Refunded in full on Stripe behind the gateway's back: Stripe refuses the next refund as more than the charge.
    await stack.stripe.refunds.create({ payment_intent: present(payment.stripePaymentIntentId, 'a payment intent') });
    await waitForPayment(stack, admin, payment.id, (found) => found.status === 'REFUNDED', 'refunded outside the gateway');
    const refused = await refund(input);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await readPayment(stack, admin, payment.id)).refunds).toEqual([expect.objectContaining({ status: 'SUCCEEDED', amount: { amount: 4000 } })]);
  });
});
