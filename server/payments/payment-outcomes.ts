import type Stripe from 'stripe';
import type { EntityManager } from 'typeorm';
import { AuditAction } from '../audit/audit-action';
import type { AuditService } from '../audit/audit.service';
import type { Database } from '../db/database';
import { lockedRow } from '../db/row-lock';
import type { Logger } from '../logging/logger';
import type { GatewayPubSub } from '../pubsub/pubsub';
import type { PaymentLedger } from './payment-ledger';
import { PAID_STATUSES, PaymentStatus, paidStatusFor, settledStatus } from './payment-status';
import { Payment } from './payment.entity';
import { PaymentUpdated } from './payment.topics';

/** How a Stripe object names the payment it belongs to (any of these may be unknown). */
export interface PaymentReference {
  paymentId?: string | null;
  sessionId?: string | null;
  paymentIntentId?: string | null;
  chargeId?: string | null;
}

/** What one Stripe object says about a payment; absent facts change nothing. */
export interface PaymentFacts {
  status?: PaymentStatus;
  stripePaymentIntentId?: string | null;
  stripeChargeId?: string | null;
  stripeTransferId?: string | null;
  stripeApplicationFeeId?: string | null;
  amountRefundedMinor?: number;
  failureMessage?: string | null;
}

export type AfterCommit = (task: () => unknown) => void;

const idOf = (value: string | { id: string } | null | undefined): string | null => (typeof value === 'string' ? value : (value?.id ?? null));
export { idOf as stripeIdOf };

/**
 * Writes what Stripe's events say into payment rows, under the row's lock, order-insensitively:
 * a status never goes back a stage, refunded amounts only grow, ids are only filled in. The
 * payment is fulfilled (ledger, audit) exactly once: on the change that first makes it paid.
 */
export class PaymentOutcomes {
  constructor(
    private readonly database: Database,
    private readonly stripe: Stripe,
    private readonly ledger: PaymentLedger,
    private readonly audit: AuditService,
    private readonly pubSub: GatewayPubSub,
    private readonly logger: Logger,
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
    const paymentIntentId = reference.paymentIntentId ?? (reference.chargeId ? idOf((await this.stripe.charges.retrieve(reference.chargeId)).payment_intent) : null);
    if (!paymentIntentId) return null;
    const fromStripe = (await this.stripe.paymentIntents.retrieve(paymentIntentId)).metadata?.payment_id;
    return fromStripe && (await manager.existsBy(Payment, { id: fromStripe })) ? fromStripe : null;
  }

  /** Applies facts about one payment in a transaction of its own. Null when the object is not ours. */
  async apply(reference: PaymentReference, facts: PaymentFacts): Promise<Payment | null> {
    const paymentId = await this.locate(reference);
    if (!paymentId) return null;
    return this.database.transaction(async ({ manager, afterCommit }) => {
      const payment = (await lockedRow(manager, Payment, { id: paymentId }))!;
      return this.change(manager, payment, facts, afterCommit);
    });
  }

  /** Inside a transaction holding the payment's row lock (refunds and disputes call it too). */
  async change(manager: EntityManager, payment: Payment, facts: PaymentFacts, afterCommit: AfterCommit): Promise<Payment> {
    const before = { ...payment };
    const fill = (current: string | null, known: string | null | undefined) => current ?? known ?? null;
    payment.stripePaymentIntentId = fill(payment.stripePaymentIntentId, facts.stripePaymentIntentId);
    payment.stripeChargeId = fill(payment.stripeChargeId, facts.stripeChargeId);
    payment.stripeTransferId = fill(payment.stripeTransferId, facts.stripeTransferId);
    payment.stripeApplicationFeeId = fill(payment.stripeApplicationFeeId, facts.stripeApplicationFeeId);
    payment.amountRefundedMinor = Math.max(payment.amountRefundedMinor, facts.amountRefundedMinor ?? 0);
    const settled = facts.status ? settledStatus(payment.status, facts.status) : payment.status;
    payment.status = PAID_STATUSES.includes(settled) ? paidStatusFor(payment.amountMinor, payment.amountRefundedMinor) : settled;
    if (PAID_STATUSES.includes(payment.status)) payment.failureMessage = null;
    else if (facts.failureMessage !== undefined && payment.status !== PaymentStatus.EXPIRED) payment.failureMessage = facts.failureMessage?.slice(0, 500) ?? null;
    const columns = ['status', 'stripePaymentIntentId', 'stripeChargeId', 'stripeTransferId', 'stripeApplicationFeeId', 'amountRefundedMinor', 'failureMessage'] as const;
    const changed = columns.filter((column) => before[column] !== payment[column]);
    if (changed.length === 0) return payment;
    if (!PAID_STATUSES.includes(before.status) && PAID_STATUSES.includes(payment.status)) {
      payment.paidAt = new Date();
      await this.ledger.paymentSucceeded(manager, payment);
    }
    if (before.status !== PaymentStatus.FAILED && payment.status === PaymentStatus.FAILED) await this.recordFailure(manager, payment);
    payment.updatedAt = new Date();
    const { status, stripePaymentIntentId, stripeChargeId, stripeTransferId, stripeApplicationFeeId, amountRefundedMinor, failureMessage, paidAt, updatedAt } = payment;
    await manager.update(Payment, { id: payment.id }, { status, stripePaymentIntentId, stripeChargeId, stripeTransferId, stripeApplicationFeeId, amountRefundedMinor, failureMessage, paidAt, updatedAt });
    this.logger.debug({ paymentId: payment.id, changed }, 'payment updated from Stripe');
    afterCommit(() => this.pubSub.publish(PaymentUpdated, payment));
    return payment;
  }

  /** After a change to a refund or dispute row: the payment is stamped changed and published once committed. */
  async touch(manager: EntityManager, payment: Payment, afterCommit: AfterCommit): Promise<void> {
    payment.updatedAt = new Date();
    await manager.update(Payment, { id: payment.id }, { updatedAt: payment.updatedAt });
    afterCommit(() => this.pubSub.publish(PaymentUpdated, payment));
  }

  private recordFailure(manager: EntityManager, payment: Payment): Promise<void> {
    return this.audit.record(manager, {
      actorUserId: null,
      action: AuditAction.PAYMENT_FAILED,
      subjectType: 'Payment',
      subjectId: payment.id,
      amountMinor: payment.amountMinor,
      currency: payment.currency,
      details: { writerId: payment.writerId, reason: payment.failureMessage },
    });
  }
}
