import { recordBalanceTransaction } from '../balance/ledger.service';
import { invalidRequest } from '../kernel/errors';
import { emitEvent, eventAccountOf } from '../kernel/event.service';
import { newId } from '../kernel/ids';
import type { SandboxContext } from '../kernel/sandbox.context';
import type { Charge } from './charge.model';
import type { Dispute } from './dispute.model';
import { CHARGES, DISPUTES } from './payment.stores';
import { DISPUTE_FEE_MINOR } from './processing-fees';
import type { TestCard } from './test-cards';

/** Test disputes give a week to respond (until the end of that day, UTC), as Stripe's do. */
const EVIDENCE_DAYS = 7;
const DAY_SECONDS = 24 * 60 * 60;

export const EVIDENCE_FIELDS = [
  'access_activity_log',
  'billing_address',
  'cancellation_policy',
  'cancellation_policy_disclosure',
  'cancellation_rebuttal',
  'customer_communication',
  'customer_email_address',
  'customer_name',
  'customer_purchase_ip',
  'customer_signature',
  'duplicate_charge_documentation',
  'duplicate_charge_explanation',
  'duplicate_charge_id',
  'product_description',
  'receipt',
  'refund_policy',
  'refund_policy_disclosure',
  'refund_refusal_explanation',
  'service_date',
  'service_documentation',
  'shipping_address',
  'shipping_carrier',
  'shipping_date',
  'shipping_documentation',
  'shipping_tracking_number',
  'uncategorized_file',
  'uncategorized_text',
] as const;

/**
 * Stripe's dispute test cards open a dispute right after the charge succeeds. A dispute takes
 * the amount and the dispute fee from the balance of the account the charge was made on (for
 * a destination charge: the platform, which is liable); an inquiry takes nothing yet.
 */
export function openDisputeIfCardSaysSo(context: SandboxContext, charge: Charge, card: TestCard): Dispute | undefined {
  if (card.outcome.kind !== 'disputed') return undefined;
  const ownerId = context.state.of(CHARGES).ownerOf(charge.id)!;
  const now = context.clock.nowSeconds();
  const id = newId(DISPUTES.idPrefix);
  const inquiry = card.outcome.inquiry;
  const dispute: Dispute = {
    id,
    object: 'dispute',
    amount: charge.amount,
    balance_transactions: [],
    charge: charge.id,
    created: now,
    currency: charge.currency,
    evidence: Object.fromEntries(EVIDENCE_FIELDS.map((field) => [field, null])),
    evidence_details: {
      due_by: (Math.floor(now / DAY_SECONDS) + EVIDENCE_DAYS + 1) * DAY_SECONDS - 1,
      has_evidence: false,
      past_due: false,
      submission_count: 0,
    },
    is_charge_refundable: inquiry,
    livemode: false,
    metadata: {},
    payment_intent: charge.payment_intent,
    reason: card.outcome.reason,
    status: inquiry ? 'warning_needs_response' : 'needs_response',
  };
  charge.disputed = true;
  const account = eventAccountOf(context, ownerId);
  if (!inquiry) {
    const debit = recordBalanceTransaction(context, {
      accountId: ownerId,
      type: 'adjustment',
      amount: -charge.amount,
      currency: charge.currency,
      source: id,
      description: `Chargeback withdrawal for ${charge.id}`,
      status: 'available',
      feeDetails: [{ amount: DISPUTE_FEE_MINOR, application: null, currency: charge.currency, description: 'Dispute fee', type: 'stripe_fee' }],
    });
    dispute.balance_transactions.push(structuredClone(debit));
  }
  context.state.of(DISPUTES).insert(ownerId, dispute);
  emitEvent(context, { type: 'charge.dispute.created', object: dispute, account });
  if (!inquiry) emitEvent(context, { type: 'charge.dispute.funds_withdrawn', object: dispute, account });
  return dispute;
}

/** Evidence is kept as given; `submit` (default true, as on Stripe) sends it and puts the dispute under review. */
export function updateDispute(
  context: SandboxContext,
  dispute: Dispute,
  input: { evidence?: Record<string, string | null> | null; metadata?: Record<string, string>; submit?: boolean | null },
): Dispute {
  if (isClosed(dispute)) throw invalidRequest(`This dispute is already closed (${dispute.status}); its evidence can no longer be changed.`);
  const ownerId = context.state.of(DISPUTES).ownerOf(dispute.id)!;
  const previous = structuredClone({
    evidence: dispute.evidence,
    evidence_details: dispute.evidence_details,
    status: dispute.status,
    metadata: dispute.metadata,
  });
  if (input.evidence) dispute.evidence = { ...dispute.evidence, ...input.evidence };
  if (input.metadata) dispute.metadata = input.metadata;
  dispute.evidence_details.has_evidence = Object.values(dispute.evidence).some((value) => value !== null);
  if (input.submit ?? true) {
    dispute.evidence_details.submission_count += 1;
    dispute.status = dispute.status.startsWith('warning_') ? 'warning_under_review' : 'under_review';
  }
  emitEvent(context, { type: 'charge.dispute.updated', object: dispute, account: eventAccountOf(context, ownerId), previousAttributes: previous });
  return dispute;
}

/** Accepting a dispute: it is lost at once and the funds stay withdrawn. */
export function closeDispute(context: SandboxContext, dispute: Dispute): Dispute {
  if (isClosed(dispute)) throw invalidRequest(`This dispute is already closed (${dispute.status}).`);
  return resolveDispute(context, dispute, 'lost');
}

/** The card network's decision: won gives back the amount and fee; an inquiry simply closes. */
export function resolveDispute(context: SandboxContext, dispute: Dispute, outcome: 'won' | 'lost'): Dispute {
  if (isClosed(dispute)) throw invalidRequest(`This dispute is already closed (${dispute.status}).`);
  const ownerId = context.state.of(DISPUTES).ownerOf(dispute.id)!;
  const account = eventAccountOf(context, ownerId);
  const previousStatus = dispute.status;
  const inquiry = dispute.status.startsWith('warning_');
  dispute.status = inquiry ? 'warning_closed' : outcome;
  if (!inquiry && outcome === 'won') {
    const credit = recordBalanceTransaction(context, {
      accountId: ownerId,
      type: 'adjustment',
      amount: dispute.amount + DISPUTE_FEE_MINOR,
      currency: dispute.currency,
      source: dispute.id,
      description: `Chargeback reversal for ${dispute.charge}`,
      status: 'available',
    });
    dispute.balance_transactions.push(structuredClone(credit));
    emitEvent(context, { type: 'charge.dispute.funds_reinstated', object: dispute, account });
  }
  emitEvent(context, { type: 'charge.dispute.closed', object: dispute, account, previousAttributes: { status: previousStatus } });
  return dispute;
}

function isClosed(dispute: Dispute): boolean {
  return dispute.status === 'won' || dispute.status === 'lost' || dispute.status === 'warning_closed';
}
