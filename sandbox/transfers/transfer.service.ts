import { findAccount } from '../accounts/account.lookup';
import type { Account } from '../accounts/account.model';
import { availableAmount, recordBalanceTransaction } from '../balance/ledger.service';
import { mergeMetadata, type MetadataUpdate } from '../http/params';
import { invalidRequest, noSuchParamResource } from '../kernel/errors';
import { emitEvent, eventAccountOf, previousAttributes } from '../kernel/event.service';
import { newId } from '../kernel/ids';
import { checkCurrency, checkMinimumAmount } from '../kernel/money';
import type { SandboxContext } from '../kernel/sandbox.context';
import type { Transfer } from './transfer.model';
import { TRANSFERS } from './transfer.stores';

const MINIMUM_TRANSFER_AMOUNT_MINOR = 1;

export interface TransferCreateInput {
  amount: number;
  currency: string;
  destination: string;
  description?: string | null;
  metadata?: MetadataUpdate | null;
  source_transaction?: string | null;
  source_type?: 'bank_account' | 'card' | 'fpx' | null;
  transfer_group?: string | null;
}

/** Moves available funds from the caller's balance to a connected account's balance. */
export function createTransfer(context: SandboxContext, sourceAccountId: string, input: TransferCreateInput): Transfer {
  const currency = checkCurrency(input.currency);
  checkMinimumAmount(input.amount, MINIMUM_TRANSFER_AMOUNT_MINOR, currency);
  if (input.source_transaction) throw noSuchParamResource('charge', input.source_transaction, 'source_transaction');
  checkDestination(context, sourceAccountId, input.destination);
  if (availableAmount(context, sourceAccountId, currency) < input.amount) {
    throw invalidRequest(
      'You have insufficient funds in your Stripe account for this transfer. Your card balance is too low. You can use the /v1/balance endpoint to view your Stripe balance (for more details, see stripe.com/docs/api#balance).',
      { code: 'balance_insufficient' },
    );
  }
  const id = newId(TRANSFERS.idPrefix);
  const destinationPayment = newId('py');
  const debit = recordBalanceTransaction(context, {
    accountId: sourceAccountId,
    type: 'transfer',
    amount: -input.amount,
    currency,
    source: id,
    description: input.description ?? null,
    status: 'available',
  });
  recordBalanceTransaction(context, {
    accountId: input.destination,
    type: 'payment',
    amount: input.amount,
    currency,
    source: destinationPayment,
    description: input.description ?? null,
    status: 'available',
  });
  const transfer: Transfer = {
    id,
    object: 'transfer',
    amount: input.amount,
    amount_reversed: 0,
    balance_transaction: debit.id,
    created: context.clock.nowSeconds(),
    currency,
    description: input.description ?? null,
    destination: input.destination,
    destination_payment: destinationPayment,
    livemode: false,
    metadata: mergeMetadata({}, input.metadata),
    reversals: { object: 'list', url: `/v1/transfers/${id}/reversals`, has_more: false, data: [] },
    reversed: false,
    source_transaction: null,
    source_type: input.source_type ?? 'card',
    transfer_group: input.transfer_group ?? null,
  };
  context.state.of(TRANSFERS).insert(sourceAccountId, transfer);
  emitEvent(context, { type: 'transfer.created', object: transfer, account: eventAccountOf(context, sourceAccountId) });
  return transfer;
}

function checkDestination(context: SandboxContext, sourceAccountId: string, destinationId: string): void {
  const destination = findAccount(context, destinationId);
  if (!destination || destinationId === sourceAccountId || destinationId === context.state.platformAccountId) {
    throw noSuchParamResource('destination', destinationId, 'destination');
  }
  if (destination.capabilities.transfers !== 'active' && !ownsStripeDashboard(destination)) {
    throw invalidRequest(
      'Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments',
      { code: 'insufficient_capabilities_for_transfer', param: 'destination' },
    );
  }
}

/**
 * Test mode does not hold an account with the full Stripe Dashboard (a Standard account, run by
 * its holder) to the transfers capability: Stripe's own `transfer.created` fixture creates one
 * and transfers to it at once. Accounts the platform runs (Express, Custom) need it active.
 */
function ownsStripeDashboard(account: Account): boolean {
  return account.controller.stripe_dashboard?.type === 'full';
}

export function updateTransfer(
  context: SandboxContext,
  transfer: Transfer,
  input: { description?: string | null; metadata?: MetadataUpdate | null },
): Transfer {
  const before = structuredClone(transfer);
  if (input.description !== undefined) transfer.description = input.description;
  transfer.metadata = mergeMetadata(transfer.metadata, input.metadata);
  const previous = previousAttributes(before, transfer);
  if (previous) {
    const owner = context.state.of(TRANSFERS).ownerOf(transfer.id) ?? context.state.platformAccountId;
    emitEvent(context, {
      type: 'transfer.updated',
      object: transfer,
      account: eventAccountOf(context, owner),
      previousAttributes: previous,
    });
  }
  return transfer;
}
