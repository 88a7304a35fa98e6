import { collectionStore, type SandboxState } from '../kernel/sandbox.state';
import type { BalanceTransaction } from './balance-transaction.model';

/** What a `source` names: an object of whichever store says it can be one (a top-up, a transfer, a charge…). */
function findSource(state: SandboxState, id: string): object | undefined {
  for (const store of state.stores) {
    const found = store.shape === 'collection' ? store.findSource?.(state, id, state.of(store)) : undefined;
    if (found) return found;
  }
  return undefined;
}

export const BALANCE_TRANSACTIONS = collectionStore<BalanceTransaction>({
  name: 'balanceTransactions',
  idPrefix: 'txn',
  objectType: 'balance_transaction',
  expandable: { source: { find: findSource } },
});

export const BALANCE_STORES = [BALANCE_TRANSACTIONS];
