import Stripe from 'stripe';
import { AppError, ErrorCode } from '../graphql/errors';

/** Stripe's refusal or failure as a STRIPE_ERROR the client can show, with Stripe's request id. */
export function stripeFailure(error: unknown, action: string): AppError {
  if (error instanceof Stripe.errors.StripeError) {
    const unreachable = error instanceof Stripe.errors.StripeConnectionError;
    const message = unreachable ? `Stripe could not be reached while trying to ${action}; try again.` : `Stripe refused to ${action}: ${error.message}`;
    return new AppError(ErrorCode.StripeError, message, {
      stripeRequestId: error.requestId ?? null,
      stripeCode: error.code ?? null,
      retryable: isUnknownOutcome(error),
    });
  }
  return new AppError(ErrorCode.StripeError, `Stripe could not ${action}; try again.`, { stripeRequestId: null, stripeCode: null, retryable: true });
}

/**
 * True when we cannot know whether Stripe did the work: the connection failed or timed out, Stripe
 * answered 5xx, or an idempotent request with the same key is still in flight (409). The same
 * request must be retried with the same idempotency key, never a new one.
 */
export function isUnknownOutcome(error: unknown): boolean {
  if (!(error instanceof Stripe.errors.StripeError)) return true;
  if (error instanceof Stripe.errors.StripeConnectionError) return true;
  const status = error.statusCode ?? 0;
  return status >= 500 || status === 409 || status === 429;
}

export function stripeErrorCode(error: unknown): string | undefined {
  return error instanceof Stripe.errors.StripeError ? error.code : undefined;
}
