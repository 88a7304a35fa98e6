import type { ExpandableFields } from './http/expand';
import type { SandboxContext } from './sandbox.context';
import { findDestinationPayment, findDestinationPaymentRefund } from './transfers/destination-payment';

/** Objects a `balance_transaction.source` can name, found by id whatever their type. */
function findSource(context: SandboxContext, id: string): object | undefined {
  const { topups, transfers, reversals, payouts } = context.state;
  return (
    topups.get(id) ?? transfers.get(id) ?? reversals.get(id) ?? payouts.get(id) ?? findDestinationPayment(context, id) ?? findDestinationPaymentRefund(context, id)
  );
}

/** A bank account is kept inside its account: the one account holding the id is looked up. */
function findBankAccount(context: SandboxContext, id: string): object | undefined {
  const [holder] = context.state.accounts.values((account) => account.external_accounts.data.some((bank) => bank.id === id));
  return holder?.external_accounts.data.find((bank) => bank.id === id);
}

const account = { expandsTo: 'account', find: (context: SandboxContext, id: string) => context.state.accounts.get(id) };
const balanceTransaction = {
  expandsTo: 'balance_transaction',
  find: (context: SandboxContext, id: string) => context.state.balanceTransactions.get(id),
};

/** The `expand[]` fields the sandbox serves, per object type. */
export const EXPANDABLE_FIELDS: ExpandableFields = {
  transfer: {
    destination: account,
    balance_transaction: balanceTransaction,
    destination_payment: { expandsTo: 'charge', find: findDestinationPayment },
  },
  topup: { balance_transaction: balanceTransaction },
  payout: {
    balance_transaction: balanceTransaction,
    failure_balance_transaction: balanceTransaction,
    destination: { expandsTo: 'bank_account', find: findBankAccount },
  },
  transfer_reversal: {
    balance_transaction: balanceTransaction,
    transfer: { expandsTo: 'transfer', find: (context, id) => context.state.transfers.get(id) },
    destination_payment_refund: { expandsTo: 'refund', find: findDestinationPaymentRefund },
  },
  capability: { account },
  charge: { balance_transaction: balanceTransaction, source_transfer: { expandsTo: 'transfer', find: (context, id) => context.state.transfers.get(id) } },
  refund: { balance_transaction: balanceTransaction, charge: { expandsTo: 'charge', find: findDestinationPayment } },
  balance_transaction: { source: { find: findSource } },
};
