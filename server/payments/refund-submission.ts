import type Stripe from 'stripe';
import type { Database } from '../db/database';
import { AppError, ErrorCode } from '../errors/errors';
import { KeyedLock } from '../money-intents/keyed-lock';
import { STRIPE_IDEMPOTENCY_WINDOW_MS } from '../money-intents/stripe-idempotency-window';
import type { Logger } from '../logging/logger';
import { isUnknownOutcome, stripeFailure } from '../stripe/stripe-errors';
import { PaymentRefund, refundStripeKeyOf } from './payment-refund.entity';
import { RefundStatus } from './payment-status';
import { Payment } from './payment.entity';
import type { RefundOutcomes } from './refund-outcomes';

const RECOVERY_BATCH_SIZE = 50;

/**
 * Every call to Stripe about a refund, always with the idempotency key derived from its row.
 * Callers hold `locks` for the payment, so one process never has two refund calls for the same
 * payment in flight; other processes are kept honest by Stripe's key.
 */
export class RefundSubmission {
  readonly locks = new KeyedLock();

  constructor(
    private readonly database: Database,
    private readonly stripe: Stripe,
    private readonly outcomes: RefundOutcomes,
    private readonly logger: Logger,
  ) {}

  /** One attempt. A refusal fails the row (and, for the client's request, is stored and thrown); an unknown outcome leaves it pending. */
  async sendRefund(payment: Payment, refund: PaymentRefund, recordKey?: string): Promise<void> {
    let created: Stripe.Refund;
    try {
      created = await this.stripe.refunds.create(
        {
          payment_intent: payment.stripePaymentIntentId!,
          amount: refund.amountMinor,
          ...(refund.reason ? { reason: refund.reason } : {}),
          reverse_transfer: refund.reverseTransfer,
          refund_application_fee: refund.refundApplicationFee,
          metadata: { refund_id: refund.id, payment_id: payment.id },
        },
        { idempotencyKey: refundStripeKeyOf(refund.id) },
      );
    } catch (error) {
      if (isUnknownOutcome(error)) {
        this.logger.warn({ err: error, refundId: refund.id }, 'refund outcome unknown; the recovery pass finishes it');
        await this.outcomes.refundUnanswered(refund.id, error instanceof Error ? error.message : String(error));
        return;
      }
      const refusal = stripeFailure(error, 'refund the payment');
      await this.outcomes.refundRefused(refund.id, refusal, recordKey);
      if (recordKey) throw refusal;
      return;
    }
    await this.outcomes.applyStripeRefund(created);
  }

  /** Finishes a refund Stripe never confirmed: adopt it by our metadata, else retry inside the key's window. */
  async finishRefund(refundId: string, recordKey?: string): Promise<void> {
    const refund = await this.database.manager.findOneByOrFail(PaymentRefund, { id: refundId });
    if (refund.status !== RefundStatus.PENDING || refund.stripeRefundId) return;
    const payment = await this.database.manager.findOneByOrFail(Payment, { id: refund.paymentId });
    for await (const onStripe of this.stripe.refunds.list({ payment_intent: payment.stripePaymentIntentId!, limit: 100 })) {
      if (onStripe.metadata?.refund_id === refund.id) {
        await this.outcomes.applyStripeRefund(onStripe);
        return;
      }
    }
    if (Date.now() - refund.createdAt.getTime() < STRIPE_IDEMPOTENCY_WINDOW_MS) return this.sendRefund(payment, refund, recordKey);
    await this.outcomes.refundRefused(refund.id, new AppError(ErrorCode.StripeError, 'Stripe never received this refund within a day; nothing was refunded.'), recordKey);
  }

  /** The recovery pass: refunds a crash, a timeout or a 5xx left unconfirmed. */
  async recoverPending(): Promise<void> {
    const pending = await this.database.manager.find(PaymentRefund, { where: { status: RefundStatus.PENDING }, order: { createdAt: 'ASC' }, take: RECOVERY_BATCH_SIZE });
    for (const { id, paymentId, stripeRefundId } of pending) {
      if (stripeRefundId || this.locks.isHeld(paymentId)) continue;
      await this.locks.run(paymentId, () => this.finishRefund(id)).catch((error: unknown) => {
        this.logger.warn({ err: error, refundId: id }, 'refund not recovered yet; will retry');
      });
    }
  }
}
