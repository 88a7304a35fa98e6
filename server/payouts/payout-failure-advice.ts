// What a writer does after the bank refused a payout. Stripe puts the funds back in their
// balance and pays them again once the bank details are right, so the fix is always the same
// place: their Express Dashboard (createDashboardLink), where they edit the bank account.
const UPDATE_BANK =
  'Open your Stripe Express Dashboard (createDashboardLink) and update your bank account details; Stripe pays the funds, now back in your Stripe balance, to the new account on your next payout date.';

const ADVICE_BY_CODE: Readonly<Record<string, string>> = {
  account_closed: `The bank account has been closed. ${UPDATE_BANK}`,
  no_account: `The bank could not find an account with those details. ${UPDATE_BANK}`,
  invalid_account_number: `The bank account number is not valid. ${UPDATE_BANK}`,
  account_frozen: `The bank account is frozen; ask your bank why, or ${lowerFirst(UPDATE_BANK)}`,
  bank_account_restricted: `The bank account cannot receive this kind of payment; ask your bank, or ${lowerFirst(UPDATE_BANK)}`,
  debit_not_authorized: `The bank refused the transfer. ${UPDATE_BANK}`,
  invalid_currency: `The bank account cannot receive payments in this currency. ${UPDATE_BANK}`,
  insufficient_funds: 'The payout could not be covered by your Stripe balance; nothing needs doing on your side, Stripe tries again with what is available.',
};

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function payoutFailureAdvice(failureCode: string | null): string {
  return (failureCode && ADVICE_BY_CODE[failureCode]) ?? `The bank refused the payout. ${UPDATE_BANK}`;
}
