import type { Account, AccountSide } from '../accounts/account.model';
import type { Person } from '../accounts/person.model';
import type { BalanceTransaction } from '../balance/balance-transaction.model';
import type { CheckoutSession, CheckoutSide } from '../checkout/checkout-session.model';
import type { Customer } from '../customers/customer.model';
import type { ApplicationFee, FeeRefund } from '../payments/application-fee.model';
import type { Charge } from '../payments/charge.model';
import type { Dispute } from '../payments/dispute.model';
import type { PaymentIntent } from '../payments/payment-intent.model';
import type { PaymentMethod } from '../payments/payment-method.model';
import type { Refund } from '../payments/refund.model';
import type { Payout } from '../payouts/payout.model';
import type { Price, Product } from '../products/product.model';
import type { StripeEvent } from './event.model';
import type { OAuthRecord } from '../oauth/oauth.model';
import type { Topup, TopupSide } from '../topups/topup.model';
import type { Transfer, TransferReversal } from '../transfers/transfer.model';
import type { WebhookDelivery } from '../webhooks/webhook-delivery.model';
import type { WebhookEndpoint, WebhookEndpointSide } from '../webhooks/webhook-endpoint.model';
import { Collection, type StoredEntry } from '../state/collection';
import { KeyedMap } from '../state/keyed-map';
import type { StateJournal } from '../state/state-journal';

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
  products: Collection<Product>;
  prices: Collection<Price>;
  customers: Collection<Customer>;
  paymentMethods: Collection<PaymentMethod>;
  paymentIntents: Collection<PaymentIntent>;
  charges: Collection<Charge>;
  refunds: Collection<Refund>;
  disputes: Collection<Dispute>;
  applicationFees: Collection<ApplicationFee>;
  feeRefunds: Collection<FeeRefund>;
  checkoutSessions: Collection<CheckoutSession>;
  checkoutSides: KeyedMap<CheckoutSide>;
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
  /** Absent from files written before payments were served. */
  products?: StoredEntry<Product>[];
  prices?: StoredEntry<Price>[];
  customers?: StoredEntry<Customer>[];
  paymentMethods?: StoredEntry<PaymentMethod>[];
  paymentIntents?: StoredEntry<PaymentIntent>[];
  charges?: StoredEntry<Charge>[];
  refunds?: StoredEntry<Refund>[];
  disputes?: StoredEntry<Dispute>[];
  applicationFees?: StoredEntry<ApplicationFee>[];
  feeRefunds?: StoredEntry<FeeRefund>[];
  checkoutSessions?: StoredEntry<CheckoutSession>[];
  checkoutSides?: [string, CheckoutSide][];
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
  'products',
  'prices',
  'customers',
  'paymentMethods',
  'paymentIntents',
  'charges',
  'refunds',
  'disputes',
  'applicationFees',
  'feeRefunds',
  'checkoutSessions',
] as const;

export const KEYED_MAP_KINDS = ['accountSides', 'accountLinks', 'loginLinks', 'topupSides', 'webhookEndpointSides', 'idempotency', 'oauth', 'checkoutSides'] as const;

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
    products: new Collection('products', journal, saved.products ?? []),
    prices: new Collection('prices', journal, saved.prices ?? []),
    customers: new Collection('customers', journal, saved.customers ?? []),
    paymentMethods: new Collection('paymentMethods', journal, saved.paymentMethods ?? []),
    paymentIntents: new Collection('paymentIntents', journal, saved.paymentIntents ?? []),
    charges: new Collection('charges', journal, saved.charges ?? []),
    refunds: new Collection('refunds', journal, saved.refunds ?? []),
    disputes: new Collection('disputes', journal, saved.disputes ?? []),
    applicationFees: new Collection('applicationFees', journal, saved.applicationFees ?? []),
    feeRefunds: new Collection('feeRefunds', journal, saved.feeRefunds ?? []),
    checkoutSessions: new Collection('checkoutSessions', journal, saved.checkoutSessions ?? []),
    checkoutSides: new KeyedMap('checkoutSides', journal, saved.checkoutSides),
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
