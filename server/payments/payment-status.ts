import { describedEnum, type EnumValue } from '../graphql/described-enum';
import { Lifecycle } from '../money-intents/lifecycle';

export const PaymentStatus = describedEnum(
  'PaymentStatus',
  "Where a reader's payment for an answer stands, as Stripe's webhooks report it (never the browser's return).",
  {
    OPEN: 'The Checkout page is waiting for the reader.',
    PROCESSING: 'The reader paid with a method that confirms later (async_payment_succeeded or _failed follows).',
    SUCCEEDED: "Paid: the writer's share is in their Stripe balance, the fee in the platform's.",
    FAILED: 'The payment did not go through; nothing was collected.',
    EXPIRED: 'The reader never paid and the Checkout Session expired.',
    PARTIALLY_REFUNDED: 'Paid, then part of it was refunded to the reader.',
    REFUNDED: 'Paid, then all of it was refunded to the reader.',
  },
);

export const PAID_STATUSES: readonly PaymentStatus[] = [PaymentStatus.SUCCEEDED, PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.REFUNDED];

/**
 * A payment's lifecycle. Only Stripe's events move it (never the reader's browser coming back);
 * they arrive in any order and more than once, so a status only replaces one of a lower rank,
 * and once paid its status follows from how much of it was refunded, which only grows.
 */
export const PAYMENT_LIFECYCLE = new Lifecycle<PaymentStatus>({
  name: 'payment',
  ranks: {
    [PaymentStatus.OPEN]: 0,
    [PaymentStatus.PROCESSING]: 1,
    [PaymentStatus.SUCCEEDED]: 2,
    [PaymentStatus.FAILED]: 2,
    [PaymentStatus.EXPIRED]: 2,
    [PaymentStatus.PARTIALLY_REFUNDED]: 3,
    [PaymentStatus.REFUNDED]: 4,
  },
  moves: [
    { from: PaymentStatus.OPEN, to: [PaymentStatus.PROCESSING, PaymentStatus.SUCCEEDED, PaymentStatus.FAILED, PaymentStatus.EXPIRED] },
    { from: PaymentStatus.PROCESSING, to: [PaymentStatus.SUCCEEDED, PaymentStatus.FAILED] },
    { from: PaymentStatus.SUCCEEDED, to: [PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.REFUNDED] },
    { from: PaymentStatus.PARTIALLY_REFUNDED, to: [PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.REFUNDED] },
    // The session expired while an async payment was still confirming.
    { from: PaymentStatus.PROCESSING, to: [PaymentStatus.EXPIRED], late: true },
    // Money received wins over a failure or an expiry reported for the same session.
    { from: PaymentStatus.FAILED, to: [PaymentStatus.SUCCEEDED], late: true },
    { from: PaymentStatus.EXPIRED, to: [PaymentStatus.SUCCEEDED], late: true },
    // The first word of the payment came after refunds of it.
    { from: PaymentStatus.OPEN, to: [PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.REFUNDED], late: true },
    { from: PaymentStatus.PROCESSING, to: [PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.REFUNDED], late: true },
    { from: PaymentStatus.FAILED, to: [PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.REFUNDED], late: true },
    { from: PaymentStatus.EXPIRED, to: [PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.REFUNDED], late: true },
  ],
});
export type PaymentStatus = EnumValue<typeof PaymentStatus>;

/**
 * Where a status Stripe reported leaves the payment before any refund: a paid payment stays
 * paid, money received always wins (a charge we hold proves the reader paid), and anything else
 * only replaces a status of a lower rank.
 */
export function settledStatus(current: PaymentStatus, next: PaymentStatus): PaymentStatus {
  if (PAID_STATUSES.includes(current)) return current;
  if (next === PaymentStatus.SUCCEEDED) return next;
  return PAYMENT_LIFECYCLE.supersedes(next, current) ? next : current;
}

/** A paid payment's status follows from how much of it was refunded. */
export function paidStatusFor(amountMinor: number, amountRefundedMinor: number): PaymentStatus {
  if (amountRefundedMinor <= 0) return PaymentStatus.SUCCEEDED;
  return amountRefundedMinor >= amountMinor ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
}
