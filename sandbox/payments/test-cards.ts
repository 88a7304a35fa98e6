/**
 * Stripe's test cards (stripe.com/docs/testing) and what each does when charged. A card is
 * reached by its number (the hosted Checkout page), a `tok_…` token or a `pm_card_…` payment
 * method, as Stripe's docs and fixtures name them.
 */
export type CardOutcome =
  | { kind: 'succeeds'; fundsAvailableAtOnce?: boolean }
  | { kind: 'declines'; code: string; declineCode: string; message: string }
  | { kind: 'requires_authentication' }
  | { kind: 'disputed'; reason: string; inquiry: boolean };

export interface TestCard {
  number: string;
  brand: 'visa' | 'mastercard' | 'amex';
  funding: 'credit' | 'debit';
  country: string;
  outcome: CardOutcome;
}

const declined = (declineCode: string, message: string, code = 'card_declined'): CardOutcome => ({ kind: 'declines', code, declineCode, message });
const visa = (number: string, outcome: CardOutcome, funding: TestCard['funding'] = 'credit'): TestCard => ({
  number,
  brand: 'visa',
  funding,
  country: 'US',
  outcome,
});

const CARDS: TestCard[] = [
  visa('4242424242424242', { kind: 'succeeds' }),
  visa('4000056655665556', { kind: 'succeeds' }, 'debit'),
  { number: '5555555555554444', brand: 'mastercard', funding: 'credit', country: 'US', outcome: { kind: 'succeeds' } },
  { number: '378282246310005', brand: 'amex', funding: 'credit', country: 'US', outcome: { kind: 'succeeds' } },
  visa('4000000000000077', { kind: 'succeeds', fundsAvailableAtOnce: true }),
  visa('4000000000000002', declined('generic_decline', 'Your card was declined.')),
  visa('4000000000009995', declined('insufficient_funds', 'Your card has insufficient funds.')),
  visa('4000000000009987', declined('lost_card', 'Your card was declined.')),
  visa('4000000000009979', declined('stolen_card', 'Your card was declined.')),
  visa('4000000000000069', declined('expired_card', 'Your card has expired.', 'expired_card')),
  visa('4000000000000127', declined('incorrect_cvc', "Your card's security code is incorrect.", 'incorrect_cvc')),
  visa('4000002500003155', { kind: 'requires_authentication' }),
  visa('4000002760003184', { kind: 'requires_authentication' }),
  visa('4000000000000259', { kind: 'disputed', reason: 'fraudulent', inquiry: false }),
  visa('4000000000001976', { kind: 'disputed', reason: 'fraudulent', inquiry: true }),
];

/** `tok_…` and `pm_card_…` names of the same cards (Stripe's "test payment methods"). */
const NAMED: Record<string, string> = {
  visa: '4242424242424242',
  visa_debit: '4000056655665556',
  mastercard: '5555555555554444',
  amex: '378282246310005',
  bypassPending: '4000000000000077',
  chargeDeclined: '4000000000000002',
  chargeDeclinedInsufficientFunds: '4000000000009995',
  chargeDeclinedLostCard: '4000000000009987',
  chargeDeclinedStolenCard: '4000000000009979',
  chargeDeclinedExpiredCard: '4000000000000069',
  chargeDeclinedIncorrectCvc: '4000000000000127',
  threeDSecure2Required: '4000002500003155',
  authenticationRequired: '4000002760003184',
  createDispute: '4000000000000259',
  createDisputeInquiry: '4000000000001976',
};

export function cardByNumber(number: string): TestCard | undefined {
  const digits = number.replace(/[\s-]/g, '');
  return CARDS.find((card) => card.number === digits);
}

export function cardByLast4(brand: string, last4: string): TestCard | undefined {
  return CARDS.find((card) => card.brand === brand && card.number.endsWith(last4));
}

/** The card a `tok_visa` / `pm_card_visa` style name stands for. */
export function cardByName(name: string): TestCard | undefined {
  const number = NAMED[name];
  return number ? cardByNumber(number) : undefined;
}

/** Stripe's test IBANs: the first succeeds, the second fails when the debit settles. */
export const SUCCEEDING_IBANS = ['AT611904300234573201', 'DE89370400440532013000', 'FR1420041010050500013M02606', 'NL39RABO0300065264'];
export const FAILING_IBANS = ['AT861904300235473202', 'DE62370400440532013001', 'FR8420041010050500013M02607', 'NL91ABNA0417164300'];

export function isTestIban(iban: string): boolean {
  const compact = iban.replace(/\s/g, '').toUpperCase();
  return SUCCEEDING_IBANS.includes(compact) || FAILING_IBANS.includes(compact);
}
