import { randomUUID } from 'node:crypto';
import type Stripe from 'stripe';
import type { EntityManager } from 'typeorm';
import { AuditAction } from '../audit/audit-action';
import type { AuditInput } from '../audit/audit.service';
import type { Database } from '../db/database';
import { lockedRow } from '../db/row-lock';
import { badUserInput, notFound } from '../errors/errors';
import type { Viewer } from '../identity/viewer';
import { requestHashOf } from '../money-intents/idempotency.service';
import { refundRecordKeyOf } from '../money-intents/idempotency-keys';
import type { MoneyIntents, RequestClaim } from '../money-intents/money-intents';
import { money } from '../money/money.type';
import { PaymentRefund } from './payment-refund.entity';
import { refundAudit } from './refund-audit';
import { PAID_STATUSES } from './payment-status';
import { Payment } from './payment.entity';
import type { RefundPaymentInput } from './payment.types';
import { type RefundReason, RefundStatus } from './refund-status';

interface RefundRequest {
  paymentId: string;
  amountMinor: number | null;
  reason: RefundReason | null;
  reverseTransfer: boolean;
  refundApplicationFee: boolean;
}

/**
 * Refunds to readers, exactly once per idempotency key: the PENDING refund row, the key's record
 * and the audit entry commit together under the payment's lock (so two refunds never overdraw
 * it), then Stripe is called with a key derived from the row; the recovery pass finishes the rest.
 */
export class RefundService {
  constructor(
    private readonly database: Database,
    private readonly intents: MoneyIntents<PaymentRefund, Stripe.Refund, AuditInput>,
  ) {}

  async refund(input: RefundPaymentInput, actor: Viewer): Promise<Payment> {
    const request: RefundRequest = {
      paymentId: input.paymentId,
      amountMinor: input.amount ?? null,
      reason: input.reason ?? null,
      reverseTransfer: input.reverseTransfer,
      refundApplicationFee: input.refundApplicationFee,
    };
    const claim = { recordKey: refundRecordKeyOf(input.idempotencyKey), requestHash: requestHashOf({ ...request }) };
    return this.intents.answerOnce(
      claim,
      (refund) => this.database.manager.findOneByOrFail(Payment, { id: refund.paymentId }),
      () => this.refundOnce(request, input.idempotencyKey, actor, claim),
    );
  }

  /** Undefined when another request claimed the key first. */
  private async refundOnce(request: RefundRequest, idempotencyKey: string, actor: Viewer, claim: RequestClaim): Promise<Payment | undefined> {
    const payment = await this.database.manager.findOneBy(Payment, { id: request.paymentId });
    if (!payment) throw notFound('Payment', request.paymentId);
    const refund = this.database.manager.create(PaymentRefund, {
      id: randomUUID(),
      paymentId: payment.id,
      stripeRefundId: null,
      amountMinor: request.amountMinor ?? 0,
      currency: payment.currency,
      status: RefundStatus.PENDING,
      reason: request.reason,
      reverseTransfer: request.reverseTransfer,
      refundApplicationFee: request.refundApplicationFee,
      failureMessage: null,
      idempotencyKey,
      createdByUserId: actor.userId,
      createdAt: new Date(),
    });
    const sent = await this.intents.locks.run(payment.id, async () => {
      const persisted = await this.intents.persist({
        row: refund,
        claim: { ...claim, actorUserId: actor.userId },
        // The amount is settled under the payment's row lock, against what is refunded or being refunded.
        before: async ({ manager }) => this.settleAmount(manager, refund, request.amountMinor),
        audit: (row) => requested(payment, row),
      });
      if (persisted) await this.intents.submit(refund, claim.recordKey);
      return persisted;
    });
    return sent ? this.database.manager.findOneByOrFail(Payment, { id: payment.id }) : undefined;
  }

  private async settleAmount(manager: EntityManager, refund: PaymentRefund, requestedMinor: number | null): Promise<void> {
    const payment = (await lockedRow(manager, Payment, { id: refund.paymentId }))!;
    if (!PAID_STATUSES.includes(payment.status) || !payment.stripePaymentIntentId) {
      throw badUserInput(`Only a paid payment can be refunded; this one is ${payment.status}.`, 'paymentId');
    }
    const pending = await manager.findBy(PaymentRefund, { paymentId: payment.id, status: RefundStatus.PENDING });
    const refundableMinor = payment.amountMinor - payment.amountRefundedMinor - pending.reduce((sum, row) => sum + row.amountMinor, 0);
    refund.amountMinor = requestedMinor ?? refundableMinor;
    if (refund.amountMinor < 1 || refund.amountMinor > refundableMinor) {
      throw badUserInput(`At most ${money(Math.max(refundableMinor, 0), payment.currency).formatted} of this payment can still be refunded.`, 'amount');
    }
  }
}

function requested(payment: Payment, refund: PaymentRefund): AuditInput {
  return refundAudit(payment, refund, { actorUserId: refund.createdByUserId, action: AuditAction.PAYMENT_REFUND_REQUESTED }, { reason: refund.reason });
}
