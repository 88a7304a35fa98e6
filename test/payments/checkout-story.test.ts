import { randomUUID } from 'node:crypto';
import { graphql } from '../gql';
import type { RefundPaymentInput } from '../gql/graphql';
import { first, present } from '../kit/checks';
import { adminWithTwoFactor, createApiKeySecret, execute, graphqlError, onboardedWriter, signUpWriter, type SignedInWriter } from '../kit/flows';
import { ledgerBalances } from '../kit/payout-runs';
import { CREATE_CHECKOUT_SESSION, REFUND_PAYMENT, checkoutInput, openCheckout, payCheckout, readPayment, tryCheckout, waitForPayment } from '../kit/payments';
import { type Stack, startStack } from '../kit/stack';
import { waitFor } from '../kit/wait';

/**
 * Seed 004, "Collect payments then pay out": a reader pays 25.00 usd for a writer's answer
 * through Checkout; the platform keeps 10 % + 0.30; the writer is paid at once through the
 * destination charge; the platform refunds part of it, taking the writer's share back.
 */
const AMOUNT = 2500;
const FEE = 280;

let stack: Stack;
let admin: string;
let writer: SignedInWriter & { accountId: string };

beforeAll(async () => {
  stack = await startStack({ APPLICATION_FEE_PERCENT: '10', APPLICATION_FEE_FIXED: '30' });
  admin = (await adminWithTwoFactor(stack)).token;
  writer = await onboardedWriter(stack);
});
afterAll(() => stack.close());

const CheckoutStory_OwnPayments = graphql(`
  query CheckoutStory_OwnPayments {
    payments {
      nodes {
        id
        status
      }
    }
  }
`);

const CheckoutStory_PaymentCount = graphql(`
  query CheckoutStory_PaymentCount {
    payments {
      totalCount
    }
  }
`);

const CheckoutStory_Payment = graphql(`
  query CheckoutStory_Payment($id: ID!) {
    payment(id: $id) {
      id
    }
  }
`);

/** A Stripe id the gateway recorded for the payment, or a failure naming it. */
const recorded = (id: string | null, what: string) => present(id, `the payment's ${what}`);

const writerPendingMinor = async () =>
  (await stack.stripe.balance.retrieve({}, { stripeAccount: writer.accountId })).pending.find((entry) => entry.currency === 'usd')?.amount ?? 0;

