import Stripe from 'stripe';
import { AppError, ErrorCode } from '../errors/errors';

/** Stripe's refusal or failure as a STRIPE_ERROR the client can show, with Stripe's request id. */
export function stripeFailure(error: unknown, action: string): AppError {
  if (error instanceof Stripe.errors.StripeError) {
    const message =
      error instanceof Stripe.errors.StripeConnectionError
        ? `Stripe could not be reached while trying to ${action}; try again.`
        : isUnknownOutcome(error)
          ? `Stripe did not confirm whether it could ${action} (${error.message}); try again.`
          : `Stripe refused to ${action}: ${error.message}`;
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
 * answered 5xx, an idempotent request with the same key is still in flight (409), or the answer
 * carried no status Stripe gives to a refusal (a proxy's error page, a body that is not Stripe's
 * JSON). Only a definite 4xx refusal means nothing was done. The same request must be retried
 * with the same idempotency key, never a new one.
 */
export function isUnknownOutcome(error: unknown): boolean {
  if (!(error instanceof Stripe.errors.StripeError)) return true;
  if (error instanceof Stripe.errors.StripeConnectionError) return true;
  const status = error.statusCode;
  if (typeof status !== 'number' || status < 400) return true;
  return status >= 500 || status === 409 || status === 429;
}

export function stripeErrorCode(error: unknown): string | undefined {
  return error instanceof Stripe.errors.StripeError ? error.code : undefined;
}

/** The SDK refused a webhook signature (rather than failing to read a body whose signature matched). */
export function isSignatureVerificationError(error: unknown): boolean {
  return error instanceof Stripe.errors.StripeSignatureVerificationError;
}
