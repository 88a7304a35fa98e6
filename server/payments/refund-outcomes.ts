import { randomUUID } from 'node:crypto';
import type Stripe from 'stripe';
import type { EntityManager } from 'typeorm';
import { AuditAction } from '../audit/audit-action';
import type { AuditService } from '../audit/audit.service';
import type { Database } from '../db/database';
import { insertRow } from '../db/insert-row';
import { lockedRow } from '../db/row-lock';
import type { AppError } from '../errors/errors';
import type { IdempotencyService } from '../money-intents/idempotency.service';
import { type PaymentOutcomes, stripeIdOf } from './payment-outcomes';
import type { PaymentLedger } from './payment-ledger';
import { PaymentRefund } from './payment-refund.entity';
import { RefundReason, RefundStatus, refundStatusOf, refundSupersedes } from './payment-status';
import { Payment } from './payment.entity';

/**
 * Refunds as Stripe reports them (the create answer, refund.* and charge.refund.updated events,
 * the recovery pass), matched on Stripe's id or our metadata; one made in the Stripe Dashboard
 * gets a row of its own. A refund's success reaches the ledger exactly once.
 */
export class RefundOutcomes {
  constructor(
    private readonly database: Database,
    private readonly payments: PaymentOutcomes,
    private readonly ledger: PaymentLedger,
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService,
  ) {}

  async applyStripeRefund(stripeRefund: Stripe.Refund): Promise<Payment | null> {
    const paymentId = await this.payments.locate({
      paymentId: stripeRefund.metadata?.payment_id,
      paymentIntentId: stripeIdOf(stripeRefund.payment_intent),
      chargeId: stripeIdOf(stripeRefund.charge),
    });
    if (!paymentId) return null;
    return this.database.transaction(async ({ manager, afterCommit }) => {
      const payment = (await lockedRow(manager, Payment, { id: paymentId }))!;
      const refundChanged = await this.recordRefund(manager, payment, stripeRefund);
      const refundedBeforeMinor = payment.amountRefundedMinor;
      await this.payments.change(manager, payment, { amountRefundedMinor: await this.succeededMinor(manager, payment.id) }, afterCommit);
      // The payment itself unchanged (a pending refund, a late event): its refunds still changed.
      if (refundChanged && payment.amountRefundedMinor === refundedBeforeMinor) await this.payments.touch(manager, payment, afterCommit);
      return payment;
    });
  }

  /** Stripe refused: nothing was returned. For the client's own request, replays refuse the same way. */
  async refundRefused(refundId: string, failure: AppError, recordKey?: string): Promise<void> {
    await this.database.transaction(async ({ manager, afterCommit }) => {
      const { paymentId } = await manager.findOneByOrFail(PaymentRefund, { id: refundId });
      const payment = (await lockedRow(manager, Payment, { id: paymentId }))!;
      const refund = await manager.findOneByOrFail(PaymentRefund, { id: refundId });
      if (refund.status !== RefundStatus.PENDING) {
        if (recordKey && refund.status === RefundStatus.FAILED) await this.idempotency.storeError(manager, recordKey, failure);
        return;
      }
      await manager.update(PaymentRefund, { id: refundId }, { status: RefundStatus.FAILED, failureMessage: failure.message.slice(0, 500) });
      if (recordKey) await this.idempotency.storeError(manager, recordKey, failure);
      await this.audit.record(manager, {
        actorUserId: null,
        action: AuditAction.PAYMENT_REFUND_FAILED,
        subjectType: 'Refund',
        subjectId: refundId,
        amountMinor: refund.amountMinor,
        currency: refund.currency,
        details: { paymentId, reason: failure.message },
      });
      await this.payments.touch(manager, payment, afterCommit);
    });
  }

  async refundUnanswered(refundId: string, reason: string): Promise<void> {
    const message = `Stripe did not confirm the refund (${reason}); the gateway retries with the same idempotency key.`;
    await this.database.transaction(({ manager }) => manager.update(PaymentRefund, { id: refundId, status: RefundStatus.PENDING }, { failureMessage: message.slice(0, 500) }));
  }

  /** True when a row was added or moved on. */
  private async recordRefund(manager: EntityManager, payment: Payment, stripeRefund: Stripe.Refund): Promise<boolean> {
    const ourId = stripeRefund.metadata?.refund_id;
    const row =
      (ourId ? await manager.findOneBy(PaymentRefund, { id: ourId, paymentId: payment.id }) : null) ??
      (await manager.findOneBy(PaymentRefund, { stripeRefundId: stripeRefund.id }));
    const status = refundStatusOf(stripeRefund.status);
    if (!row) {
      await insertRow(manager, PaymentRefund, this.externalRefund(payment, stripeRefund, status));
      if (status === RefundStatus.SUCCEEDED) await this.ledger.refundSucceeded(manager, payment, (await manager.findOneByOrFail(PaymentRefund, { stripeRefundId: stripeRefund.id })));
      return true;
    }
    const moves = refundSupersedes(status, row.status);
    if (!moves && row.stripeRefundId === stripeRefund.id) return false;
    Object.assign(row, { stripeRefundId: stripeRefund.id, ...(moves ? { status, failureMessage: status === RefundStatus.FAILED ? (stripeRefund.failure_reason ?? 'failed') : null } : {}) });
    await manager.update(PaymentRefund, { id: row.id }, { stripeRefundId: row.stripeRefundId, status: row.status, failureMessage: row.failureMessage });
    if (moves && status === RefundStatus.SUCCEEDED) await this.ledger.refundSucceeded(manager, payment, row);
    return true;
  }

  private externalRefund(payment: Payment, stripeRefund: Stripe.Refund, status: RefundStatus): PaymentRefund {
    return Object.assign(new PaymentRefund(), {
      id: randomUUID(),
      paymentId: payment.id,
      stripeRefundId: stripeRefund.id,
      amountMinor: stripeRefund.amount,
      currency: stripeRefund.currency,
      status,
      reason: (Object.values(RefundReason) as string[]).includes(stripeRefund.reason ?? '') ? (stripeRefund.reason as RefundReason) : null,
      reverseTransfer: false,
      refundApplicationFee: false,
      failureMessage: null,
      idempotencyKey: null,
      createdByUserId: null,
      createdAt: new Date(stripeRefund.created * 1000),
    });
  }

  private async succeededMinor(manager: EntityManager, paymentId: string): Promise<number> {
    const rows = await manager.findBy(PaymentRefund, { paymentId, status: RefundStatus.SUCCEEDED });
    return rows.reduce((sum, row) => sum + row.amountMinor, 0);
  }
}
