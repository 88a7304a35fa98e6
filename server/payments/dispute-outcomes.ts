import { randomUUID } from 'node:crypto';
import type Stripe from 'stripe';
import { AuditAction } from '../audit/audit-action';
import type { AuditService } from '../audit/audit.service';
import type { Database } from '../db/database';
import { insertRow } from '../db/insert-row';
import { lockedRow } from '../db/row-lock';
import { disputeStatusOf, disputeSupersedes } from './dispute-status';
import { Dispute } from './dispute.entity';
import { type PaymentOutcomes, stripeIdOf } from './payment-outcomes';
import { PaymentStatus } from './payment-status';
import { Payment } from './payment.entity';

/**
 * charge.dispute.* events: one row per Stripe dispute, its status only moving forward, its
 * deadline kept current. A dispute proves the charge was paid, so it also settles the payment.
 * Published to subscribers the moment it is committed: the platform answers disputes.
 */
export class DisputeOutcomes {
  constructor(
    private readonly database: Database,
    private readonly payments: PaymentOutcomes,
    private readonly audit: AuditService,
  ) {}

  async applyStripeDispute(stripeDispute: Stripe.Dispute): Promise<Payment | null> {
    const paymentId = await this.payments.locate({ paymentIntentId: stripeIdOf(stripeDispute.payment_intent), chargeId: stripeIdOf(stripeDispute.charge) });
    if (!paymentId) return null;
    return this.database.transaction(async ({ manager, afterCommit }) => {
      const payment = (await lockedRow(manager, Payment, { id: paymentId }))!;
      const status = disputeStatusOf(stripeDispute.status);
      const dueBy = stripeDispute.evidence_details?.due_by ? new Date(stripeDispute.evidence_details.due_by * 1000) : null;
      const existing = await manager.findOneBy(Dispute, { stripeDisputeId: stripeDispute.id });
      if (!existing) {
        await insertRow(manager, Dispute, {
          id: randomUUID(),
          paymentId,
          stripeDisputeId: stripeDispute.id,
          status,
          reason: stripeDispute.reason,
          amountMinor: stripeDispute.amount,
          currency: stripeDispute.currency,
          evidenceDueBy: dueBy,
          createdAt: new Date(),
          updatedAt: new Date(),
        });
        await this.audit.record(manager, {
          actorUserId: null,
          action: AuditAction.PAYMENT_DISPUTED,
          subjectType: 'Dispute',
          subjectId: stripeDispute.id,
          amountMinor: stripeDispute.amount,
          currency: stripeDispute.currency,
          details: { paymentId, reason: stripeDispute.reason, evidenceDueBy: dueBy?.toISOString() ?? null },
        });
      } else if (disputeSupersedes(status, existing.status) || existing.evidenceDueBy?.getTime() !== dueBy?.getTime()) {
        const moved = disputeSupersedes(status, existing.status) ? status : existing.status;
        await manager.update(Dispute, { id: existing.id }, { status: moved, evidenceDueBy: dueBy ?? existing.evidenceDueBy, updatedAt: new Date() });
      } else {
        return payment;
      }
      await this.payments.change(manager, payment, { status: PaymentStatus.SUCCEEDED, stripeChargeId: stripeIdOf(stripeDispute.charge) }, () => undefined);
      await this.payments.touch(manager, payment, afterCommit);
      return payment;
    });
  }
}
