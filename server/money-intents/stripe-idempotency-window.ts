/**
 * Stripe keeps an idempotency key's result for 24 hours. A pending intent is retried with its
 * key only inside that window (with an hour's margin for clock skew); after it, a retry could
 * create a second object, so the gateway only reconciles.
 */
export const STRIPE_IDEMPOTENCY_WINDOW_MS = 23 * 60 * 60 * 1000;
