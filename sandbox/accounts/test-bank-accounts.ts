/**
 * Stripe's test bank accounts for payouts (docs: "Testing Stripe Connect", "Testing payouts"):
 * the same test bank in each country, where the account number decides whether a payout to it
 * succeeds or fails, and with which code.
 */
export interface PayoutFailure {
  code: string;
  message: string;
}

/** Stripe's `failure_message` for each failure code its test numbers produce. */
const PAYOUT_FAILURES: Record<string, PayoutFailure> = {
  no_account: {
    code: 'no_account',
    message: 'The bank account details on file are probably incorrect. No bank account could be located with those details.',
  },
  account_closed: { code: 'account_closed', message: 'The bank account has been closed.' },
  insufficient_funds: { code: 'insufficient_funds', message: 'Your Stripe account has insufficient funds to cover the payout.' },
  debit_not_authorized: {
    code: 'debit_not_authorized',
    message: 'Debit transactions are not approved on the bank account. Stripe requires bank accounts to be set up for both credit and debit payouts.',
  },
  invalid_currency: {
    code: 'invalid_currency',
    message:
      'The bank was unable to process this payout because of its currency. This is probably because the bank account cannot accept payments in that currency.',
  },
};

/** How failing test account numbers end (000111111116, 11111116…); any other number is paid. */
const FAILURE_BY_SUFFIX: [string, string][] = [
  ['1116', 'no_account'],
  ['1113', 'account_closed'],
  ['2227', 'insufficient_funds'],
  ['3335', 'debit_not_authorized'],
  ['4440', 'invalid_currency'],
];

/** US routing 110000000, Canadian transit-institution 11000-000 and GB sort code 108800 are Stripe's test bank. */
const TEST_ROUTING_NUMBERS = ['110000000', '11000-000', '108800'];
/** Stripe's test IBANs end in 3000…3005 (succeeds, no_account, account_closed, …). */
const IBAN_OUTCOMES: (string | null)[] = [null, 'no_account', 'account_closed', 'insufficient_funds', 'debit_not_authorized', 'invalid_currency'];

/** How a payout to this bank account ends: a failure, or undefined when it is paid. */
export function payoutFailureFor(bank: { routing_number: string | null; last4: string; country: string }): PayoutFailure | undefined {
  if (bank.routing_number === null) return ibanFailure(bank.last4);
  if (!TEST_ROUTING_NUMBERS.includes(bank.routing_number)) return undefined;
  const code = FAILURE_BY_SUFFIX.find(([suffix]) => bank.last4 === suffix)?.[1];
  return code ? PAYOUT_FAILURES[code] : undefined;
}

function ibanFailure(last4: string): PayoutFailure | undefined {
  const match = /^300([0-5])$/.exec(last4);
  const code = match ? IBAN_OUTCOMES[Number(match[1])] : null;
  return code ? PAYOUT_FAILURES[code] : undefined;
}

/** The bank details a test token stands for (docs: test bank account tokens). */
export interface BankDetails {
  country: string;
  currency: string;
  routingNumber: string | null;
  accountNumber: string;
}

const US_TEST_BANK = { country: 'US', currency: 'usd', routingNumber: '110000000' };

const BANK_TOKENS: Record<string, BankDetails> = {
  btok_us: { ...US_TEST_BANK, accountNumber: '000123456789' },
  btok_us_verified: { ...US_TEST_BANK, accountNumber: '000123456789' },
  btok_us_verified_noAccount: { ...US_TEST_BANK, accountNumber: '000111111116' },
  btok_us_verified_accountClosed: { ...US_TEST_BANK, accountNumber: '000111111113' },
  btok_us_verified_insufficientFunds: { ...US_TEST_BANK, accountNumber: '000222222227' },
  btok_us_verified_debitNotAuthorized: { ...US_TEST_BANK, accountNumber: '000333333335' },
  btok_us_verified_invalidCurrency: { ...US_TEST_BANK, accountNumber: '000444444440' },
};

export function bankDetailsOfToken(token: string): BankDetails | undefined {
  return BANK_TOKENS[token];
}
