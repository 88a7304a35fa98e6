import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import Stripe from 'stripe';
import { type SharedBudgets, budget } from '../rate-limits/budgets';

const BUDGET_KEY = 'stripe-requests';
const BACKOFF_BASE_MS = 500;
const BACKOFF_MAX_MS = 16_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The Stripe requests per second bulk work may make: Stripe's limit is per account, so with
 * REDIS_URL every instance draws from one budget (rate-limiter-flexible). In this process,
 * requests are also spaced evenly so no second sees a burst. A 429 pauses everyone.
 */
export class StripeRateBudget {
  private readonly limiter: RateLimiterAbstract;
  private readonly spacingMs: number;
  private nextSlotAtMs = 0;

  constructor(
    readonly requestsPerSecond: number,
    shared: SharedBudgets | undefined,
  ) {
    this.limiter = budget('stripe-rate:', requestsPerSecond, 1, shared);
    this.spacingMs = 1000 / requestsPerSecond;
  }

  /** Resolves when one more request fits in the budget. */
  async take(): Promise<void> {
    for (;;) {
      // Spaced again after every wait, so requests held back by a pause do not leave together.
      await this.evenlySpaced();
      try {
        await this.limiter.consume(BUDGET_KEY);
        return;
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        await sleep(Math.max(error.msBeforeNext, 5));
      }
    }
  }

  private async evenlySpaced(): Promise<void> {
    const now = Date.now();
    const slotAtMs = Math.max(now, this.nextSlotAtMs);
    this.nextSlotAtMs = slotAtMs + this.spacingMs;
    if (slotAtMs > now) await sleep(slotAtMs - now);
  }

  /** Stops every instance's requests for `ms` (Stripe said 429). */
  async pause(ms: number): Promise<void> {
    await this.limiter.block(BUDGET_KEY, ms / 1000);
  }
}

export interface RetryAdvice {
  /** False when Stripe said retrying will not help (`Stripe-Should-Retry: false`). */
  retry: boolean;
  rateLimited: boolean;
  waitMs: number;
}

/** What an unanswered Stripe call says about retrying: Stripe-Should-Retry, Retry-After, or exponential back-off. */
export function retryAdviceFor(error: unknown, attempt: number): RetryAdvice {
  const backoffMs = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** attempt) * (0.75 + Math.random() / 2);
  if (!(error instanceof Stripe.errors.StripeError)) return { retry: true, rateLimited: false, waitMs: backoffMs };
  const headers = (error.headers ?? {}) as Record<string, string | undefined>;
  const shouldRetry = headers['stripe-should-retry'];
  const retryAfterSeconds = Number(headers['retry-after']);
  const waitMs = Number.isFinite(retryAfterSeconds) && retryAfterSeconds > 0 ? retryAfterSeconds * 1000 : backoffMs;
  return { retry: shouldRetry !== 'false', rateLimited: error.statusCode === 429, waitMs };
}
