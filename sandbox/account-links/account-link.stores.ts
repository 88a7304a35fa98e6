import { keyedMapStore } from '../kernel/sandbox.state';
import type { AccountLinkRecord } from './account-link.model';

export const ACCOUNT_LINKS = keyedMapStore<AccountLinkRecord>({ name: 'accountLinks', counts: (links) => ({ account_links: links.size }) });

export const ACCOUNT_LINK_STORES = [ACCOUNT_LINKS];
