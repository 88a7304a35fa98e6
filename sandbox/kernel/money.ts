import { invalidParam, invalidRequest } from './errors';
import { SUPPORTED_CURRENCIES } from './stripe-object.types';

/** Lower-cases and checks a currency against the ones the sandbox supports. */
export function checkCurrency(currency: string, param = 'currency'): string {
  const lower = currency.toLowerCase();
  if (!(SUPPORTED_CURRENCIES as readonly string[]).includes(lower)) {
    throw invalidParam(`Invalid currency: ${currency}. Stripe currently supports these currencies: ${SUPPORTED_CURRENCIES.join(', ')}`, param);
  }
  return lower;
}

/** Stripe's `amount_too_small` refusal, with the minimum spelled out in the currency. */
export function checkMinimumAmount(amountMinor: number, minimumMinor: number, currency: string): void {
  if (amountMinor >= minimumMinor) return;
  throw invalidRequest(`Amount must be at least ${(minimumMinor / 100).toFixed(2)} ${currency}`, {
    code: 'amount_too_small',
    param: 'amount',
  });
}
