import type { ExpandableFields } from './http/expand';
import type { SandboxContext } from './kernel/sandbox.context';
import { findDestinationPayment, findDestinationPaymentRefund } from './transfers/destination-payment';

/** Objects a `balance_transaction.source` can name, found by id whatever their type. */
function findSource(context: SandboxContext, id: string): object | undefined {
  const { topups, transfers, reversals, payouts, charges, applicationFees, disputes } = context.state;
  return (
    topups.get(id) ??
    transfers.get(id) ??
    reversals.get(id) ??
    payouts.get(id) ??
    charges.get(id) ??
    applicationFees.get(id) ??
    disputes.get(id) ??
    findDestinationPayment(context, id) ??
    findDestinationPaymentRefund(context, id)
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

const charge = { expandsTo: 'charge', find: (context: SandboxContext, id: string) => context.state.charges.get(id) };
const paymentIntent = { expandsTo: 'payment_intent', find: (context: SandboxContext, id: string) => context.state.paymentIntents.get(id) };
const paymentMethod = { expandsTo: 'payment_method', find: (context: SandboxContext, id: string) => context.state.paymentMethods.get(id) };
const customer = { expandsTo: 'customer', find: (context: SandboxContext, id: string) => context.state.customers.get(id) };
const chargeOrDestinationPayment = {
  expandsTo: 'charge',
  find: (context: SandboxContext, id: string) => context.state.charges.get(id) ?? findDestinationPayment(context, id),
};
const transfer = { expandsTo: 'transfer', find: (context: SandboxContext, id: string) => context.state.transfers.get(id) };
const applicationFee = { expandsTo: 'application_fee', find: (context: SandboxContext, id: string) => context.state.applicationFees.get(id) };

/** Payments, Checkout and products (destination charges and what they leave behind). */
const PAYMENT_FIELDS: ExpandableFields = {
  'checkout.session': {
    payment_intent: paymentIntent,
    customer,
    // Not an id in the object: the session route adds the list itself when asked.
    line_items: { find: () => undefined },
  },
  payment_intent: { latest_charge: charge, payment_method: paymentMethod, customer, on_behalf_of: account },
  charge: {
    balance_transaction: balanceTransaction,
    payment_intent: paymentIntent,
    application_fee: applicationFee,
    transfer,
    customer,
    on_behalf_of: account,
    source_transfer: transfer,
  },
  price: { product: { expandsTo: 'product', find: (context, id) => context.state.products.get(id) } },
  product: { default_price: { expandsTo: 'price', find: (context, id) => context.state.prices.get(id) } },
  item: {},
  application_fee: { account, balance_transaction: balanceTransaction, charge, originating_transaction: charge },
  fee_refund: { balance_transaction: balanceTransaction, fee: applicationFee },
  // A refund's charge is a platform charge, or the payment on a connected account a reversal refunded.
  refund: { balance_transaction: balanceTransaction, charge: chargeOrDestinationPayment, payment_intent: paymentIntent, transfer_reversal: { expandsTo: 'transfer_reversal', find: (context, id) => context.state.reversals.get(id) } },
  dispute: { charge, payment_intent: paymentIntent },
};

/** The `expand[]` fields the sandbox serves, per object type. */
export const EXPANDABLE_FIELDS: ExpandableFields = {
  transfer: {
    destination: account,
    balance_transaction: balanceTransaction,
    destination_payment: { expandsTo: 'charge', find: findDestinationPayment },
    source_transaction: charge,
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
  balance_transaction: { source: { find: findSource } },
  ...PAYMENT_FIELDS,
};
