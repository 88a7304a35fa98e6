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

  /** Refuses with RATE_LIMITED while either budget is spent. */
  async check(email: string, address: string): Promise<void> {
    const [emailState, addressState] = await Promise.all([this.byEmail.get(email), this.byAddress.get(address)]);
    const blocked = [emailState && emailState.consumedPoints >= FAILURES_PER_EMAIL ? emailState : null, addressState && addressState.consumedPoints >= FAILURES_PER_ADDRESS ? addressState : null].find(
      (state): state is RateLimiterRes => state !== null,
    );
    if (blocked) {
      const retryAfterSeconds = Math.ceil(blocked.msBeforeNext / 1000);
      throw new AppError(ErrorCode.RateLimited, `Too many failed sign-ins; try again in ${retryAfterSeconds} s.`, { retryAfterSeconds });
    }
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await Promise.all([this.byEmail.penalty(email, 1), this.byAddress.penalty(address, 1)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.byEmail.delete(email);
  }
}
