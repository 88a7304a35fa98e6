import { registerEnumType } from 'type-graphql';

export enum PayoutRunStatus {
  DRAFT = 'DRAFT',
  APPROVED = 'APPROVED',
  EXECUTING = 'EXECUTING',
  COMPLETED = 'COMPLETED',
  COMPLETED_WITH_FAILURES = 'COMPLETED_WITH_FAILURES',
  CANCELED = 'CANCELED',
}

export enum PayoutItemStatus {
  /** To be sent (or sent, Stripe not yet confirmed). */
  PENDING = 'PENDING',
  /** The writer cannot receive transfers: not sent; their payable balance waits for a later run. */
  HELD = 'HELD',
  PAID = 'PAID',
  FAILED = 'FAILED',
}

registerEnumType(PayoutRunStatus, {
  name: 'PayoutRunStatus',
  description: 'DRAFT (created, awaiting approval by another member) → APPROVED → EXECUTING → COMPLETED or COMPLETED_WITH_FAILURES (retry sends the failed items again); DRAFT or APPROVED → CANCELED.',
});
registerEnumType(PayoutItemStatus, { name: 'PayoutItemStatus', description: 'One writer’s item of a payout run.' });

/** Which actions each status allows: the console shows only these. */
export const PAYOUT_RUN_TRANSITIONS: Record<PayoutRunStatus, readonly PayoutRunStatus[]> = {
  [PayoutRunStatus.DRAFT]: [PayoutRunStatus.APPROVED, PayoutRunStatus.CANCELED],
  [PayoutRunStatus.APPROVED]: [PayoutRunStatus.EXECUTING, PayoutRunStatus.CANCELED],
  [PayoutRunStatus.EXECUTING]: [PayoutRunStatus.COMPLETED, PayoutRunStatus.COMPLETED_WITH_FAILURES],
  [PayoutRunStatus.COMPLETED]: [],
  [PayoutRunStatus.COMPLETED_WITH_FAILURES]: [PayoutRunStatus.EXECUTING],
  [PayoutRunStatus.CANCELED]: [],
};
