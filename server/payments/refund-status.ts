import { registerEnumType } from 'type-graphql';
import { describedEnum, type EnumValue } from '../graphql/described-enum';
import { Lifecycle } from '../money-intents/lifecycle';

export const RefundStatus = describedEnum('RefundStatus', 'Where a refund to the reader stands.', {
  PENDING: 'Recorded; Stripe has not confirmed it yet (a recovery pass finishes it with the same idempotency key).',
  SUCCEEDED: 'Returned to the reader.',
  FAILED: 'Stripe refused it or it failed; nothing was returned.',
  CANCELED: 'Canceled before it was returned.',
});

/** A refund's lifecycle: it only moves forward, so a late `pending` never undoes a `succeeded`. */
export const REFUND_LIFECYCLE = new Lifecycle<RefundStatus>({
  name: 'refund',
  ranks: { [RefundStatus.PENDING]: 0, [RefundStatus.SUCCEEDED]: 1, [RefundStatus.FAILED]: 1, [RefundStatus.CANCELED]: 1 },
  moves: [{ from: RefundStatus.PENDING, to: [RefundStatus.SUCCEEDED, RefundStatus.FAILED, RefundStatus.CANCELED] }],
});
export type RefundStatus = EnumValue<typeof RefundStatus>;

export enum RefundReason {
  DUPLICATE = 'duplicate',
  FRAUDULENT = 'fraudulent',
  REQUESTED_BY_CUSTOMER = 'requested_by_customer',
}

registerEnumType(RefundReason, { name: 'RefundReason', description: "Why the reader is refunded, in Stripe's terms." });
