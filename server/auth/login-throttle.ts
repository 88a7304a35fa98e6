import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError, ErrorCode } from '../graphql/errors';

// Failed sign-ins allowed before a pause: per email (guessing one account's password) and per
// client address (trying many accounts).
const FAILURES_PER_EMAIL = 5;
const FAILURES_PER_ADDRESS = 30;
const WINDOW_SECONDS = 15 * 60;

export class LoginThrottle {
  private readonly byEmail = new RateLimiterMemory({ keyPrefix: 'login-email', points: FAILURES_PER_EMAIL, duration: WINDOW_SECONDS });
  private readonly byAddress = new RateLimiterMemory({ keyPrefix: 'login-address', points: FAILURES_PER_ADDRESS, duration: WINDOW_SECONDS });

  /**
   * Takes one attempt from both budgets before the password is checked, so guesses sent side by
   * side count as much as guesses sent one after another. RATE_LIMITED once either is spent.
   */
  async attempt(email: string, address: string): Promise<void> {
    const outcomes = await Promise.allSettled([this.byEmail.consume(email), this.byAddress.consume(address)]);
    for (const outcome of outcomes) {
      if (outcome.status === 'fulfilled') continue;
      if (!(outcome.reason instanceof RateLimiterRes)) throw outcome.reason;
      const retryAfterSeconds = Math.ceil(outcome.reason.msBeforeNext / 1000);
      throw new AppError(ErrorCode.RateLimited, `Too many failed sign-ins; try again in ${retryAfterSeconds} s.`, { retryAfterSeconds });
    }
  }

  /** The password was right and the code is still to come: this attempt does not count. */
  async refund(email: string, address: string): Promise<void> {
    await Promise.all([this.byEmail.reward(email, 1), this.byAddress.reward(address, 1)]);
  }

  /** The password (and code) were right: the attempt is given back and the email's failures forgotten. */
  async succeeded(email: string, address: string): Promise<void> {
    await Promise.all([this.byEmail.delete(email), this.byAddress.reward(address, 1)]);
  }
}
