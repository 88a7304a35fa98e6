/**
 * Stripe keeps an idempotency key's result for 24 hours. A pending intent is retried with its
 * key only inside that window (with an hour's margin for clock skew); after it, a retry could
 * create a second object, so the gateway only reconciles.
 */
export const STRIPE_IDEMPOTENCY_WINDOW_MS = 23 * 60 * 60 * 1000;

/** True while a retry with the row's key still reaches the object Stripe made for it, if any. */
export function isWithinKeyWindow(createdAt: Date): boolean {
  return Date.now() - createdAt.getTime() < STRIPE_IDEMPOTENCY_WINDOW_MS;
}
