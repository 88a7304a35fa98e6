import type Stripe from 'stripe';
import { registerEnumType } from 'type-graphql';

export enum TopUpStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  CANCELED = 'CANCELED',
  REVERSED = 'REVERSED',
}

registerEnumType(TopUpStatus, {
  name: 'TopUpStatus',
  description: "Where a top-up stands, as Stripe reports it. Settlement takes days on Stripe.",
  valuesConfig: {
    PENDING: { description: 'The bank debit has not settled yet; it can still be canceled.' },
    SUCCEEDED: { description: 'The funds are in the platform balance.' },
    FAILED: { description: 'The bank debit failed; see failureCode.' },
    CANCELED: { description: 'Canceled before it settled.' },
    REVERSED: { description: 'Settled, then taken back.' },
  },
});

/** The moves a console may offer (Vendure's `nextStates`). */
export const TOP_UP_TRANSITIONS: Readonly<Record<TopUpStatus, readonly TopUpStatus[]>> = {
  [TopUpStatus.PENDING]: [TopUpStatus.SUCCEEDED, TopUpStatus.FAILED, TopUpStatus.CANCELED],
  [TopUpStatus.SUCCEEDED]: [TopUpStatus.REVERSED],
  [TopUpStatus.FAILED]: [],
  [TopUpStatus.CANCELED]: [],
  [TopUpStatus.REVERSED]: [],
};

// Stripe's events arrive in any order: a status only replaces one of lower rank, so an older
// event never undoes a newer one (and a missed `succeeded` does not block `reversed`).
const RANK: Readonly<Record<TopUpStatus, number>> = {
  [TopUpStatus.PENDING]: 0,
  [TopUpStatus.SUCCEEDED]: 1,
  [TopUpStatus.FAILED]: 2,
  [TopUpStatus.CANCELED]: 2,
  [TopUpStatus.REVERSED]: 2,
};

export function supersedes(next: TopUpStatus, current: TopUpStatus): boolean {
  return RANK[next] > RANK[current];
}

const BY_STRIPE_STATUS: Readonly<Record<string, TopUpStatus>> = {
  pending: TopUpStatus.PENDING,
  succeeded: TopUpStatus.SUCCEEDED,
  failed: TopUpStatus.FAILED,
  canceled: TopUpStatus.CANCELED,
  reversed: TopUpStatus.REVERSED,
};

/** Stripe's status as ours; a status this version does not know stays PENDING. */
export function topUpStatusOf(status: Stripe.Topup.Status): TopUpStatus {
  return BY_STRIPE_STATUS[status] ?? TopUpStatus.PENDING;
}
