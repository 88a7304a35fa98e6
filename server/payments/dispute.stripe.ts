import type Stripe from 'stripe';
import { stripeIdOf } from '../stripe/stripe-ids';
import { statusFromStripe } from '../stripe/stripe-statuses';
import type { PaymentReference } from './payment-facts';
import { DisputeStatus } from './dispute-status';

/** What a Stripe dispute says, in our terms: the one place a Stripe Dispute becomes ours. */
export interface DisputeFacts {
  stripeDisputeId: string;
  reference: PaymentReference;
  chargeId: string | null;
  status: DisputeStatus;
  reason: string;
  amountMinor: number;
  currency: string;
  evidenceDueBy: Date | null;
}

export function disputeFacts(dispute: Stripe.Dispute): DisputeFacts {
  const chargeId = stripeIdOf(dispute.charge);
  const dueBy = dispute.evidence_details?.due_by;
  return {
    stripeDisputeId: dispute.id,
    reference: { paymentIntentId: stripeIdOf(dispute.payment_intent), chargeId },
    chargeId,
    // A status this version does not know is one waiting for an answer.
    status: statusFromStripe(DisputeStatus, dispute.status, DisputeStatus.NEEDS_RESPONSE),
    reason: dispute.reason,
    amountMinor: dispute.amount,
    currency: dispute.currency,
    evidenceDueBy: dueBy ? new Date(dueBy * 1000) : null,
  };
}
