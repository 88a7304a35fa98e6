import { registerEnumType } from 'type-graphql';

export enum TransferStatus {
  PENDING = 'PENDING',
  PAID = 'PAID',
  FAILED = 'FAILED',
  PARTIALLY_REVERSED = 'PARTIALLY_REVERSED',
  REVERSED = 'REVERSED',
}

registerEnumType(TransferStatus, {
  name: 'TransferStatus',
  description: 'Where a transfer to a writer stands.',
  valuesConfig: {
    PENDING: { description: 'Recorded; Stripe has not confirmed it yet (a recovery pass finishes it with the same idempotency key).' },
    PAID: { description: "In the writer's Stripe balance." },
    FAILED: { description: 'Stripe refused it; nothing was paid.' },
    PARTIALLY_REVERSED: { description: 'Part of it was taken back.' },
    REVERSED: { description: 'All of it was taken back.' },
  },
});

export const TRANSFER_TRANSITIONS: Readonly<Record<TransferStatus, readonly TransferStatus[]>> = {
  [TransferStatus.PENDING]: [TransferStatus.PAID, TransferStatus.FAILED],
  [TransferStatus.PAID]: [TransferStatus.PARTIALLY_REVERSED, TransferStatus.REVERSED],
  [TransferStatus.FAILED]: [],
  [TransferStatus.PARTIALLY_REVERSED]: [TransferStatus.PARTIALLY_REVERSED, TransferStatus.REVERSED],
  [TransferStatus.REVERSED]: [],
};

export const REVERSIBLE_STATUSES: readonly TransferStatus[] = [TransferStatus.PAID, TransferStatus.PARTIALLY_REVERSED];

/** A paid transfer's status follows from how much of it was reversed. */
export function paidStatusFor(amountMinor: number, amountReversedMinor: number): TransferStatus {
  if (amountReversedMinor <= 0) return TransferStatus.PAID;
  return amountReversedMinor >= amountMinor ? TransferStatus.REVERSED : TransferStatus.PARTIALLY_REVERSED;
}

export enum ReversalStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

registerEnumType(ReversalStatus, {
  name: 'ReversalStatus',
  description: 'Where a transfer reversal stands.',
  valuesConfig: {
    PENDING: { description: 'Recorded; Stripe has not confirmed it yet.' },
    SUCCEEDED: { description: 'The amount is back in the platform balance.' },
    FAILED: { description: 'Stripe refused it.' },
  },
});
