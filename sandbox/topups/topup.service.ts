import { announceAvailableFunds } from '../balance/balance.service';
import { makeAvailable, recordBalanceTransaction } from '../balance/ledger.service';
import type { MetadataUpdate } from '../http/params';
import { mergeMetadata } from '../http/params';
import { invalidRequest, noSuchParamResource } from '../kernel/errors';
import { emitEvent } from '../kernel/event.service';
import { newId, randomBase62 } from '../kernel/ids';
import { checkCurrency, checkMinimumAmount } from '../kernel/money';
import type { SandboxContext } from '../kernel/sandbox.context';
import { DEFAULT_BANK_TOKEN, failureMessage, findBankToken, type BankTokenOutcome } from './bank-token.catalog';
import type { Topup, TopupSource, TopupStatus } from './topup.model';
import { TOPUPS, TOPUP_SIDES } from './topup.stores';

const MINIMUM_TOPUP_AMOUNT_MINOR = 100;

export interface TopupCreateInput {
  amount: number;
  currency: string;
  description?: string | null;
  metadata?: MetadataUpdate | null;
  source?: string | null;
  statement_descriptor?: string | null;
  transfer_group?: string | null;
}

export function createTopup(context: SandboxContext, accountId: string, input: TopupCreateInput): Topup {
  const currency = checkCurrency(input.currency);
  const outcome = findBankToken(input.source ?? DEFAULT_BANK_TOKEN);
  if (!outcome) throw noSuchParamResource('source', input.source ?? '', 'source');
  checkMinimumAmount(input.amount, MINIMUM_TOPUP_AMOUNT_MINOR, currency);
  const created = context.clock.nowSeconds();
  const availableOn = created + context.settings.settleDelaySeconds;
  const topup: Topup = {
    id: newId(TOPUPS.idPrefix),
    object: 'topup',
    amount: input.amount,
    balance_transaction: null,
    created,
    currency,
    description: input.description ?? null,
    expected_availability_date: availableOn,
    failure_code: null,
    failure_message: null,
    livemode: false,
    metadata: mergeMetadata({}, input.metadata),
    source: sourceFor(outcome, currency, created),
    statement_descriptor: input.statement_descriptor ?? null,
    status: 'pending',
    transfer_group: input.transfer_group ?? null,
  };
  topup.balance_transaction = recordBalanceTransaction(context, {
    accountId,
    type: 'topup',
    amount: input.amount,
    currency,
    source: topup.id,
    description: input.description ?? 'Top-up',
    status: 'pending',
    availableOnSeconds: availableOn,
  }).id;
  context.state.of(TOPUPS).insert(accountId, topup);
  context.state.of(TOPUP_SIDES).set(topup.id, { outcome });
  announce(context, topup, 'topup.created');
  return topup;
}

function sourceFor(outcome: BankTokenOutcome, currency: string, created: number): TopupSource {
  return {
    id: newId('src'),
    object: 'source',
    ach_debit: {
      bank_name: 'STRIPE TEST BANK',
      country: 'US',
      fingerprint: randomBase62(16),
      last4: outcome.last4,
      routing_number: '110000000',
      type: 'individual',
    },
    amount: null,
    client_secret: `src_client_secret_${randomBase62(24)}`,
    created,
    currency,
    flow: 'none',
    livemode: false,
    metadata: {},
    owner: null,
    statement_descriptor: null,
    status: 'chargeable',
    type: 'ach_debit',
    usage: 'reusable',
  };
}

/** The bank debit settles: funds become available, or the test token's failure happens now. */
export function settleTopup(context: SandboxContext, topup: Topup): Topup {
  requireStatus(topup, 'pending', 'settled');
  const failure = context.state.of(TOPUP_SIDES).get(topup.id)?.outcome.failure;
  if (failure) return finishUnsuccessfully(context, topup, 'failed', failure);
  if (topup.balance_transaction) makeAvailable(context, topup.balance_transaction);
  topup.status = 'succeeded';
  announce(context, topup, 'topup.succeeded');
  announceAvailableFunds(context, context.state.of(TOPUPS).ownerOf(topup.id) ?? context.state.platformAccountId);
  return topup;
}

export function failTopup(context: SandboxContext, topup: Topup, failureCode: string): Topup {
  requireStatus(topup, 'pending', 'failed');
  const message = failureMessage(failureCode) ?? 'The top-up failed.';
  return finishUnsuccessfully(context, topup, 'failed', { code: failureCode, message });
}

export function cancelTopup(context: SandboxContext, topup: Topup): Topup {
  requireStatus(topup, 'pending', 'canceled');
  return finishUnsuccessfully(context, topup, 'canceled');
}

/** The bank claws a succeeded top-up back (e.g. an ACH return): its amount leaves the balance. */
export function reverseTopup(context: SandboxContext, topup: Topup): Topup {
  requireStatus(topup, 'succeeded', 'reversed');
  debitTopup(context, topup);
  topup.status = 'reversed';
  announce(context, topup, 'topup.reversed');
  return topup;
}

/** Settles every pending top-up whose availability date has come. */
export function settleDueTopups(context: SandboxContext): string[] {
  const now = context.clock.nowSeconds();
  const due = context.state.of(TOPUPS).values((topup) => topup.status === 'pending' && topup.expected_availability_date <= now);
  return due.map((topup) => settleTopup(context, topup).id);
}

function finishUnsuccessfully(context: SandboxContext, topup: Topup, status: 'failed' | 'canceled', failure?: { code: string; message: string }): Topup {
  // The pending credit lands and is taken back at once, so both balances net to zero.
  if (topup.balance_transaction) makeAvailable(context, topup.balance_transaction);
  debitTopup(context, topup);
  topup.status = status;
  topup.failure_code = failure?.code ?? null;
  topup.failure_message = failure?.message ?? null;
  announce(context, topup, status === 'failed' ? 'topup.failed' : 'topup.canceled');
  return topup;
}

function debitTopup(context: SandboxContext, topup: Topup): void {
  recordBalanceTransaction(context, {
    accountId: context.state.of(TOPUPS).ownerOf(topup.id) ?? context.state.platformAccountId,
    type: 'topup_reversal',
    amount: -topup.amount,
    currency: topup.currency,
    source: topup.id,
    description: `Top-up ${topup.id} ${topup.status === 'succeeded' ? 'reversed' : 'not completed'}`,
    status: 'available',
  });
}

function requireStatus(topup: Topup, expected: TopupStatus, action: string): void {
  if (topup.status === expected) return;
  throw invalidRequest(`Top-up ${topup.id} cannot be ${action}: its status is '${topup.status}', and only ${expected} top-ups can be.`);
}

function announce(context: SandboxContext, topup: Topup, type: string): void {
  const owner = context.state.of(TOPUPS).ownerOf(topup.id);
  emitEvent(context, { type, object: topup, account: owner === context.state.platformAccountId ? undefined : owner });
}