describe('a reader pays for an answer', () => {
  let session: Awaited<ReturnType<typeof openCheckout>>;

  it('opens a Checkout Session for the writer with the application fee and the destination', async () => {
    session = await openCheckout(stack, { writerId: writer.writerId, amount: AMOUNT });
    expect(session.id).toMatch(/^cs_/);
    expect(session.url).toContain(session.id);
    expect(Date.parse(session.expiresAt)).toBeGreaterThan(Date.now());
    expect(session.payment).toMatchObject({
      status: 'OPEN',
      amount: { amount: AMOUNT, currency: 'usd' },
      applicationFee: { amount: FEE },
      writerShare: { amount: AMOUNT - FEE },
      stripeCheckoutSessionId: session.id,
    });
    const onStripe = await stack.stripe.checkout.sessions.retrieve(session.id);
    expect(onStripe).toMatchObject({
      mode: 'payment',
      amount_total: AMOUNT,
      currency: 'usd',
      client_reference_id: session.payment.id,
      metadata: { payment_id: session.payment.id },
    });
  });

  it('the same key and input answer with the same session; other input with the key is a conflict', async () => {
    const input = checkoutInput(stack, { writerId: writer.writerId });
    const opened = await openCheckout(stack, input);
    const again = await openCheckout(stack, input);
    expect(again.id).toBe(opened.id);
    const conflict = await graphqlError(stack, CREATE_CHECKOUT_SESSION, { input: { ...input, amount: 3000 } });
    expect(conflict.extensions.code).toBe('IDEMPOTENCY_CONFLICT');
  });

  it('paid with 4242: SUCCEEDED from the webhook, the fee and destination on Stripe, the writer up by amount − fee', async () => {
    const pendingBefore = await writerPendingMinor();
    expect((await readPayment(stack, admin, session.payment.id)).status).toBe('OPEN');
    const { payment_intent: intent } = await payCheckout(stack, session.id);
    const paid = await waitForPayment(stack, admin, session.payment.id, (payment) => payment.status === 'SUCCEEDED' && payment.stripeChargeId, 'SUCCEEDED');
    expect(paid).toMatchObject({ stripePaymentIntentId: intent.id, failureMessage: null, nextStates: ['PARTIALLY_REFUNDED', 'REFUNDED'] });
    expect(paid.paidAt).not.toBeNull();

    const onStripe = await stack.stripe.paymentIntents.retrieve(intent.id);
    expect(onStripe).toMatchObject({
      status: 'succeeded',
      amount: AMOUNT,
      application_fee_amount: FEE,
      transfer_data: { destination: writer.accountId },
      metadata: { payment_id: paid.id },
    });
    const charge = await stack.stripe.charges.retrieve(recorded(paid.stripeChargeId, 'charge'));
    expect(charge).toMatchObject({ transfer: paid.stripeTransferId, application_fee: paid.stripeApplicationFeeId });
    const fee = await stack.stripe.applicationFees.retrieve(recorded(paid.stripeApplicationFeeId, 'application fee'));
    expect(fee).toMatchObject({ amount: FEE, account: writer.accountId });
    expect(await writerPendingMinor()).toBe(pendingBefore + AMOUNT - FEE);
  });

  it('the success page shows what the webhook confirmed', async () => {
    const page = await (await fetch(`${stack.url}/demo/pay/return?session_id=${session.id}`)).text();
    expect(page).toContain('data-status="SUCCEEDED"');
  });

  it('the writer sees the payment for their answer; another writer does not', async () => {
    const own = await execute(stack, CheckoutStory_OwnPayments, {}, writer.token);
    expect(own.payments.nodes.map((node) => node.id)).toContain(session.payment.id);
    const other = await signUpWriter(stack);
    expect((await execute(stack, CheckoutStory_PaymentCount, {}, other.token)).payments.totalCount).toBe(0);
    expect((await graphqlError(stack, CheckoutStory_Payment, { id: session.payment.id }, other.token)).extensions.code).toBe('FORBIDDEN');
  });

  it('a partial refund with transfer reversal and fee refund: PARTIALLY_REFUNDED, and Stripe agrees', async () => {
    const input: RefundPaymentInput = {
      paymentId: session.payment.id,
      amount: 1000,
      reason: 'REQUESTED_BY_CUSTOMER',
      reverseTransfer: true,
      refundApplicationFee: true,
      idempotencyKey: `refund-${randomUUID()}`,
    };
    const { refundPayment } = await execute(stack, REFUND_PAYMENT, { input }, admin);
    expect(refundPayment).toMatchObject({ status: 'PARTIALLY_REFUNDED', amountRefunded: { amount: 1000 }, refundableAmount: { amount: AMOUNT - 1000 } });
    expect(refundPayment.refunds).toEqual([
      expect.objectContaining({ status: 'SUCCEEDED', reverseTransfer: true, refundApplicationFee: true, amount: { amount: 1000 } }),
    ]);
    const replayed = (await execute(stack, REFUND_PAYMENT, { input }, admin)).refundPayment;
    expect(replayed.refunds).toHaveLength(1);

    const charge = await stack.stripe.charges.retrieve(recorded(refundPayment.stripeChargeId, 'charge'));
    expect(charge).toMatchObject({ amount_refunded: 1000, refunded: false });
    const refunds = await stack.stripe.refunds.list({ payment_intent: recorded(refundPayment.stripePaymentIntentId, 'payment intent') });
    expect(refunds.data).toHaveLength(1);
    expect(first(refunds.data, 'a refund on Stripe')).toMatchObject({ amount: 1000, status: 'succeeded', metadata: { payment_id: refundPayment.id } });
    const transfer = await stack.stripe.transfers.retrieve(recorded(refundPayment.stripeTransferId, 'transfer'));
    expect(transfer.amount_reversed).toBe(1000);
    const fee = await stack.stripe.applicationFees.retrieve(recorded(refundPayment.stripeApplicationFeeId, 'application fee'));
    expect(fee.amount_refunded).toBe(Math.round((FEE * 1000) / AMOUNT));
    // Stripe's own events (charge.refunded, refund.*) arrive afterwards and change nothing.
    await waitFor(() => readPayment(stack, admin, refundPayment.id), {
      until: (payment) => payment.refunds.length === 1 && payment.amountRefunded.amount === 1000,
      what: 'refund events applied',
    });
  });

  it('the payment and its refund are in the ledger, which sums to zero', async () => {
    const ledger = await ledgerBalances(stack, admin);
    expect(ledger.sums).toEqual({ usd: 0 });
    const share = AMOUNT - FEE;
    const shareBack = Math.round((share * 1000) / AMOUNT);
    const feeBack = Math.round((FEE * 1000) / AMOUNT);
    // Debits positive, credits negative: readers paid 25.00 and got 10.00 back; the writer keeps
    // their share less what the reversal took; the platform keeps its fee less what it refunded.
    expect(ledger.of('READER_PAYMENTS')).toBe(AMOUNT - 1000);
    expect(ledger.of('WRITER_PAID')).toBe(-(share - shareBack));
    expect(ledger.of('APPLICATION_FEES')).toBe(-(FEE - feeBack));
    expect(ledger.of('PLATFORM_CASH')).toBe(1000 - shareBack - feeBack);
  });

  it('refuses refunding more than is left', async () => {
    const tooMuch = await graphqlError(
      stack,
      REFUND_PAYMENT,
      {
        input: { paymentId: session.payment.id, amount: AMOUNT, reverseTransfer: true, refundApplicationFee: false, idempotencyKey: `refund-${randomUUID()}` },
      },
      admin,
    );
    expect(tooMuch.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    expect(tooMuch.message).toContain('$15.00');
  });
});

describe('what a reader may not start', () => {
  it('an amount outside the configured limits, a return address elsewhere, a writer who cannot be paid', async () => {
    const small = await tryCheckout(stack, { writerId: writer.writerId, amount: 10 });
    expect(small.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    const elsewhere = await tryCheckout(stack, { writerId: writer.writerId, successUrl: 'https://phishing.example/paid' });
    expect(elsewhere.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'successUrl' });
    const notOnboarded = await signUpWriter(stack);
    const unpayable = await tryCheckout(stack, { writerId: notOnboarded.writerId });
    expect(unpayable.errors?.[0]?.extensions?.code).toBe('WRITER_NOT_PAYABLE');
  });

  it('an API key needs CHECKOUT_WRITE', async () => {
    const withoutScope = await createApiKeySecret(stack, admin, 'Backend', ['WRITERS_READ']);
    expect((await tryCheckout(stack, { writerId: writer.writerId }, withoutScope)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const withScope = await createApiKeySecret(stack, admin, 'Backend', ['CHECKOUT_WRITE']);
    const session = await openCheckout(stack, { writerId: writer.writerId }, withScope);
    expect(session.payment.status).toBe('OPEN');
  });
});
