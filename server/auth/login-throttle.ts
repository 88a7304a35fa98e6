import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { type SharedBudgets, addressBudgetKey, budget, consumeOrRefuse } from '../rate-limits/budgets';

// Sign-in attempts allowed before a pause (an attempt that succeeds is given back):
// - per email and address: one place guessing one account's password;
// - per address: one place trying many accounts;
// - per email from addresses it never signed in from: many places guessing one account. Its
//   owner, signing in from an address they used before, is never stopped by it, so nobody can
//   lock an owner out by failing on purpose.
const FAILURES_PER_EMAIL_AND_ADDRESS = 5;
const FAILURES_PER_ADDRESS = 30;
const FAILURES_PER_EMAIL_FROM_NEW_ADDRESSES = 100;
const WINDOW_SECONDS = 15 * 60;
const NEW_ADDRESS_WINDOW_SECONDS = 60 * 60;
// An address where an email signed in is remembered this long for it, renewed at each sign-in
// (under the 24.8 days a Node timer can wait, which the in-memory store uses for expiry).
const KNOWN_ADDRESS_SECONDS = 14 * 24 * 60 * 60;
// Past this many failures from new addresses, each further attempt from one waits longer
// (doubling up to the maximum): slower guessing, never a lock-out.
const FREE_FAILURES_BEFORE_DELAY = 10;
const DELAY_BASE_MS = 100;
const DELAY_MAX_MS = 3000;
// Each sign-up creates a Stripe connected account: one address may open this many an hour.
const SIGN_UPS_PER_ADDRESS = 30;
const SIGN_UP_WINDOW_SECONDS = 60 * 60;

/** How long an attempt waits after `failures` failed attempts on its email from new addresses. */
export function signInDelayMs(failures: number): number {
  if (failures <= FREE_FAILURES_BEFORE_DELAY) return 0;
  return Math.min(DELAY_MAX_MS, DELAY_BASE_MS * 2 ** (failures - FREE_FAILURES_BEFORE_DELAY - 1));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class LoginThrottle {
  private readonly byEmailAndAddress: RateLimiterAbstract;
  private readonly byAddress: RateLimiterAbstract;
  private readonly byEmailFromNewAddresses: RateLimiterAbstract;
  /** Used as a store: a key is present while the email has signed in from the address. */
  private readonly knownAddresses: RateLimiterAbstract;
  private readonly signUpsByAddress: RateLimiterAbstract;

  constructor(shared?: SharedBudgets) {
    this.byEmailAndAddress = budget('login-email-address', FAILURES_PER_EMAIL_AND_ADDRESS, WINDOW_SECONDS, shared);
    this.byAddress = budget('login-address', FAILURES_PER_ADDRESS, WINDOW_SECONDS, shared);
    this.byEmailFromNewAddresses = budget('login-email-new-addresses', FAILURES_PER_EMAIL_FROM_NEW_ADDRESSES, NEW_ADDRESS_WINDOW_SECONDS, shared);
    this.knownAddresses = budget('login-known-address', 1, KNOWN_ADDRESS_SECONDS, shared);
    this.signUpsByAddress = budget('sign-up-address', SIGN_UPS_PER_ADDRESS, SIGN_UP_WINDOW_SECONDS, shared);
  }

  /** Takes one sign-up from the address's budget; RATE_LIMITED once it is spent. */
  async signUpAttempt(address: string): Promise<void> {
    await consumeOrRefuse(this.signUpsByAddress, addressBudgetKey(address), 'Too many sign-ups from this address');
  }

  /**
   * Takes one attempt before the password is checked, so guesses sent side by side count as
   * much as guesses sent one after another: first from the address's budget, and only then from
   * the email's, so an address that spent its own budget cannot go on spending other people's.
   * RATE_LIMITED once one is spent; from a new address, slowed after many failures.
   */
  async attempt(email: string, address: string): Promise<void> {
    const keys = budgetKeys(email, address);
    await consumeOrRefuse(this.byAddress, keys.address);
    await consumeOrRefuse(this.byEmailAndAddress, keys.emailAndAddress);
    if (await this.knownAddresses.get(keys.emailAndAddress)) return;
    await consumeOrRefuse(this.byEmailFromNewAddresses, email, 'Too many failed sign-ins for this account from new places');
    const failures = (await this.byEmailFromNewAddresses.get(email))?.consumedPoints ?? 0;
    const delayMs = signInDelayMs(failures - 1);
    if (delayMs > 0) await sleep(delayMs);
  }

  /** The password was right and the code is still to come: this attempt does not count. */
  async refund(email: string, address: string): Promise<void> {
    const keys = budgetKeys(email, address);
    await Promise.all([
      this.byEmailAndAddress.reward(keys.emailAndAddress, 1),
      this.byAddress.reward(keys.address, 1),
      (await this.knownAddresses.get(keys.emailAndAddress)) ? undefined : this.byEmailFromNewAddresses.reward(email, 1),
    ]);
  }

  /** The password (and code) were right: the attempt is given back and the address remembered for the email. */
  async succeeded(email: string, address: string): Promise<void> {
    const keys = budgetKeys(email, address);
    const known = await this.knownAddresses.get(keys.emailAndAddress);
    await Promise.all([
      this.byEmailAndAddress.delete(keys.emailAndAddress),
      this.byAddress.reward(keys.address, 1),
      known ? undefined : this.byEmailFromNewAddresses.reward(email, 1),
      this.knownAddresses.set(keys.emailAndAddress, 1, KNOWN_ADDRESS_SECONDS),
    ]);
  }
}

function budgetKeys(email: string, address: string) {
  const addressKey = addressBudgetKey(address);
  return { address: addressKey, emailAndAddress: `${email} ${addressKey}` };
}
