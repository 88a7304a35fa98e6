import type { Account } from '../accounts/account.model';
import type { BankAccount } from '../accounts/bank-account.model';
import { defaultExternalAccount } from '../accounts/external-account.attach';
import { availableAmount, recordBalanceTransaction } from '../balance/ledger.service';
import { mergeMetadata, type MetadataUpdate } from '../http/params';
import { invalidRequest, noSuchParamResource } from '../kernel/errors';
import { emitEvent, eventAccountOf, previousAttributes } from '../kernel/event.service';
import { newId } from '../kernel/ids';
import { checkCurrency, checkMinimumAmount } from '../kernel/money';
import type { SandboxContext } from '../kernel/sandbox.context';
import type { Payout } from './payout.model';
import { PAYOUTS } from './payout.stores';

const MINIMUM_PAYOUT_AMOUNT_MINOR = 1;

export interface PayoutCreateInput {
  amount: number;
  currency: string;
  description?: string | null;
  destination?: string | null;
  metadata?: MetadataUpdate | null;
  method?: 'standard' | 'instant' | null;
  source_type?: 'bank_account' | 'card' | 'fpx' | null;
  statement_descriptor?: string | null;
}

/**
 * Takes available funds out of the account's balance now; they reach the bank when the payout
 * arrives (see payout.settlement.ts). `automatic` is a payout the account's schedule made.
 */
export function createPayout(context: SandboxContext, account: Account, input: PayoutCreateInput, automatic = false): Payout {
  const currency = checkCurrency(input.currency);
  checkMinimumAmount(input.amount, MINIMUM_PAYOUT_AMOUNT_MINOR, currency);
  if (input.method === 'instant') {
    throw invalidRequest('Instant Payouts are not available for this bank account; use the `standard` method.', {
      code: 'instant_payouts_unsupported',
      param: 'method',
    });
  }
  const bank = payoutDestination(account, currency, input.destination);
  if (!account.payouts_enabled) {
    throw invalidRequest('Payouts have been disabled on this account. Check its requirements to see what it still needs to provide.', {
      code: 'payouts_not_allowed',
    });
  }
  if (availableAmount(context, account.id, currency) < input.amount) {
    throw invalidRequest(
      'You have insufficient funds in your Stripe account. One likely reason you have insufficient funds is that your funds are automatically being paid out; try enabling manual payouts by going to https://dashboard.stripe.com/account/payouts.',
      { code: 'balance_insufficient' },
    );
  }
  const payout = newPayout(context, account, bank, input, automatic);
  context.state.of(PAYOUTS).insert(account.id, payout);
  emitEvent(context, { type: 'payout.created', object: payout, account: eventAccountOf(context, account.id) });
  return payout;
}

function newPayout(context: SandboxContext, account: Account, bank: BankAccount, input: PayoutCreateInput, automatic: boolean): Payout {
  const id = newId(PAYOUTS.idPrefix);
  const created = context.clock.nowSeconds();
  const debit = recordBalanceTransaction(context, {
    accountId: account.id,
    type: 'payout',
    amount: -input.amount,
    currency: bank.currency,
    source: id,
    description: input.description ?? (automatic ? 'STRIPE PAYOUT' : null),
    status: 'available',
  });
  return {
    id,
    object: 'payout',
    amount: input.amount,
    arrival_date: created + context.settings.settleDelaySeconds,
    automatic,
    balance_transaction: debit.id,
    created,
    currency: bank.currency,
    description: input.description ?? (automatic ? 'STRIPE PAYOUT' : null),
    destination: bank.id,
    failure_balance_transaction: null,
    failure_code: null,
    failure_message: null,
    livemode: false,
    metadata: mergeMetadata({}, input.metadata),
    method: 'standard',
    original_payout: null,
    reconciliation_status: automatic ? 'in_progress' : 'not_applicable',
    reversed_by: null,
    source_type: input.source_type ?? 'card',
    statement_descriptor: input.statement_descriptor ?? account.settings.payouts.statement_descriptor,
    status: 'pending',
    type: 'bank_account',
  };
}

/** The named bank account, else the default one for the currency. */
function payoutDestination(account: Account, currency: string, destination: string | null | undefined): BankAccount {
  if (destination) {
    const bank = account.external_accounts.data.find((candidate) => candidate.id === destination);
    if (!bank) throw noSuchParamResource('external account', destination, 'destination');
    if (bank.currency !== currency) {
      throw invalidRequest(`The currency of the bank account (${bank.currency}) does not match the payout currency (${currency}).`, { param: 'destination' });
    }
    return bank;
  }
  const bank = defaultExternalAccount(account, currency);
  if (!bank) throw invalidRequest(`You don't have any external accounts in that currency (${currency}).`, { param: 'currency' });
  return bank;
}

export function updatePayout(context: SandboxContext, payout: Payout, metadata: MetadataUpdate | null | undefined): Payout {
  const before = structuredClone(payout);
  payout.metadata = mergeMetadata(payout.metadata, metadata);
  const changed = previousAttributes(before, payout);
  if (changed) announcePayout(context, payout, 'payout.updated', changed);
  return payout;
}

/** Only a payout still pending can be canceled, and never one Stripe made on a schedule. */
export function cancelPayout(context: SandboxContext, payout: Payout): Payout {
  if (payout.automatic) throw invalidRequest(`Payout ${payout.id} was made automatically by Stripe and cannot be canceled.`);
  if (payout.status !== 'pending') {
    throw invalidRequest(`Payout ${payout.id} cannot be canceled: only pending payouts can be, and its status is '${payout.status}'.`);
  }
  return finishPayout(context, payout, 'canceled');
}

/**
 * A payout ends paid, failed or canceled. The last two put the money back into the available
 * balance with a reversing transaction, the first one is never edited.
 */
export function finishPayout(
  context: SandboxContext,
  payout: Payout,
  status: 'paid' | 'failed' | 'canceled',
  failure?: { code: string; message: string },
): Payout {
  const before = structuredClone(payout);
  if (status !== 'paid') {
    payout.failure_balance_transaction = recordBalanceTransaction(context, {
      accountId: ownerOf(context, payout),
      type: status === 'failed' ? 'payout_failure' : 'payout_cancel',
      amount: payout.amount,
      currency: payout.currency,
      source: payout.id,
      description: status === 'failed' ? `Payout ${payout.id} failed: ${failure?.code ?? 'unknown'}` : `Payout ${payout.id} canceled`,
      status: 'available',
    }).id;
  }
  payout.status = status;
  payout.failure_code = failure?.code ?? null;
  payout.failure_message = failure?.message ?? null;
  if (payout.automatic && status === 'paid') payout.reconciliation_status = 'completed';
  announcePayout(context, payout, 'payout.updated', previousAttributes(before, payout));
  announcePayout(context, payout, `payout.${status}`);
  return payout;
}

function ownerOf(context: SandboxContext, payout: Payout): string {
  return context.state.of(PAYOUTS).ownerOf(payout.id) ?? context.state.platformAccountId;
}

function announcePayout(context: SandboxContext, payout: Payout, type: string, previous?: Record<string, unknown>): void {
  emitEvent(context, { type, object: payout, account: eventAccountOf(context, ownerOf(context, payout)), previousAttributes: previous });
}
