import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AuditAction } from '../audit/audit-action';
import type { AuditService } from '../audit/audit.service';
import type { Viewer } from '../identity/viewer';
import { money } from '../money/money.type';
import type { Database } from '../db/database';
import { insertRow } from '../db/insert-row';
import { lockedRow } from '../db/row-lock';
import { isUniqueViolation } from '../db/unique-violation';
import { badUserInput, notFound } from '../errors/errors';
import { type IdempotencyService, requestHashOf } from '../money-intents/idempotency.service';
import type { Logger } from '../logging/logger';
import { PaymentRefund, refundRecordKeyOf } from './payment-refund.entity';
import { PAID_STATUSES, type RefundReason, RefundStatus } from './payment-status';
import { Payment } from './payment.entity';
import type { RefundPaymentInput } from './payment.types';
import type { RefundSubmission } from './refund-submission';

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
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService,
    private readonly submission: RefundSubmission,
    private readonly logger: Logger,
  ) {}

  async refund(input: RefundPaymentInput, actor: Viewer): Promise<Payment> {
    const request: RefundRequest = {
      paymentId: input.paymentId,
      amountMinor: input.amount ?? null,
      reason: input.reason ?? null,
      reverseTransfer: input.reverseTransfer,
      refundApplicationFee: input.refundApplicationFee,
    };
    const key = refundRecordKeyOf(input.idempotencyKey);
    const requestHash = requestHashOf({ ...request });
    return this.idempotency.singleFlight(key, requestHash, async () => {
      const replayed = await this.replay(key, requestHash);
      if (replayed) return replayed;
      try {
        return await this.refundOnce(request, input.idempotencyKey, actor, { key, requestHash });
      } catch (error) {
        // Another instance may have taken this key while we checked: its answer is this request's.
        const replayedNow = await this.replay(key, requestHash);
        if (replayedNow) return replayedNow;
        throw error;
      }
    });
  }

  private async refundOnce(request: RefundRequest, idempotencyKey: string, actor: Viewer, record: { key: string; requestHash: string }): Promise<Payment> {
    const payment = await this.database.manager.findOneBy(Payment, { id: request.paymentId });
    if (!payment) throw notFound('Payment', request.paymentId);
    const refund = Object.assign(new PaymentRefund(), {
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
    const sent = await this.submission.locks.run(payment.id, async () => {
      if (!(await this.persistIntent(refund, request.amountMinor, record, actor))) return false;
      const current = await this.database.manager.findOneByOrFail(Payment, { id: payment.id });
      await this.submission.sendRefund(current, refund, record.key);
      return true;
    });
    return sent ? this.database.manager.findOneByOrFail(Payment, { id: payment.id }) : (await this.replay(record.key, record.requestHash))!;
  }

  /** What can still be refunded: the amount less what is refunded or being refunded. */
  private async refundableMinor(manager: EntityManager, payment: Payment): Promise<number> {
    if (!PAID_STATUSES.includes(payment.status) || !payment.stripePaymentIntentId) {
      throw badUserInput(`Only a paid payment can be refunded; this one is ${payment.status}.`, 'paymentId');
    }
    const pending = await manager.findBy(PaymentRefund, { paymentId: payment.id, status: RefundStatus.PENDING });
    return payment.amountMinor - payment.amountRefundedMinor - pending.reduce((sum, row) => sum + row.amountMinor, 0);
  }

  /** False when another request claimed the key first. */
  private async persistIntent(refund: PaymentRefund, requestedMinor: number | null, record: { key: string; requestHash: string }, actor: Viewer): Promise<boolean> {
    try {
      await this.database.transaction(async ({ manager }) => {
        const payment = (await lockedRow(manager, Payment, { id: refund.paymentId }))!;
        const refundableMinor = await this.refundableMinor(manager, payment);
        refund.amountMinor = requestedMinor ?? refundableMinor;
        if (refund.amountMinor < 1 || refund.amountMinor > refundableMinor) {
          throw badUserInput(`At most ${money(Math.max(refundableMinor, 0), payment.currency).formatted} of this payment can still be refunded.`, 'amount');
        }
        await this.idempotency.claim(manager, { ...record, subjectId: refund.id, actorUserId: actor.userId });
        await insertRow(manager, PaymentRefund, refund);
        await this.audit.record(manager, {
          actorUserId: actor.userId,
          action: AuditAction.PAYMENT_REFUND_REQUESTED,
          subjectType: 'Refund',
          subjectId: refund.id,
          amountMinor: refund.amountMinor,
          currency: refund.currency,
          details: { paymentId: payment.id, writerId: payment.writerId, reason: refund.reason, reverseTransfer: refund.reverseTransfer, refundApplicationFee: refund.refundApplicationFee },
        });
      });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /** A finished request's payment; a refund still unconfirmed is driven on (same Stripe key) first. */
  private async replay(key: string, requestHash: string): Promise<Payment | undefined> {
    const refundId = await this.idempotency.replay(key, requestHash);
    if (!refundId) return undefined;
    const refund = await this.database.manager.findOneByOrFail(PaymentRefund, { id: refundId });
    if (refund.status === RefundStatus.PENDING && !refund.stripeRefundId) {
      await this.submission.locks.run(refund.paymentId, () => this.submission.finishRefund(refundId, key)).catch((error: unknown) => {
        this.logger.warn({ err: error, refundId }, 'replayed refund not finished');
      });
      await this.idempotency.replay(key, requestHash);
    }
    return this.database.manager.findOneByOrFail(Payment, { id: refund.paymentId });
  }
}
