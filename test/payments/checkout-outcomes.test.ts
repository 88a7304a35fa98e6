import { graphql } from '../gql';
import { first, present } from '../kit/checks';
import { adminWithTwoFactor, execute, onboardedWriter, type SignedInWriter } from '../kit/flows';
import { collect, subscriptionsReady, webSocketClient } from '../kit/graphql-client';
import { readCounter } from '../kit/metrics';
import { openCheckout, payCheckout, readPayment, waitForPayment } from '../kit/payments';
import { type Stack, startStack } from '../kit/stack';
import { waitFor } from '../kit/wait';

const CheckoutOutcomes_AuditActions = graphql(`
  query CheckoutOutcomes_AuditActions($id: ID) {
    auditTrail(first: 100, subjectId: $id) {
      nodes {
        action
      }
    }
  }
`);

const CheckoutOutcomes_PaymentUpdated = graphql(`
  subscription CheckoutOutcomes_PaymentUpdated {
    paymentUpdated {
      id
      status
      disputes {
        stripeDisputeId
        status
        reason
        needsResponse
        evidenceDueBy
        amount {
          amount
        }
      }
    }
  }
`);

const CheckoutOutcomes_Disputes = graphql(`
  query CheckoutOutcomes_Disputes {
    disputesNeedingResponse {
      stripeDisputeId
      evidenceDueBy
    }
  }
`);

/** What becomes of a reader's payment in every way Stripe can end it, as its webhooks say. */
let stack: Stack;
let admin: string;
let writer: SignedInWriter & { accountId: string };

beforeAll(async () => {
  stack = await startStack();
  admin = (await adminWithTwoFactor(stack)).token;
  writer = await onboardedWriter(stack);
});
afterAll(() => stack.close());

const auditActions = async (subjectId: string): Promise<string[]> =>
  (await execute(stack, CheckoutOutcomes_AuditActions, { id: subjectId }, admin)).auditTrail.nodes.map((node) => node.action);

describe('how a payment ends', () => {
  it('a declined card (4000 0000 0000 9995) leaves it OPEN with the decline, never SUCCEEDED; another card then pays', async () => {
    const session = await openCheckout(stack, { writerId: writer.writerId });
    await expect(payCheckout(stack, session.id, { card: '4000000000009995' })).rejects.toThrow(/insufficient_funds/);
    const declined = await waitForPayment(stack, admin, session.payment.id, (payment) => Boolean(payment.failureMessage), 'declined');
    expect(declined.status).toBe('OPEN');
    expect(declined.failureMessage).toContain('insufficient_funds');
    await payCheckout(stack, session.id);
    const paid = await waitForPayment(stack, admin, session.payment.id, (payment) => payment.status === 'SUCCEEDED', 'SUCCEEDED');
    expect(paid.failureMessage).toBeNull();
  });

  it('a card asking for authentication (4000 0025 0000 3155) succeeds once the challenge is passed', async () => {
    const session = await openCheckout(stack, { writerId: writer.writerId });
    await payCheckout(stack, session.id, { card: '4000002500003155', authentication: 'complete' });
    await waitForPayment(stack, admin, session.payment.id, (payment) => payment.status === 'SUCCEEDED', 'SUCCEEDED');
  });

  it('a failed challenge leaves it OPEN', async () => {
    const session = await openCheckout(stack, { writerId: writer.writerId });
    await expect(payCheckout(stack, session.id, { card: '4000002500003155', authentication: 'fail' })).rejects.toThrow();
    const payment = await waitForPayment(stack, admin, session.payment.id, (found) => Boolean(found.failureMessage), 'declined');
    expect(payment.status).toBe('OPEN');
  });

  it('an abandoned session expires (checkout.session.expired): EXPIRED', async () => {
    const session = await openCheckout(stack, { writerId: writer.writerId });
    await stack.stripe.checkout.sessions.expire(session.id);
    const expired = await waitForPayment(stack, admin, session.payment.id, (payment) => payment.status === 'EXPIRED', 'EXPIRED');
    expect(expired.nextStates).toEqual([]);
    expect(await auditActions(session.payment.id)).not.toContain('PAYMENT_SUCCEEDED');
  });

  it('a SEPA debit is PROCESSING, then SUCCEEDED from async_payment_succeeded', async () => {
    const session = await openCheckout(stack, { writerId: writer.writerId, currency: 'eur' });
    await payCheckout(stack, session.id, { iban: 'AT611904300234573201' });
    await waitForPayment(stack, admin, session.payment.id, (payment) => payment.status === 'PROCESSING', 'PROCESSING');
    await stack.control.advanceClock(3601);
    await waitForPayment(stack, admin, session.payment.id, (payment) => payment.status === 'SUCCEEDED', 'SUCCEEDED');
  });

  it('a SEPA debit that bounces is FAILED from async_payment_failed', async () => {
    const session = await openCheckout(stack, { writerId: writer.writerId, currency: 'eur' });
    await payCheckout(stack, session.id, { iban: 'AT861904300235473202' });
    await waitForPayment(stack, admin, session.payment.id, (payment) => payment.status === 'PROCESSING', 'PROCESSING');
    await stack.control.advanceClock(3601);
    const failed = await waitForPayment(stack, admin, session.payment.id, (payment) => payment.status === 'FAILED', 'FAILED');
    expect(failed.failureMessage).toMatch(/failed/);
    expect(await auditActions(session.payment.id)).toEqual(expect.arrayContaining(['PAYMENT_FAILED']));
  });
});

