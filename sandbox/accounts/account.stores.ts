import { collectionStore, keyedMapStore } from '../kernel/sandbox.state';
import type { Account, AccountSide } from './account.model';
import type { Person } from './person.model';

export const ACCOUNTS = collectionStore<Account>({
  name: 'accounts',
  idPrefix: 'acct',
  objectType: 'account',
  nestedExpandable: { capability: { account: 'account' } },
  // The platform's own account is one of them.
  counts: (accounts) => ({ connected_accounts: accounts.size - 1 }),
});

export const ACCOUNT_SIDES = keyedMapStore<AccountSide>({ name: 'accountSides' });

export const PERSONS = collectionStore<Person>({ name: 'persons', idPrefix: 'person', objectType: 'person' });

export const ACCOUNT_STORES = [ACCOUNTS, ACCOUNT_SIDES, PERSONS];
