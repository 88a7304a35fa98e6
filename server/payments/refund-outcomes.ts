import { randomUUID } from 'node:crypto';
import type Stripe from 'stripe';
import type { EntityManager } from 'typeorm';
import { AuditAction } from '../audit/audit-action';
import type { AuditInput } from '../audit/audit.service';
import type { Database, Transaction } from '../db/database';
import { insertRow } from '../db/insert-row';
import { lockedRow } from '../db/row-lock';
import type { AppError } from '../errors/errors';
import type { IdempotencyService } from '../money-intents/idempotency.service';
import type { StatusMoves } from '../money-intents/move-status';
import type { PaymentOutcomes } from './payment-outcomes';
import type { PaymentLedger } from './payment-ledger';
import { PaymentRefund } from './payment-refund.entity';
import { Payment } from './payment.entity';
import { REFUND_LIFECYCLE, RefundStatus } from './refund-status';
import { type RefundFacts, refundFacts } from './refund.stripe';

/**
 * Refunds as Stripe reports them (the create answer, refund.* and charge.refund.updated events,
 * the recovery pass), matched on Stripe's id or our metadata; one made in the Stripe Dashboard
 * gets a row of its own. A refund's success reaches the ledger exactly once.
 */
export class RefundOutcomes {
  constructor(
    private readonly database: Database,
    private readonly statuses: StatusMoves<AuditInput>,
    private readonly payments: PaymentOutcomes,
    private readonly ledger: PaymentLedger,
    private readonly idempotency: IdempotencyService,
  ) {}

  async applyStripeRefund(stripeRefund: Stripe.Refund): Promise<Payment | null> {
    const facts = refundFacts(stripeRefund);
    const paymentId = await this.payments.locate({ paymentId: facts.paymentId, paymentIntentId: facts.paymentIntentId, chargeId: facts.chargeId });
    if (!paymentId) return null;
    return this.database.transaction(async (transaction) => {
      const { manager, afterCommit } = transaction;
      const payment = (await lockedRow(manager, Payment, { id: paymentId }))!;
      const refundChanged = await this.recordRefund(transaction, payment, facts);
      const refundedBeforeMinor = payment.amountRefundedMinor;
      await this.payments.change(transaction, payment, { amountRefundedMinor: await this.succeededMinor(manager, payment.id) });
      // The payment itself unchanged (a pending refund, a late event): its refunds still changed.
      if (refundChanged && payment.amountRefundedMinor === refundedBeforeMinor) await this.payments.touch(manager, payment, afterCommit);
      return payment;
    });
  }

  /** Stripe refused: nothing was returned. For the client's own request, replays refuse the same way. */
  async refused(refundId: string, failure: AppError, recordKey?: string): Promise<void> {
    await this.database.transaction(async (transaction) => {
      const { manager } = transaction;
      const { paymentId } = await manager.findOneByOrFail(PaymentRefund, { id: refundId });
      const payment = (await lockedRow(manager, Payment, { id: paymentId }))!;
      const refund = await manager.findOneByOrFail(PaymentRefund, { id: refundId });
      if (refund.status !== RefundStatus.PENDING) {
        if (recordKey && refund.status === RefundStatus.FAILED) await this.idempotency.storeError(manager, recordKey, failure);
        return;
      }
      await this.statuses.fail(transaction, [REFUND_LIFECYCLE, PaymentRefund, refund], RefundStatus.FAILED, failure, {
        audit: {
          actorUserId: null,
          action: AuditAction.PAYMENT_REFUND_FAILED,
          subjectType: 'Refund',
          subjectId: refundId,
          amountMinor: refund.amountMinor,
          currency: refund.currency,
          details: { paymentId, reason: failure.message },
        },
      });
      if (recordKey) await this.idempotency.storeError(manager, recordKey, failure);
      await this.payments.touch(manager, payment, transaction.afterCommit);
    });
  }

  async unanswered(refundId: string, reason: string): Promise<void> {
    const message = `Stripe did not confirm the refund (${reason}); the gateway retries with the same idempotency key.`;
    await this.database.transaction(({ manager }) =>
      manager.update(PaymentRefund, { id: refundId, status: RefundStatus.PENDING }, { failureMessage: message.slice(0, 500) }),
    );
  }

  /** True when a row was added or moved on. */
  private async recordRefund(transaction: Transaction, payment: Payment, facts: RefundFacts): Promise<boolean> {
    const { manager } = transaction;
    const row =
      (facts.refundId ? await manager.findOneBy(PaymentRefund, { id: facts.refundId, paymentId: payment.id }) : null) ??
      (await manager.findOneBy(PaymentRefund, { stripeRefundId: facts.stripeRefundId }));
    if (!row) {
      const external = externalRefund(payment, facts);
      await insertRow(manager, PaymentRefund, external);
      if (external.status === RefundStatus.SUCCEEDED) await this.ledger.refundSucceeded(manager, payment, external);
      return true;
    }
    const moves = REFUND_LIFECYCLE.supersedes(facts.status, row.status);
    if (!moves && row.stripeRefundId === facts.stripeRefundId) return false;
    if (!moves) {
      row.stripeRefundId = facts.stripeRefundId;
      await manager.update(PaymentRefund, { id: row.id }, { stripeRefundId: row.stripeRefundId });
      return true;
    }
    const failureMessage = facts.status === RefundStatus.FAILED ? (facts.failureReason ?? 'failed') : null;
    await this.statuses.moveStatus(transaction, {
      lifecycle: REFUND_LIFECYCLE,
      entity: PaymentRefund,
      row,
      to: facts.status,
      set: { stripeRefundId: facts.stripeRefundId, failureMessage },
    });
    if (facts.status === RefundStatus.SUCCEEDED) await this.ledger.refundSucceeded(manager, payment, row);
    return true;
  }

  private async succeededMinor(manager: EntityManager, paymentId: string): Promise<number> {
    const rows = await manager.findBy(PaymentRefund, { paymentId, status: RefundStatus.SUCCEEDED });
    return rows.reduce((sum, row) => sum + row.amountMinor, 0);
  }
}

/** A refund made outside the gateway (the Stripe Dashboard): recorded as Stripe made it. */
function externalRefund(payment: Payment, facts: RefundFacts): PaymentRefund {
  return Object.assign(new PaymentRefund(), {
    id: randomUUID(),
    paymentId: payment.id,
    stripeRefundId: facts.stripeRefundId,
    amountMinor: facts.amountMinor,
    currency: facts.currency,
    status: facts.status,
    reason: facts.reason,
    reverseTransfer: false,
    refundApplicationFee: false,
    failureMessage: null,
    idempotencyKey: null,
    createdByUserId: null,
    createdAt: facts.createdAt,
  });
}
