import type { Account, AccountSide } from '../accounts/account.model';
import type { Person } from '../accounts/person.model';
import type { BalanceTransaction } from '../balance/balance-transaction.model';
import type { StripeEvent } from '../events/event.model';
import type { Topup, TopupSide } from '../topups/topup.model';
import type { Transfer, TransferReversal } from '../transfers/transfer.model';
import type { WebhookEndpoint, WebhookEndpointSide } from '../webhooks/webhook-endpoint.model';
import { Collection, type StoredEntry } from './collection';

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
}

export interface IdempotencyEntry {
  fingerprint: string;
  createdSeconds: number;
  /** Absent while the first request is still being served. */
  response?: { status: number; bodyText: string; requestId: string };
}

/** Everything the sandbox knows; plain data so it can be saved to and loaded from JSON. */
/** Running totals per account and currency, rebuilt from balance transactions on load. */
export type BalanceTotals = Map<string, Map<string, { available: number; pending: number }>>;

export interface SandboxState {
  platformAccountId: string;
  balances: BalanceTotals;
  accounts: Collection<Account>;
  accountSides: Map<string, AccountSide>;
  persons: Collection<Person>;
  accountLinks: Map<string, AccountLinkRecord>;
  loginLinks: Map<string, LoginLinkRecord>;
  topups: Collection<Topup>;
  topupSides: Map<string, TopupSide>;
  transfers: Collection<Transfer>;
  reversals: Collection<TransferReversal>;
  balanceTransactions: Collection<BalanceTransaction>;
  events: Collection<StripeEvent>;
  webhookEndpoints: Collection<WebhookEndpoint>;
  webhookEndpointSides: Map<string, WebhookEndpointSide>;
  idempotency: Map<string, IdempotencyEntry>;
}

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
  balanceTransactions: StoredEntry<BalanceTransaction>[];
  events: StoredEntry<StripeEvent>[];
  webhookEndpoints: StoredEntry<WebhookEndpoint>[];
  webhookEndpointSides: [string, WebhookEndpointSide][];
  idempotency: [string, IdempotencyEntry][];
}

export function emptyState(platformAccountId: string): SandboxState {
  return restoreState({
    version: 1,
    clockOffsetSeconds: 0,
    platformAccountId,
    accounts: [],
    accountSides: [],
    persons: [],
    accountLinks: [],
    loginLinks: [],
    topups: [],
    topupSides: [],
    transfers: [],
    reversals: [],
    balanceTransactions: [],
    events: [],
    webhookEndpoints: [],
    webhookEndpointSides: [],
    idempotency: [],
  });
}

export function restoreState(saved: SerializedState): SandboxState {
  return {
    platformAccountId: saved.platformAccountId,
    balances: totalBalances(saved.balanceTransactions),
    accounts: new Collection(saved.accounts),
    accountSides: new Map(saved.accountSides),
    persons: new Collection(saved.persons),
    accountLinks: new Map(saved.accountLinks),
    loginLinks: new Map(saved.loginLinks),
    topups: new Collection(saved.topups),
    topupSides: new Map(saved.topupSides),
    transfers: new Collection(saved.transfers),
    reversals: new Collection(saved.reversals),
    balanceTransactions: new Collection(saved.balanceTransactions),
    events: new Collection(saved.events),
    webhookEndpoints: new Collection(saved.webhookEndpoints),
    webhookEndpointSides: new Map(saved.webhookEndpointSides),
    idempotency: new Map(saved.idempotency),
  };
}

export function serializeState(state: SandboxState, clockOffsetSeconds: number): SerializedState {
  return {
    version: 1,
    clockOffsetSeconds,
    platformAccountId: state.platformAccountId,
    accounts: state.accounts.toJSON(),
    accountSides: [...state.accountSides],
    persons: state.persons.toJSON(),
    accountLinks: [...state.accountLinks],
    loginLinks: [...state.loginLinks],
    topups: state.topups.toJSON(),
    topupSides: [...state.topupSides],
    transfers: state.transfers.toJSON(),
    reversals: state.reversals.toJSON(),
    balanceTransactions: state.balanceTransactions.toJSON(),
    events: state.events.toJSON(),
    webhookEndpoints: state.webhookEndpoints.toJSON(),
    webhookEndpointSides: [...state.webhookEndpointSides],
    // A request still in flight when the process stops never finished: it must not replay.
    idempotency: [...state.idempotency].filter(([, entry]) => entry.response !== undefined),
  };
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
