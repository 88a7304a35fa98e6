import { newId } from '../kernel/ids';
import type { SandboxContext } from '../kernel/sandbox.context';
import { balanceTotals, type CurrencyTotal } from './balance-totals';
import { REPORTING_CATEGORY, type BalanceTransaction, type BalanceTransactionType, type FeeDetail } from './balance-transaction.model';
import { BALANCE_TRANSACTIONS } from './balance.stores';

interface EntryInput {
  accountId: string;
  type: BalanceTransactionType;
  /** Signed: credits are positive, debits negative. */
  amount: number;
  currency: string;
  source: string;
  description: string | null;
  status: 'available' | 'pending';
  availableOnSeconds?: number;
  /** Fees taken from the amount (a charge's processing fee): `net` is the amount less their sum. */
  feeDetails?: FeeDetail[];
}

/**
 * Every move of money is a balance transaction; balances are their running sum. Money is
 * corrected by adding a reversing transaction, never by editing one.
 */
export function recordBalanceTransaction(context: SandboxContext, input: EntryInput): BalanceTransaction {
  const now = context.clock.nowSeconds();
  const feeDetails = input.feeDetails ?? [];
  const fee = feeDetails.reduce((sum, detail) => sum + detail.amount, 0);
  const transaction: BalanceTransaction = {
    id: newId(BALANCE_TRANSACTIONS.idPrefix),
    object: 'balance_transaction',
    amount: input.amount,
    available_on: input.availableOnSeconds ?? now,
    created: now,
    currency: input.currency,
    description: input.description,
    exchange_rate: null,
    fee,
    fee_details: feeDetails,
    net: input.amount - fee,
    reporting_category: REPORTING_CATEGORY[input.type],
    source: input.source,
    status: input.status,
    type: input.type,
  };
  // The totals first: summed from the stored transactions when first needed, they must not count this one yet.
  const total = totalFor(context, input.accountId, input.currency);
  context.state.of(BALANCE_TRANSACTIONS).insert(input.accountId, transaction);
  total[input.status] += transaction.net;
  return transaction;
}

/** A pending credit clears: its amount moves from pending to available. */
export function makeAvailable(context: SandboxContext, transactionId: string): void {
  const transaction = context.state.of(BALANCE_TRANSACTIONS).get(transactionId);
  const accountId = context.state.of(BALANCE_TRANSACTIONS).ownerOf(transactionId);
  if (!transaction || !accountId || transaction.status === 'available') return;
  const total = totalFor(context, accountId, transaction.currency);
  total.pending -= transaction.net;
  total.available += transaction.net;
  transaction.status = 'available';
  transaction.available_on = Math.min(transaction.available_on, context.clock.nowSeconds());
}

export function availableAmount(context: SandboxContext, accountId: string, currency: string): number {
  return balanceTotals(context).get(accountId)?.get(currency)?.available ?? 0;
}

function totalFor(context: SandboxContext, accountId: string, currency: string): CurrencyTotal {
  const balances = balanceTotals(context);
  const byCurrency = balances.get(accountId) ?? new Map<string, CurrencyTotal>();
  balances.set(accountId, byCurrency);
  const total = byCurrency.get(currency) ?? { available: 0, pending: 0 };
  byCurrency.set(currency, total);
  return total;
}
