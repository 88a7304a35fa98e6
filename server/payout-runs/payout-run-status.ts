import { describedEnum, type EnumValue } from '../graphql/described-enum';
import { Lifecycle } from '../money-intents/lifecycle';

export const PayoutRunStatus = describedEnum(
  'PayoutRunStatus',
  'DRAFT (created, awaiting approval by another member) → APPROVED → EXECUTING → COMPLETED or COMPLETED_WITH_FAILURES (retry sends the failed items again); DRAFT or APPROVED → CANCELED.',
  ['DRAFT', 'APPROVED', 'EXECUTING', 'COMPLETED', 'COMPLETED_WITH_FAILURES', 'CANCELED'],
);

export const PayoutItemStatus = describedEnum('PayoutItemStatus', 'One writer’s item of a payout run.', [
  /** To be sent (or sent, Stripe not yet confirmed). */
  'PENDING',
  /** The writer cannot receive transfers: not sent; their payable balance waits for a later run. */
  'HELD',
  'PAID',
  'FAILED',
]);

/** A payout run's lifecycle: maker-checker approval, then any number of instances send it. */
export const PAYOUT_RUN_LIFECYCLE = new Lifecycle<PayoutRunStatus>({
  name: 'payout run',
  ranks: {
    [PayoutRunStatus.DRAFT]: 0,
    [PayoutRunStatus.APPROVED]: 1,
    [PayoutRunStatus.EXECUTING]: 2,
    [PayoutRunStatus.COMPLETED]: 3,
    [PayoutRunStatus.COMPLETED_WITH_FAILURES]: 3,
    [PayoutRunStatus.CANCELED]: 3,
  },
  moves: [
    { from: PayoutRunStatus.DRAFT, to: [PayoutRunStatus.APPROVED, PayoutRunStatus.CANCELED] },
    { from: PayoutRunStatus.APPROVED, to: [PayoutRunStatus.EXECUTING, PayoutRunStatus.CANCELED] },
    { from: PayoutRunStatus.EXECUTING, to: [PayoutRunStatus.COMPLETED, PayoutRunStatus.COMPLETED_WITH_FAILURES] },
    // retryPayoutRunItems sends the failed items again.
    { from: PayoutRunStatus.COMPLETED_WITH_FAILURES, to: [PayoutRunStatus.EXECUTING] },
  ],
});
export type PayoutRunStatus = EnumValue<typeof PayoutRunStatus>;

/** An item follows its transfer; HELD items are never sent by their run. */
export const PAYOUT_ITEM_LIFECYCLE = new Lifecycle<PayoutItemStatus>({
  name: 'payout item',
  ranks: { [PayoutItemStatus.PENDING]: 0, [PayoutItemStatus.HELD]: 0, [PayoutItemStatus.PAID]: 1, [PayoutItemStatus.FAILED]: 1 },
  moves: [
    { from: PayoutItemStatus.PENDING, to: [PayoutItemStatus.PAID, PayoutItemStatus.FAILED] },
    // A retry of the run sends a failed item again, as a new transfer.
    { from: PayoutItemStatus.FAILED, to: [PayoutItemStatus.PENDING] },
    // Its transfer, failed by the gateway, turned out paid on Stripe.
    { from: PayoutItemStatus.FAILED, to: [PayoutItemStatus.PAID], late: true },
  ],
});
export type PayoutItemStatus = EnumValue<typeof PayoutItemStatus>;
