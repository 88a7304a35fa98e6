import type { SandboxContext } from '../kernel/sandbox.context';
import type { Collection } from '../state/collection';
import type { BalanceTransaction } from './balance-transaction.model';
import { BALANCE_TRANSACTIONS } from './balance.stores';

export interface CurrencyTotal {
  available: number;
  pending: number;
}

/** What each account holds, per currency. */
export type BalanceTotals = Map<string, Map<string, CurrencyTotal>>;

/** Kept per collection: a reset, which makes a new one, starts again from nothing. */
const totalsByCollection = new WeakMap<Collection<BalanceTransaction>, BalanceTotals>();

/**
 * The running totals of the balance transactions: summed from them the first time they are
 * asked for after a start or a reset, then kept up to date as transactions are recorded.
 */
export function balanceTotals(context: SandboxContext): BalanceTotals {
  const transactions = context.state.of(BALANCE_TRANSACTIONS);
  let totals = totalsByCollection.get(transactions);
  if (!totals) {
    totals = sumOf(transactions);
    totalsByCollection.set(transactions, totals);
  }
  return totals;
}

function sumOf(transactions: Collection<BalanceTransaction>): BalanceTotals {
  const totals: BalanceTotals = new Map();
  for (const { owner, object } of transactions.storedEntries()) {
    const byCurrency = totals.get(owner) ?? new Map<string, CurrencyTotal>();
    const total = byCurrency.get(object.currency) ?? { available: 0, pending: 0 };
    total[object.status] += object.net;
    byCurrency.set(object.currency, total);
    totals.set(owner, byCurrency);
  }
  return totals;
}
