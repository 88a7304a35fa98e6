import type { Account, AccountSide } from '../accounts/account.model';
import type { Person } from '../accounts/person.model';
import type { BalanceTransaction } from '../balance/balance-transaction.model';
import type { Payout } from '../payouts/payout.model';
import type { StripeEvent } from '../events/event.model';
import type { OAuthRecord } from '../oauth/oauth.model';
import type { Topup, TopupSide } from '../topups/topup.model';
import type { Transfer, TransferReversal } from '../transfers/transfer.model';
import type { WebhookDelivery } from '../webhooks/webhook-delivery.model';
import type { WebhookEndpoint, WebhookEndpointSide } from '../webhooks/webhook-endpoint.model';
import { Collection, type StoredEntry } from './collection';
import { KeyedMap } from './keyed-map';
import type { StateJournal } from './state-journal';

export interface AccountLinkRecord {
  token: string;
  accountId: string;
  type: 'account_onboarding' | 'account_update';
  refreshUrl: string;
  returnUrl: string;
  expiresAt: number;
  /** Set when the page is first opened: the link is single use, the form then posts with it. */
  sessionToken: string | null;
  completed: boolean;
}

export interface LoginLinkRecord {
  token: string;
  accountId: string;
  /** A login link signs in once (Stripe: single use); set when it was first opened. */
  usedAt?: number;
}

export interface IdempotencyEntry {
  fingerprint: string;
  createdSeconds: number;
  /** Absent while the first request is still being served. */
  response?: { status: number; bodyText: string; requestId: string };
}

/** Running totals per account and currency, rebuilt from balance transactions on load. */
export type BalanceTotals = Map<string, Map<string, { available: number; pending: number }>>;

/** Everything the sandbox knows, as plain data in collections that note what they hand out. */
export interface SandboxState {
  platformAccountId: string;
  balances: BalanceTotals;
  accounts: Collection<Account>;
  accountSides: KeyedMap<AccountSide>;
  persons: Collection<Person>;
  accountLinks: KeyedMap<AccountLinkRecord>;
  loginLinks: KeyedMap<LoginLinkRecord>;
  topups: Collection<Topup>;
  topupSides: KeyedMap<TopupSide>;
  transfers: Collection<Transfer>;
  reversals: Collection<TransferReversal>;
  payouts: Collection<Payout>;
  balanceTransactions: Collection<BalanceTransaction>;
  events: Collection<StripeEvent>;
  webhookEndpoints: Collection<WebhookEndpoint>;
  webhookEndpointSides: KeyedMap<WebhookEndpointSide>;
  webhookDeliveries: Collection<WebhookDelivery>;
  idempotency: KeyedMap<IdempotencyEntry>;
  oauth: KeyedMap<OAuthRecord>;
}

/** The state as stored: the JSON file of earlier versions, and what the database's rows rebuild. */
export interface SerializedState {
  version: 1;
  clockOffsetSeconds: number;
  platformAccountId: string;
  accounts: StoredEntry<Account>[];
  accountSides: [string, AccountSide][];
  persons: StoredEntry<Person>[];
  accountLinks: [string, AccountLinkRecord][];
  loginLinks: [string, LoginLinkRecord][];
  topups: StoredEntry<Topup>[];
  topupSides: [string, TopupSide][];
  transfers: StoredEntry<Transfer>[];
  reversals: StoredEntry<TransferReversal>[];
  /** Absent from state kept before the sandbox made payouts. */
  payouts?: StoredEntry<Payout>[];
  balanceTransactions: StoredEntry<BalanceTransaction>[];
  events: StoredEntry<StripeEvent>[];
  webhookEndpoints: StoredEntry<WebhookEndpoint>[];
  webhookEndpointSides: [string, WebhookEndpointSide][];
  /** Absent from JSON files: deliveries were not kept then. */
  webhookDeliveries?: StoredEntry<WebhookDelivery>[];
  idempotency: [string, IdempotencyEntry][];
  /** Absent from files written before OAuth was served. */
  oauth?: [string, OAuthRecord][];
}

export const COLLECTION_KINDS = [
  'accounts',
  'persons',
  'topups',
  'transfers',
  'reversals',
  'payouts',
  'balanceTransactions',
  'events',
  'webhookEndpoints',
  'webhookDeliveries',
] as const;

export const KEYED_MAP_KINDS = ['accountSides', 'accountLinks', 'loginLinks', 'topupSides', 'webhookEndpointSides', 'idempotency', 'oauth'] as const;

export function emptyState(platformAccountId: string, journal: StateJournal): SandboxState {
  return restoreState({ version: 1, clockOffsetSeconds: 0, platformAccountId, ...emptyKinds() }, journal);
}

export function restoreState(saved: SerializedState, journal: StateJournal): SandboxState {
  return {
    platformAccountId: saved.platformAccountId,
    balances: totalBalances(saved.balanceTransactions),
    accounts: new Collection('accounts', journal, saved.accounts),
    accountSides: new KeyedMap('accountSides', journal, saved.accountSides),
    persons: new Collection('persons', journal, saved.persons),
    accountLinks: new KeyedMap('accountLinks', journal, saved.accountLinks),
    loginLinks: new KeyedMap('loginLinks', journal, saved.loginLinks),
    topups: new Collection('topups', journal, saved.topups),
    topupSides: new KeyedMap('topupSides', journal, saved.topupSides),
    transfers: new Collection('transfers', journal, saved.transfers),
    reversals: new Collection('reversals', journal, saved.reversals),
    payouts: new Collection('payouts', journal, saved.payouts ?? []),
    balanceTransactions: new Collection('balanceTransactions', journal, saved.balanceTransactions),
    events: new Collection('events', journal, saved.events),
    webhookEndpoints: new Collection('webhookEndpoints', journal, saved.webhookEndpoints),
    webhookEndpointSides: new KeyedMap('webhookEndpointSides', journal, saved.webhookEndpointSides),
    webhookDeliveries: new Collection('webhookDeliveries', journal, saved.webhookDeliveries ?? []),
    // A request still being served when the process stopped never finished: it must not replay.
    idempotency: new KeyedMap('idempotency', journal, saved.idempotency, (entry) => entry.response !== undefined),
    oauth: new KeyedMap('oauth', journal, saved.oauth),
  };
}

function emptyKinds() {
  const kinds = [...COLLECTION_KINDS, ...KEYED_MAP_KINDS].map((kind) => [kind, []]);
  return Object.fromEntries(kinds) as Omit<SerializedState, 'version' | 'clockOffsetSeconds' | 'platformAccountId'>;
}

function totalBalances(transactions: StoredEntry<BalanceTransaction>[]): BalanceTotals {
  const totals: BalanceTotals = new Map();
  for (const { owner, object } of transactions) {
    const byCurrency = totals.get(owner) ?? new Map<string, { available: number; pending: number }>();
    const total = byCurrency.get(object.currency) ?? { available: 0, pending: 0 };
    total[object.status] += object.net;
    byCurrency.set(object.currency, total);
    totals.set(owner, byCurrency);
  }
  return totals;
}
