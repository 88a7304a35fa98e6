import { describedEnum, type EnumValue } from '../graphql/described-enum';
import { Lifecycle } from '../money-intents/lifecycle';

export const TransferStatus = describedEnum('TransferStatus', 'Where a transfer to a writer stands.', {
  PENDING: 'Recorded; Stripe has not confirmed it yet (a recovery pass finishes it with the same idempotency key).',
  PAID: "In the writer's Stripe balance.",
  FAILED: 'Stripe refused it; nothing was paid.',
  PARTIALLY_REVERSED: 'Part of it was taken back.',
  REVERSED: 'All of it was taken back.',
});

/**
 * A transfer's lifecycle. Once Stripe has it, its status follows from how much of it was
 * reversed (`paidStatusFor`), which only grows, so a late or repeated answer changes nothing.
 */
export const TRANSFER_LIFECYCLE = new Lifecycle<TransferStatus>({
  name: 'transfer',
  ranks: {
    [TransferStatus.PENDING]: 0,
    [TransferStatus.FAILED]: 1,
    [TransferStatus.PAID]: 1,
    [TransferStatus.PARTIALLY_REVERSED]: 2,
    [TransferStatus.REVERSED]: 3,
  },
  moves: [
    { from: TransferStatus.PENDING, to: [TransferStatus.PAID, TransferStatus.FAILED] },
    { from: TransferStatus.PAID, to: [TransferStatus.PARTIALLY_REVERSED, TransferStatus.REVERSED] },
    { from: TransferStatus.PARTIALLY_REVERSED, to: [TransferStatus.PARTIALLY_REVERSED, TransferStatus.REVERSED] },
    // Stripe's first answer came after reversals made on Stripe.
    { from: TransferStatus.PENDING, to: [TransferStatus.PARTIALLY_REVERSED, TransferStatus.REVERSED], late: true },
    // Failed by the gateway (no answer within the key's window, or a refusal), yet Stripe has it.
    { from: TransferStatus.FAILED, to: [TransferStatus.PAID, TransferStatus.PARTIALLY_REVERSED, TransferStatus.REVERSED], late: true },
  ],
});
export type TransferStatus = EnumValue<typeof TransferStatus>;

export const REVERSIBLE_STATUSES: readonly TransferStatus[] = [TransferStatus.PAID, TransferStatus.PARTIALLY_REVERSED];

/** A paid transfer's status follows from how much of it was reversed. */
export function paidStatusFor(amountMinor: number, amountReversedMinor: number): TransferStatus {
  if (amountReversedMinor <= 0) return TransferStatus.PAID;
  return amountReversedMinor >= amountMinor ? TransferStatus.REVERSED : TransferStatus.PARTIALLY_REVERSED;
}

export const ReversalStatus = describedEnum('ReversalStatus', 'Where a transfer reversal stands.', {
  PENDING: 'Recorded; Stripe has not confirmed it yet.',
  SUCCEEDED: 'The amount is back in the platform balance.',
  FAILED: 'Stripe refused it.',
});

/** A reversal's lifecycle; one made outside the gateway is recorded SUCCEEDED from the start. */
export const REVERSAL_LIFECYCLE = new Lifecycle<ReversalStatus>({
  name: 'transfer reversal',
  ranks: { [ReversalStatus.PENDING]: 0, [ReversalStatus.SUCCEEDED]: 1, [ReversalStatus.FAILED]: 1 },
  moves: [
    { from: ReversalStatus.PENDING, to: [ReversalStatus.SUCCEEDED, ReversalStatus.FAILED] },
    // Failed by the gateway, yet Stripe made it.
    { from: ReversalStatus.FAILED, to: [ReversalStatus.SUCCEEDED], late: true },
  ],
});
export type ReversalStatus = EnumValue<typeof ReversalStatus>;
