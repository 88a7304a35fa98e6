import type Stripe from 'stripe';
import { statusFromStripe } from '../stripe/stripe-statuses';
import { TopUpStatus } from './top-up-status';
import type { TopUp } from './top-up.entity';

/** What a Stripe top-up says, in our terms: the one place a Stripe Topup becomes ours. */
export interface TopUpFacts {
  stripeTopUpId: string;
  /** Our row's id, from the metadata we sent (absent for a top-up made elsewhere). */
  topUpId: string | null;
  status: TopUpStatus;
  expectedAvailabilityDate: Date | null;
  failureCode: string | null;
  failureMessage: string | null;
}

export function topUpFacts(stripeTopUp: Stripe.Topup): TopUpFacts {
  return {
    stripeTopUpId: stripeTopUp.id,
    topUpId: stripeTopUp.metadata?.top_up_id ?? null,
    // A status this version does not know stays PENDING.
    status: statusFromStripe(TopUpStatus, stripeTopUp.status, TopUpStatus.PENDING),
    expectedAvailabilityDate: stripeTopUp.expected_availability_date ? new Date(stripeTopUp.expected_availability_date * 1000) : null,
    failureCode: stripeTopUp.failure_code,
    failureMessage: stripeTopUp.failure_message,
  };
}

/** Stripe's request for the row; the metadata lets a lost answer be found again. */
export function topUpParams(topUp: TopUp): Stripe.TopupCreateParams {
  return {
    amount: topUp.amountMinor,
    currency: topUp.currency,
    ...(topUp.description ? { description: topUp.description } : {}),
    ...(topUp.statementDescriptor ? { statement_descriptor: topUp.statementDescriptor } : {}),
    ...(topUp.source ? { source: topUp.source } : {}),
    metadata: { top_up_id: topUp.id },
  };
}

/** Stripe's top-ups created since `sinceUnix`, to search for one whose creation answer was lost. */
export function topUpsSince(sinceUnix: number): Stripe.TopupListParams {
  return { created: { gte: sinceUnix }, limit: 100 };
}
