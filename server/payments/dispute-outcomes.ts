import { randomUUID } from 'node:crypto';
import type Stripe from 'stripe';
import { AuditAction } from '../audit/audit-action';
import type { AuditInput, AuditService } from '../audit/audit.service';
import type { Database, Transaction } from '../db/database';
import { insertRow } from '../db/insert-row';
import { lockedRow } from '../db/row-lock';
import type { StatusMoves } from '../money-intents/move-status';
import { DISPUTE_LIFECYCLE } from './dispute-status';
import { type DisputeFacts, disputeFacts } from './dispute.stripe';
import { Dispute } from './dispute.entity';
import type { PaymentOutcomes } from './payment-outcomes';
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
    private readonly statuses: StatusMoves<AuditInput>,
    private readonly payments: PaymentOutcomes,
    private readonly audit: AuditService,
  ) {}

  async applyStripeDispute(stripeDispute: Stripe.Dispute): Promise<Payment | null> {
    const facts = disputeFacts(stripeDispute);
    const paymentId = await this.payments.locate(facts.reference);
    if (!paymentId) return null;
    return this.database.transaction(async (transaction) => {
      const { manager, afterCommit } = transaction;
      const payment = (await lockedRow(manager, Payment, { id: paymentId }))!;
      if (!(await this.record(transaction, paymentId, facts))) return payment;
      // Published once, by touch, after the dispute's own change.
      await this.payments.change({ manager, afterCommit: () => undefined }, payment, { status: PaymentStatus.SUCCEEDED, stripeChargeId: facts.chargeId });
      await this.payments.touch(manager, payment, afterCommit);
      return payment;
    });
  }

  /** False when the dispute row already says all of this. */
  private async record(transaction: Transaction, paymentId: string, facts: DisputeFacts): Promise<boolean> {
    const { manager } = transaction;
    const existing = await manager.findOneBy(Dispute, { stripeDisputeId: facts.stripeDisputeId });
    if (!existing) {
      await insertRow(manager, Dispute, {
        id: randomUUID(),
        paymentId,
        stripeDisputeId: facts.stripeDisputeId,
        status: facts.status,
        reason: facts.reason,
        amountMinor: facts.amountMinor,
        currency: facts.currency,
        evidenceDueBy: facts.evidenceDueBy,
        createdAt: new Date(),
        updatedAt: new Date(),
      });
      await this.audit.record(manager, disputed(paymentId, facts));
      return true;
    }
    const moves = DISPUTE_LIFECYCLE.supersedes(facts.status, existing.status);
    if (!moves && existing.evidenceDueBy?.getTime() === facts.evidenceDueBy?.getTime()) return false;
    await this.statuses.moveStatus(transaction, {
      lifecycle: DISPUTE_LIFECYCLE,
      entity: Dispute,
      row: existing,
      to: moves ? facts.status : existing.status,
      set: { evidenceDueBy: facts.evidenceDueBy ?? existing.evidenceDueBy },
    });
    return true;
  }
}

function disputed(paymentId: string, facts: DisputeFacts): AuditInput {
  return {
    actorUserId: null,
    action: AuditAction.PAYMENT_DISPUTED,
    subjectType: 'Dispute',
    subjectId: facts.stripeDisputeId,
    amountMinor: facts.amountMinor,
    currency: facts.currency,
    details: { paymentId, reason: facts.reason, evidenceDueBy: facts.evidenceDueBy?.toISOString() ?? null },
  };
}
