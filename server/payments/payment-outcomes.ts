import type Stripe from 'stripe';
import type { EntityManager } from 'typeorm';
import { AuditAction } from '../audit/audit-action';
import type { AuditInput, AuditService } from '../audit/audit.service';
import type { Database, Transaction } from '../db/database';
import { lockedRow } from '../db/row-lock';
import type { AppError } from '../errors/errors';
import type { Logger } from '../logging/logger';
import type { IdempotencyService } from '../money-intents/idempotency.service';
import type { RowOutcomes } from '../money-intents/money-action';
import type { StatusMoves } from '../money-intents/move-status';
import type { GatewayPubSub } from '../pubsub/pubsub';
import { paymentIntentIdOf } from './charge.stripe';
import { checkoutSessionFacts } from './checkout-session.stripe';
import type { PaymentFacts, PaymentReference } from './payment-facts';
import { paymentIdOf } from './payment-intent.stripe';
import type { PaymentLedger } from './payment-ledger';
import { PAID_STATUSES, PAYMENT_LIFECYCLE, PaymentStatus, paidStatusFor, settledStatus } from './payment-status';
import { Payment } from './payment.entity';
import { PaymentUpdated } from './payment.topics';

export type AfterCommit = (task: () => unknown) => void;

const CHANGING = [
  'status',
  'stripePaymentIntentId',
  'stripeChargeId',
  'stripeTransferId',
  'stripeApplicationFeeId',
  'amountRefundedMinor',
  'failureMessage',
] as const;
type PaymentChange = Pick<Payment, (typeof CHANGING)[number]>;

/**
 * Writes what Stripe's events say into payment rows, under the row's lock, order-insensitively:
 * a status never goes back a stage, refunded amounts only grow, ids are only filled in. The
 * payment is fulfilled (ledger, audit) exactly once: on the change that first makes it paid.
 * Stripe's answer to opening the payment's Checkout Session is written here too.
 */
export class PaymentOutcomes implements RowOutcomes {
  constructor(
    private readonly database: Database,
    private readonly stripe: Stripe,
    private readonly statuses: StatusMoves<AuditInput>,
    private readonly ledger: PaymentLedger,
    private readonly pubSub: GatewayPubSub,
    private readonly logger: Logger,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
  ) {}

  /** Our payment's id for a Stripe object, asking Stripe for the PaymentIntent's metadata as a last resort. */
  async locate(reference: PaymentReference): Promise<string | null> {
    const manager = this.database.manager;
    const found =
      (reference.paymentId ? await manager.findOneBy(Payment, { id: reference.paymentId }) : null) ??
      (reference.sessionId ? await manager.findOneBy(Payment, { stripeCheckoutSessionId: reference.sessionId }) : null) ??
      (reference.paymentIntentId ? await manager.findOneBy(Payment, { stripePaymentIntentId: reference.paymentIntentId }) : null) ??
      (reference.chargeId ? await manager.findOneBy(Payment, { stripeChargeId: reference.chargeId }) : null);
    if (found) return found.id;
    const paymentIntentId =
      reference.paymentIntentId ?? (reference.chargeId ? paymentIntentIdOf(await this.stripe.charges.retrieve(reference.chargeId)) : null);
    if (!paymentIntentId) return null;
    const fromStripe = paymentIdOf(await this.stripe.paymentIntents.retrieve(paymentIntentId));
    return fromStripe && (await manager.existsBy(Payment, { id: fromStripe })) ? fromStripe : null;
  }

  /** The Checkout Session opened: the payment now carries its page, audited and published. */
  async opened(session: Stripe.Checkout.Session): Promise<void> {
    const facts = checkoutSessionFacts(session);
    return this.database.transaction(async ({ manager, afterCommit }) => {
      const payment = (await lockedRow(manager, Payment, { id: facts.reference.paymentId! }))!;
      const opened = {
        stripeCheckoutSessionId: facts.stripeCheckoutSessionId,
        checkoutUrl: facts.url,
        expiresAtUnix: facts.expiresAtUnix,
        updatedAt: new Date(),
      };
      Object.assign(payment, opened);
      await manager.update(Payment, { id: payment.id }, opened);
      afterCommit(() => this.pubSub.publish(PaymentUpdated, payment));
      await this.audit.record(manager, {
        actorUserId: payment.createdByUserId,
        action: AuditAction.CHECKOUT_SESSION_CREATED,
        subjectType: 'Payment',
        subjectId: payment.id,
        amountMinor: payment.amountMinor,
        currency: payment.currency,
        details: { writerId: payment.writerId, stripeCheckoutSessionId: facts.stripeCheckoutSessionId, applicationFeeMinor: payment.applicationFeeMinor },
      });
    });
  }

