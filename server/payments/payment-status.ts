import { registerEnumType } from 'type-graphql';

export enum PaymentStatus {
  OPEN = 'OPEN',
  PROCESSING = 'PROCESSING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  EXPIRED = 'EXPIRED',
  PARTIALLY_REFUNDED = 'PARTIALLY_REFUNDED',
  REFUNDED = 'REFUNDED',
}

registerEnumType(PaymentStatus, {
  name: 'PaymentStatus',
  description: "Where a reader's payment for an answer stands, as Stripe's webhooks report it (never the browser's return).",
  valuesConfig: {
    OPEN: { description: 'The Checkout page is waiting for the reader.' },
    PROCESSING: { description: 'The reader paid with a method that confirms later (async_payment_succeeded or _failed follows).' },
    SUCCEEDED: { description: "Paid: the writer's share is in their Stripe balance, the fee in the platform's." },
    FAILED: { description: 'The payment did not go through; nothing was collected.' },
    EXPIRED: { description: 'The reader never paid and the Checkout Session expired.' },
    PARTIALLY_REFUNDED: { description: 'Paid, then part of it was refunded to the reader.' },
    REFUNDED: { description: 'Paid, then all of it was refunded to the reader.' },
  },
});

/** Where a session's payment stands before any refund: an order of its own, never going back. */
export enum SettlementStage {
  OPEN = 0,
  PROCESSING = 1,
  FINAL = 2,
}

const STAGE: Readonly<Record<PaymentStatus, SettlementStage>> = {
  [PaymentStatus.OPEN]: SettlementStage.OPEN,
  [PaymentStatus.PROCESSING]: SettlementStage.PROCESSING,
  [PaymentStatus.SUCCEEDED]: SettlementStage.FINAL,
  [PaymentStatus.FAILED]: SettlementStage.FINAL,
  [PaymentStatus.EXPIRED]: SettlementStage.FINAL,
  [PaymentStatus.PARTIALLY_REFUNDED]: SettlementStage.FINAL,
  [PaymentStatus.REFUNDED]: SettlementStage.FINAL,
};

export const PAID_STATUSES: readonly PaymentStatus[] = [PaymentStatus.SUCCEEDED, PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.REFUNDED];

/**
 * Stripe's events arrive in any order and more than once: a status only replaces one of an
 * earlier stage, and money received always wins over a failure or an expiry reported for the
 * same session (a charge we hold proves the reader paid).
 */
export function settledStatus(current: PaymentStatus, next: PaymentStatus): PaymentStatus {
  if (PAID_STATUSES.includes(current)) return current;
  if (next === PaymentStatus.SUCCEEDED) return next;
  return STAGE[next] > STAGE[current] ? next : current;
}

/** A paid payment's status follows from how much of it was refunded. */
export function paidStatusFor(amountMinor: number, amountRefundedMinor: number): PaymentStatus {
  if (amountRefundedMinor <= 0) return PaymentStatus.SUCCEEDED;
  return amountRefundedMinor >= amountMinor ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
}

export const PAYMENT_TRANSITIONS: Readonly<Record<PaymentStatus, readonly PaymentStatus[]>> = {
  [PaymentStatus.OPEN]: [PaymentStatus.PROCESSING, PaymentStatus.SUCCEEDED, PaymentStatus.FAILED, PaymentStatus.EXPIRED],
  [PaymentStatus.PROCESSING]: [PaymentStatus.SUCCEEDED, PaymentStatus.FAILED],
  [PaymentStatus.SUCCEEDED]: [PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.REFUNDED],
  [PaymentStatus.FAILED]: [],
  [PaymentStatus.EXPIRED]: [],
  [PaymentStatus.PARTIALLY_REFUNDED]: [PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.REFUNDED],
  [PaymentStatus.REFUNDED]: [],
};

export enum RefundStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  CANCELED = 'CANCELED',
}

registerEnumType(RefundStatus, {
  name: 'RefundStatus',
  description: 'Where a refund to the reader stands.',
  valuesConfig: {
    PENDING: { description: 'Recorded; Stripe has not confirmed it yet (a recovery pass finishes it with the same idempotency key).' },
    SUCCEEDED: { description: 'Returned to the reader.' },
    FAILED: { description: 'Stripe refused it or it failed; nothing was returned.' },
    CANCELED: { description: 'Canceled before it was returned.' },
  },
});

const REFUND_BY_STRIPE_STATUS: Readonly<Record<string, RefundStatus>> = {
  pending: RefundStatus.PENDING,
  requires_action: RefundStatus.PENDING,
  succeeded: RefundStatus.SUCCEEDED,
  failed: RefundStatus.FAILED,
  canceled: RefundStatus.CANCELED,
};

export function refundStatusOf(stripeStatus: string | null): RefundStatus {
  return REFUND_BY_STRIPE_STATUS[stripeStatus ?? ''] ?? RefundStatus.PENDING;
}

/** A refund's status only moves forward: a late `pending` never undoes a `succeeded`. */
export function refundSupersedes(next: RefundStatus, current: RefundStatus): boolean {
  return current === RefundStatus.PENDING && next !== RefundStatus.PENDING;
}

export enum RefundReason {
  DUPLICATE = 'duplicate',
  FRAUDULENT = 'fraudulent',
  REQUESTED_BY_CUSTOMER = 'requested_by_customer',
}

registerEnumType(RefundReason, { name: 'RefundReason', description: "Why the reader is refunded, in Stripe's terms." });
