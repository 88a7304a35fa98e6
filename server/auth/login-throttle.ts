import ipaddr from 'ipaddr.js';
import type { Redis } from 'ioredis';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError, ErrorCode } from '../graphql/errors';

// Failed sign-ins allowed before a pause: per email (guessing one account's password) and per
// client address (trying many accounts).
const FAILURES_PER_EMAIL = 5;
const FAILURES_PER_ADDRESS = 30;
const WINDOW_SECONDS = 15 * 60;
// Each sign-up creates a Stripe connected account: one address may open this many an hour.
const SIGN_UPS_PER_ADDRESS = 30;
const SIGN_UP_WINDOW_SECONDS = 60 * 60;

/**
 * Whose budget an address spends: an IPv4 address, or an IPv6 client's /64 (one subscriber's
 * block, which hands out far more addresses than any limit).
 */
export function addressBudgetKey(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  return `${parsed.toByteArray().slice(0, 8).map((byte) => byte.toString(16).padStart(2, '0')).join('')}/64`;
}

function rateLimited(what: string, state: RateLimiterRes): AppError {
  const retryAfterSeconds = Math.ceil(state.msBeforeNext / 1000);
  return new AppError(ErrorCode.RateLimited, `${what}; try again in ${retryAfterSeconds} s.`, { retryAfterSeconds });
}

async function consumeOrRefuse(limiter: RateLimiterAbstract, key: string, what = 'Too many failed sign-ins'): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    throw rateLimited(what, error);
  }
}

/** Where budgets are kept when several instances serve one platform (REDIS_URL). */
export interface SharedBudgets {
  redis: Redis;
  keyPrefix: string;
}

function budget(name: string, points: number, duration: number, shared: SharedBudgets | undefined): RateLimiterAbstract {
  const local = new RateLimiterMemory({ keyPrefix: name, points, duration });
  if (!shared) return local;
  // Shared through Redis, so a guesser gains nothing by spreading over instances; while Redis
  // is unreachable each instance counts on its own rather than letting everything through.
  return new RateLimiterRedis({ storeClient: shared.redis, keyPrefix: `${shared.keyPrefix}${name}`, points, duration, insuranceLimiter: local });
}

export class LoginThrottle {
  private readonly byEmail: RateLimiterAbstract;
  private readonly byAddress: RateLimiterAbstract;
  private readonly signUpsByAddress: RateLimiterAbstract;

  constructor(shared?: SharedBudgets) {
    this.byEmail = budget('login-email', FAILURES_PER_EMAIL, WINDOW_SECONDS, shared);
    this.byAddress = budget('login-address', FAILURES_PER_ADDRESS, WINDOW_SECONDS, shared);
    this.signUpsByAddress = budget('sign-up-address', SIGN_UPS_PER_ADDRESS, SIGN_UP_WINDOW_SECONDS, shared);
  }

  /** Takes one sign-up from the address's budget; RATE_LIMITED once it is spent. */
  async signUpAttempt(address: string): Promise<void> {
    await consumeOrRefuse(this.signUpsByAddress, addressBudgetKey(address), 'Too many sign-ups from this address');
  }

  /**
   * Takes one attempt before the password is checked, so guesses sent side by side count as
   * much as guesses sent one after another: first from the address's budget, and only then from
   * the email's, so an address that spent its own budget cannot go on spending other people's
   * (locking their accounts). RATE_LIMITED once either is spent.
   */
  async attempt(email: string, address: string): Promise<void> {
    await consumeOrRefuse(this.byAddress, addressBudgetKey(address));
    await consumeOrRefuse(this.byEmail, email);
  }

  /** The password was right and the code is still to come: this attempt does not count. */
  async refund(email: string, address: string): Promise<void> {
    await Promise.all([this.byEmail.reward(email, 1), this.byAddress.reward(addressBudgetKey(address), 1)]);
  }

  /** The password (and code) were right: the attempt is given back and the email's failures forgotten. */
  async succeeded(email: string, address: string): Promise<void> {
    await Promise.all([this.byEmail.delete(email), this.byAddress.reward(addressBudgetKey(address), 1)]);
  }
}