describe('disputes', () => {
  it('a dispute opened with the test card reaches the admin live with its deadline; the platform balance carries it', async () => {
    const client = webSocketClient(stack.url, admin);
    const updates = collect(client, CheckoutOutcomes_PaymentUpdated);
    await subscriptionsReady(client);
    const before = await stack.stripe.balance.retrieve();
    const session = await openCheckout(stack, { writerId: writer.writerId });
    await payCheckout(stack, session.id, { card: '4000000000000259' });
    const event = await updates.next(
      (update) => update.data?.paymentUpdated.id === session.payment.id && update.data.paymentUpdated.disputes.length > 0,
      15000,
    );
    const dispute = first(present(event.data, 'the payment update').paymentUpdated.disputes, 'a dispute');
    expect(dispute).toMatchObject({ status: 'NEEDS_RESPONSE', reason: 'fraudulent', needsResponse: true, amount: { amount: 2500 } });
    expect(Date.parse(present(dispute.evidenceDueBy, 'an evidence deadline'))).toBeGreaterThan(Date.now());
    const { disputesNeedingResponse } = await execute(stack, CheckoutOutcomes_Disputes, {}, admin);
    expect(disputesNeedingResponse).toContainEqual({ stripeDisputeId: dispute.stripeDisputeId, evidenceDueBy: dispute.evidenceDueBy });
    // The platform settles destination charges: the disputed amount leaves its balance (and a fee).
    const after = await stack.stripe.balance.retrieve();
    const totalOf = (balance: typeof before) =>
      [...balance.available, ...balance.pending].filter((entry) => entry.currency === 'usd').reduce((sum, entry) => sum + entry.amount, 0);
    expect(totalOf(after)).toBeLessThan(totalOf(before));
    updates.stop();
    await client.dispose();
  });
});

describe('webhooks duplicated and out of order', () => {
  afterAll(() => stack.control.post('webhooks/chaos', { duplicate: 0, reorder: 0 }));

  it('fulfil each payment exactly once and never move one back', async () => {
    await stack.control.post('webhooks/chaos', { duplicate: 1, reorder: 1 });
    const sessions = await Promise.all([1, 2, 3].map(() => openCheckout(stack, { writerId: writer.writerId })));
    for (const session of sessions) await payCheckout(stack, session.id);
    for (const session of sessions) {
      await waitForPayment(stack, admin, session.payment.id, (payment) => payment.status === 'SUCCEEDED' && payment.stripeApplicationFeeId, 'SUCCEEDED', 20000);
    }
    // Every delivery (copies included) applied: the payments still stand where they are, fulfilled once.
    await waitFor(() => stack.control.get('webhook_deliveries'), {
      until: (deliveries) => deliveries.data.every((delivery: { status: string }) => delivery.status !== 'pending'),
      timeoutMs: 20000,
      what: 'deliveries done',
    });
    await waitFor(() => readCounter(stack.url, 'payouts_webhook_apply_queue_depth'), {
      until: (depth) => depth === 0,
      timeoutMs: 20000,
      what: 'webhooks applied',
    });
    for (const session of sessions) {
      expect((await readPayment(stack, admin, session.payment.id)).status).toBe('SUCCEEDED');
      expect((await auditActions(session.payment.id)).filter((action) => action === 'PAYMENT_SUCCEEDED')).toHaveLength(1);
    }
  });
});
