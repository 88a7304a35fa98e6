import { registerEnumType } from 'type-graphql';

export enum DisputeStatus {
  WARNING_NEEDS_RESPONSE = 'WARNING_NEEDS_RESPONSE',
  WARNING_UNDER_REVIEW = 'WARNING_UNDER_REVIEW',
  WARNING_CLOSED = 'WARNING_CLOSED',
  NEEDS_RESPONSE = 'NEEDS_RESPONSE',
  UNDER_REVIEW = 'UNDER_REVIEW',
  WON = 'WON',
  LOST = 'LOST',
  PREVENTED = 'PREVENTED',
}

registerEnumType(DisputeStatus, {
  name: 'DisputeStatus',
  description: "Stripe's dispute status. The platform settles destination charges, so it answers (and pays for) their disputes.",
});

// Events arrive in any order: a status only replaces one of a lower rank (an answer given,
// then the bank's decision).
const RANK: Readonly<Record<DisputeStatus, number>> = {
  [DisputeStatus.WARNING_NEEDS_RESPONSE]: 0,
  [DisputeStatus.NEEDS_RESPONSE]: 0,
  [DisputeStatus.WARNING_UNDER_REVIEW]: 1,
  [DisputeStatus.UNDER_REVIEW]: 1,
  [DisputeStatus.WARNING_CLOSED]: 2,
  [DisputeStatus.WON]: 2,
  [DisputeStatus.LOST]: 2,
  [DisputeStatus.PREVENTED]: 2,
};

export const disputeSupersedes = (next: DisputeStatus, current: DisputeStatus): boolean => RANK[next] > RANK[current];

/** Disputes waiting for the platform's evidence before their deadline. */
export const NEEDS_RESPONSE_STATUSES: readonly DisputeStatus[] = [DisputeStatus.NEEDS_RESPONSE, DisputeStatus.WARNING_NEEDS_RESPONSE];

export function disputeStatusOf(stripeStatus: string): DisputeStatus {
  const status = stripeStatus.toUpperCase() as DisputeStatus;
  return Object.values(DisputeStatus).includes(status) ? status : DisputeStatus.NEEDS_RESPONSE;
}