  /** Stripe refused the Checkout Session: the payment fails, and every replay of the request answers with the refusal. */
  async refused(paymentId: string, refusal: AppError, recordKey?: string): Promise<void> {
    await this.database.transaction(async (transaction) => {
      const current = (await lockedRow(transaction.manager, Payment, { id: paymentId }))!;
      if (recordKey) await this.idempotency.storeError(transaction.manager, recordKey, refusal);
      if (current.status !== PaymentStatus.OPEN) return;
      await this.statuses.fail(transaction, [PAYMENT_LIFECYCLE, Payment, current], PaymentStatus.FAILED, refusal);
    });
  }

  /** Applies facts about one payment in a transaction of its own. Null when the object is not ours. */
  async apply(reference: PaymentReference, facts: PaymentFacts): Promise<Payment | null> {
    const paymentId = await this.locate(reference);
    if (!paymentId) return null;
    return this.database.transaction(async (transaction) => {
      const payment = (await lockedRow(transaction.manager, Payment, { id: paymentId }))!;
      return this.change(transaction, payment, facts);
    });
  }

  /** Inside a transaction holding the payment's row lock (refunds and disputes call it too). */
  async change(transaction: Transaction, payment: Payment, facts: PaymentFacts): Promise<Payment> {
    const { status, ...set } = settle(payment, facts);
    const changed = CHANGING.filter((column) => ({ status, ...set })[column] !== payment[column]);
    if (changed.length === 0) return payment;
    const becamePaid = !PAID_STATUSES.includes(payment.status) && PAID_STATUSES.includes(status);
    const becameFailed = payment.status !== PaymentStatus.FAILED && status === PaymentStatus.FAILED;
    await this.statuses.moveStatus(transaction, {
      lifecycle: PAYMENT_LIFECYCLE,
      entity: Payment,
      row: payment,
      to: status,
      set: { ...set, ...(becamePaid ? { paidAt: new Date() } : {}) },
      audit: becameFailed ? failed(payment, set.failureMessage) : undefined,
      publish: (row) => this.pubSub.publish(PaymentUpdated, row),
    });
    if (becamePaid) await this.ledger.paymentSucceeded(transaction.manager, payment);
    this.logger.debug({ paymentId: payment.id, changed }, 'payment updated from Stripe');
    return payment;
  }

  /** After a change to a refund or dispute row: the payment is stamped changed and published once committed. */
  async touch(manager: EntityManager, payment: Payment, afterCommit: AfterCommit): Promise<void> {
    payment.updatedAt = new Date();
    await manager.update(Payment, { id: payment.id }, { updatedAt: payment.updatedAt });
    afterCommit(() => this.pubSub.publish(PaymentUpdated, payment));
  }
}

/** The payment's columns once Stripe's facts are applied. */
function settle(payment: Payment, facts: PaymentFacts): PaymentChange {
  const fill = (current: string | null, known: string | null | undefined) => current ?? known ?? null;
  const amountRefundedMinor = Math.max(payment.amountRefundedMinor, facts.amountRefundedMinor ?? 0);
  const settled = facts.status ? settledStatus(payment.status, facts.status) : payment.status;
  const status = PAID_STATUSES.includes(settled) ? paidStatusFor(payment.amountMinor, amountRefundedMinor) : settled;
  let failureMessage = payment.failureMessage;
  if (PAID_STATUSES.includes(status)) failureMessage = null;
  else if (facts.failureMessage !== undefined && status !== PaymentStatus.EXPIRED) failureMessage = facts.failureMessage?.slice(0, 500) ?? null;
  return {
    status,
    stripePaymentIntentId: fill(payment.stripePaymentIntentId, facts.stripePaymentIntentId),
    stripeChargeId: fill(payment.stripeChargeId, facts.stripeChargeId),
    stripeTransferId: fill(payment.stripeTransferId, facts.stripeTransferId),
    stripeApplicationFeeId: fill(payment.stripeApplicationFeeId, facts.stripeApplicationFeeId),
    amountRefundedMinor,
    failureMessage,
  };
}

function failed(payment: Payment, reason: string | null): AuditInput {
  return {
    actorUserId: null,
    action: AuditAction.PAYMENT_FAILED,
    subjectType: 'Payment',
    subjectId: payment.id,
    amountMinor: payment.amountMinor,
    currency: payment.currency,
    details: { writerId: payment.writerId, reason },
  };
}
