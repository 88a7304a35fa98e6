import { collectionStore, keyedMapStore } from '../kernel/sandbox.state';
import type { Topup, TopupSide } from './topup.model';

export const TOPUPS = collectionStore<Topup>({
  name: 'topups',
  idPrefix: 'tu',
  objectType: 'topup',
  expandable: { balance_transaction: 'balance_transaction' },
  findSource: (_state, id, topups) => topups.get(id),
  counts: (topups) => ({ topups: topups.size, pending_topups: topups.values((topup) => topup.status === 'pending').length }),
});

export const TOPUP_SIDES = keyedMapStore<TopupSide>({ name: 'topupSides' });

export const TOPUP_STORES = [TOPUPS, TOPUP_SIDES];
