/**
 * Stripe's test bank tokens for top-ups (docs: Connect testing, "Testing top-ups"). Each
 * decides how the top-up ends when it settles.
 */
export interface BankTokenOutcome {
  token: string;
  last4: string;
  failure?: { code: string; message: string };
}

export const DEFAULT_BANK_TOKEN = 'btok_us_verified';

const CATALOG: BankTokenOutcome[] = [
  { token: 'btok_us_verified', last4: '6789' },
  {
    token: 'btok_us_verified_noAccount',
    last4: '1116',
    failure: { code: 'no_account', message: 'The bank account could not be located.' },
  },
  {
    token: 'btok_us_verified_accountClosed',
    last4: '1113',
    failure: { code: 'account_closed', message: 'The bank account has been closed.' },
  },
  {
    token: 'btok_us_verified_insufficientFunds',
    last4: '2227',
    failure: { code: 'insufficient_funds', message: 'The bank account has insufficient funds to cover the top-up.' },
  },
  {
    token: 'btok_us_verified_debitNotAuthorized',
    last4: '3335',
    failure: { code: 'debit_not_authorized', message: 'The bank account owner has not authorized this debit.' },
  },
  {
    token: 'btok_us_verified_invalidCurrency',
    last4: '1119',
    failure: { code: 'invalid_currency', message: 'The bank account cannot be debited in this currency.' },
  },
];

export function findBankToken(token: string): BankTokenOutcome | undefined {
  return CATALOG.find((entry) => entry.token === token);
}

/** Failure codes `/_sandbox/topups/{id}/fail` accepts, with their messages. */
export function failureMessage(code: string): string | undefined {
  return CATALOG.find((entry) => entry.failure?.code === code)?.failure?.message;
}

export const FAILURE_CODES = CATALOG.flatMap((entry) => (entry.failure ? [entry.failure.code] : []));
