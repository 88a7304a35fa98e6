import type Stripe from 'stripe';
import { registerEnumType } from 'type-graphql';

export enum PayoutStatus {
  PENDING = 'PENDING',
  IN_TRANSIT = 'IN_TRANSIT',
  PAID = 'PAID',
  FAILED = 'FAILED',
  CANCELED = 'CANCELED',
}

registerEnumType(PayoutStatus, {
  name: 'PayoutStatus',
  description: "Where a payout of a writer's Stripe balance to their bank stands, as Stripe reports it.",
  valuesConfig: {
    PENDING: { description: 'Made; not yet sent to the bank.' },
    IN_TRANSIT: { description: 'Sent to the bank; it arrives on arrivalDate.' },
    PAID: { description: 'Stripe expects it in the bank account (a bank may still return it: it then turns FAILED).' },
    FAILED: { description: 'The bank refused it; the funds are back in the writer’s Stripe balance (see failureCode).' },
    CANCELED: { description: 'Canceled before it left; the funds are back in the balance.' },
  },
});

// Events arrive in any order and more than once: a status only replaces one of lower rank.
// Stripe can mark a payout paid and later failed (a bank returning it), never the other way.
const RANK: Readonly<Record<PayoutStatus, number>> = {
  [PayoutStatus.PENDING]: 0,
  [PayoutStatus.IN_TRANSIT]: 1,
  [PayoutStatus.PAID]: 2,
  [PayoutStatus.FAILED]: 3,
  [PayoutStatus.CANCELED]: 3,
};

/** Whether `next` may replace `current` (a later state of the same payout). */
export function payoutStatusAdvances(next: PayoutStatus, current: PayoutStatus): boolean {
  return RANK[next] > RANK[current];
}

export function payoutStatusSame(next: PayoutStatus, current: PayoutStatus): boolean {
  return RANK[next] === RANK[current];
}

const BY_STRIPE_STATUS: Readonly<Record<string, PayoutStatus>> = {
  pending: PayoutStatus.PENDING,
  in_transit: PayoutStatus.IN_TRANSIT,
  paid: PayoutStatus.PAID,
  failed: PayoutStatus.FAILED,
  canceled: PayoutStatus.CANCELED,
};

/** Stripe's status as ours; a status this version does not know stays PENDING. */
export function payoutStatusOf(status: Stripe.Payout['status']): PayoutStatus {
  return BY_STRIPE_STATUS[status] ?? PayoutStatus.PENDING;
}
