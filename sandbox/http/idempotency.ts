import { StripeError, invalidParam } from '../kernel/errors';
import type { KeyedMap } from '../state/keyed-map';

export interface IdempotencyEntry {
  fingerprint: string;
  createdSeconds: number;
  /** Absent while the first request is still being served. */
  response?: { status: number; bodyText: string; requestId: string };
}

/** Stripe keeps idempotency keys for 24 hours (here: of sandbox time). */
const IDEMPOTENCY_KEY_LIFETIME_SECONDS = 24 * 60 * 60;
const MAX_KEY_LENGTH = 255;

export type StoredResponse = NonNullable<IdempotencyEntry['response']>;

/**
 * Claims `key` for a request with this fingerprint. Returns the stored response to replay,
 * or undefined when the caller now owns the key and must complete or release it.
 */
export function claimIdempotencyKey(
  entries: KeyedMap<IdempotencyEntry>,
  scope: { accountId: string; key: string; fingerprint: string; nowSeconds: number },
): StoredResponse | undefined {
  if (scope.key.length > MAX_KEY_LENGTH) {
    throw invalidParam(`Idempotency-Key must be at most ${MAX_KEY_LENGTH} characters long.`, 'idempotency_key');
  }
  const scopedKey = scopedIdempotencyKey(scope.accountId, scope.key);
  const existing = entries.get(scopedKey);
  if (existing && existing.createdSeconds + IDEMPOTENCY_KEY_LIFETIME_SECONDS > scope.nowSeconds) {
    if (existing.fingerprint !== scope.fingerprint) {
      throw new StripeError(
        `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${scope.key}' if you meant to execute a different request.`,
        { status: 400, type: 'idempotency_error', isValidation: true },
      );
    }
    if (!existing.response) {
      throw new StripeError(
        `There is currently another in-progress request using this Idempotent Key (that probably means you submitted twice, and the other request is still going through): ${scope.key}. Please try again later.`,
        { status: 409, type: 'idempotency_error', code: 'idempotency_key_in_use', isValidation: true },
      );
    }
    return existing.response;
  }
  entries.set(scopedKey, { fingerprint: scope.fingerprint, createdSeconds: scope.nowSeconds });
  return undefined;
}

/** Keys are scoped per account: the same key on two `Stripe-Account`s names two requests. */
export function scopedIdempotencyKey(accountId: string, key: string): string {
  return `${accountId} ${key}`;
}

export function pruneIdempotencyKeys(entries: KeyedMap<IdempotencyEntry>, nowSeconds: number): void {
  entries.deleteWhere((entry) => entry.response !== undefined && entry.createdSeconds + IDEMPOTENCY_KEY_LIFETIME_SECONDS <= nowSeconds);
}
