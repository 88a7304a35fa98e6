import ipaddr from 'ipaddr.js';
import type { Redis } from 'ioredis';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError, ErrorCode } from '../errors/errors';

// Budgets of attempts (sign-ins, sign-ups, checkouts, Stripe calls), each kept in memory or,
// with several instances, in Redis; spending past one is RATE_LIMITED.

/**
 * Whose budget an address spends: an IPv4 address, or an IPv6 client's /64 (one subscriber's
 * block, which hands out far more addresses than any limit).
 */
export function addressBudgetKey(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  return `${parsed
    .toByteArray()
    .slice(0, 8)
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('')}/64`;
}

function rateLimited(what: string, state: RateLimiterRes): AppError {
  const retryAfterSeconds = Math.ceil(state.msBeforeNext / 1000);
  return new AppError(ErrorCode.RateLimited, `${what}; try again in ${retryAfterSeconds} s.`, { retryAfterSeconds });
}

export async function consumeOrRefuse(limiter: RateLimiterAbstract, key: string, what = 'Too many failed sign-ins'): Promise<void> {
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

export function budget(name: string, points: number, duration: number, shared: SharedBudgets | undefined): RateLimiterAbstract {
  const local = new RateLimiterMemory({ keyPrefix: name, points, duration });
  if (!shared) return local;
  // Shared through Redis, so a guesser gains nothing by spreading over instances; while Redis
  // is unreachable each instance counts on its own rather than letting everything through.
  return new RateLimiterRedis({ storeClient: shared.redis, keyPrefix: `${shared.keyPrefix}${name}`, points, duration, insuranceLimiter: local });
}
