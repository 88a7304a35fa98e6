import type Stripe from 'stripe';
import { statusFromStripe } from '../stripe/stripe-statuses';
import { PayoutStatus } from './payout-status';

/** What a Stripe payout says, in our terms: the one place a Stripe Payout becomes ours. */
export interface PayoutFacts {
  stripePayoutId: string;
  amountMinor: number;
  currency: string;
  status: PayoutStatus;
  arrivalDate: Date;
  automatic: boolean;
  failureCode: string | null;
  failureMessage: string | null;
  destination: string | null;
  /** Known when Stripe expanded the destination; otherwise looked up once. */
  bankLast4: string | null;
  createdAt: Date;
}

export function payoutFacts(payout: Stripe.Payout): PayoutFacts {
  const destination = payout.destination;
  const expanded = destination && typeof destination === 'object' ? destination : null;
  return {
    stripePayoutId: payout.id,
    amountMinor: payout.amount,
    currency: payout.currency,
    // A status this version does not know stays PENDING.
    status: statusFromStripe(PayoutStatus, payout.status, PayoutStatus.PENDING),
    arrivalDate: new Date(payout.arrival_date * 1000),
    automatic: payout.automatic,
    failureCode: payout.failure_code ?? null,
    failureMessage: payout.failure_message ?? null,
    destination: typeof destination === 'string' ? destination : (expanded?.id ?? null),
    bankLast4: expanded && 'last4' in expanded ? expanded.last4 : null,
    createdAt: new Date(payout.created * 1000),
  };
}
