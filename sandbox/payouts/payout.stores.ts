import { ACCOUNTS } from '../accounts/account.stores';
import { collectionStore, type SandboxState } from '../kernel/sandbox.state';
import type { Payout } from './payout.model';

/** A bank account is kept inside its account: the one account holding the id is looked up. */
function findBankAccount(state: SandboxState, id: string): object | undefined {
  const [holder] = state.of(ACCOUNTS).values((account) => account.external_accounts.data.some((bank) => bank.id === id));
  return holder?.external_accounts.data.find((bank) => bank.id === id);
}

export const PAYOUTS = collectionStore<Payout>({
  name: 'payouts',
  idPrefix: 'po',
  objectType: 'payout',
  expandable: {
    balance_transaction: 'balance_transaction',
    failure_balance_transaction: 'balance_transaction',
    destination: { expandsTo: 'bank_account', find: findBankAccount },
  },
  findSource: (_state, id, payouts) => payouts.get(id),
  counts: (payouts) => ({ payouts: payouts.size, pending_payouts: payouts.values((payout) => payout.status === 'pending').length }),
});

export const PAYOUT_STORES = [PAYOUTS];
