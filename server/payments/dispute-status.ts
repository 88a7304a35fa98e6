import { describedEnum, type EnumValue } from '../graphql/described-enum';
import { Lifecycle } from '../money-intents/lifecycle';

export const DisputeStatus = describedEnum(
  'DisputeStatus',
  "Stripe's dispute status. The platform settles destination charges, so it answers (and pays for) their disputes.",
  ['WARNING_NEEDS_RESPONSE', 'WARNING_UNDER_REVIEW', 'WARNING_CLOSED', 'NEEDS_RESPONSE', 'UNDER_REVIEW', 'WON', 'LOST', 'PREVENTED'],
);

const OPEN = [DisputeStatus.WARNING_NEEDS_RESPONSE, DisputeStatus.NEEDS_RESPONSE];
const UNDER_REVIEW = [DisputeStatus.WARNING_UNDER_REVIEW, DisputeStatus.UNDER_REVIEW];
const CLOSED = [DisputeStatus.WARNING_CLOSED, DisputeStatus.WON, DisputeStatus.LOST, DisputeStatus.PREVENTED];

/**
 * A dispute's lifecycle, driven by Stripe alone. Events arrive in any order: a status only
 * replaces one of a lower rank (an answer given, then the bank's decision).
 */
export const DISPUTE_LIFECYCLE = new Lifecycle<DisputeStatus>({
  name: 'dispute',
  ranks: {
    [DisputeStatus.WARNING_NEEDS_RESPONSE]: 0,
    [DisputeStatus.NEEDS_RESPONSE]: 0,
    [DisputeStatus.WARNING_UNDER_REVIEW]: 1,
    [DisputeStatus.UNDER_REVIEW]: 1,
    [DisputeStatus.WARNING_CLOSED]: 2,
    [DisputeStatus.WON]: 2,
    [DisputeStatus.LOST]: 2,
    [DisputeStatus.PREVENTED]: 2,
  },
  moves: [...OPEN.map((from) => ({ from, to: [...UNDER_REVIEW, ...CLOSED] })), ...UNDER_REVIEW.map((from) => ({ from, to: CLOSED }))],
});
export type DisputeStatus = EnumValue<typeof DisputeStatus>;

/** Disputes waiting for the platform's evidence before their deadline. */
export const NEEDS_RESPONSE_STATUSES: readonly DisputeStatus[] = [DisputeStatus.NEEDS_RESPONSE, DisputeStatus.WARNING_NEEDS_RESPONSE];
