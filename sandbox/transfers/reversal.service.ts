import { recordBalanceTransaction } from '../balance/ledger.service';
import { mergeMetadata, type MetadataUpdate } from '../http/params';
import { invalidRequest } from '../kernel/errors';
import { emitEvent, eventAccountOf, previousAttributes } from '../kernel/event.service';
import { newId } from '../kernel/ids';
import { checkMinimumAmount } from '../kernel/money';
import type { SandboxContext } from '../kernel/sandbox.context';
import { EMBEDDED_REVERSALS_LIMIT, type Transfer, type TransferReversal } from './transfer.model';
import { REVERSALS, TRANSFERS } from './transfer.stores';

export interface ReversalCreateInput {
  amount?: number | null;
  description?: string | null;
  metadata?: MetadataUpdate | null;
  /** The refund of a destination charge that reversed it (`reverse_transfer`). */
  sourceRefund?: string;
}

/** Moves (part of) a transfer back from the connected account to the platform. */
export function reverseTransfer(context: SandboxContext, transfer: Transfer, input: ReversalCreateInput): TransferReversal {
  const remaining = transfer.amount - transfer.amount_reversed;
  if (remaining === 0) throw invalidRequest(`Transfer ${transfer.id} has already been fully reversed.`);
  const amount = input.amount ?? remaining;
  checkMinimumAmount(amount, 1, transfer.currency);
  if (amount > remaining) {
    throw invalidRequest(`Amount (${amount}) is greater than the unreversed amount on transfer ${transfer.id} (${remaining}).`, { param: 'amount' });
  }
  const ownerId = context.state.of(TRANSFERS).ownerOf(transfer.id) ?? context.state.platformAccountId;
  const id = newId(REVERSALS.idPrefix);
  const destinationPaymentRefund = newId('pyr');
  recordBalanceTransaction(context, {
    accountId: transfer.destination,
    type: 'payment_refund',
    amount: -amount,
    currency: transfer.currency,
    source: destinationPaymentRefund,
    description: input.description ?? null,
    status: 'available',
  });
  const credit = recordBalanceTransaction(context, {
    accountId: ownerId,
    type: 'transfer_refund',
    amount,
    currency: transfer.currency,
    source: id,
    description: input.description ?? null,
    status: 'available',
  });
  const reversal: TransferReversal = {
    id,
    object: 'transfer_reversal',
    amount,
    balance_transaction: credit.id,
    created: context.clock.nowSeconds(),
    currency: transfer.currency,
    destination_payment_refund: destinationPaymentRefund,
    metadata: mergeMetadata({}, input.metadata),
    source_refund: input.sourceRefund ?? null,
    transfer: transfer.id,
  };
  context.state.of(REVERSALS).insert(ownerId, reversal);
  recordOnTransfer(context, transfer, reversal, ownerId);
  return reversal;
}

/** Only a reversal's metadata can change; its transfer embeds it, so that copy follows. */
export function updateReversal(context: SandboxContext, reversal: TransferReversal, metadata: MetadataUpdate | null | undefined): TransferReversal {
  reversal.metadata = mergeMetadata(reversal.metadata, metadata);
  const transfer = context.state.of(TRANSFERS).get(reversal.transfer);
  if (transfer) embedReversals(context, transfer);
  return reversal;
}

function recordOnTransfer(context: SandboxContext, transfer: Transfer, reversal: TransferReversal, ownerId: string) {
  const before = structuredClone(transfer);
  transfer.amount_reversed += reversal.amount;
  transfer.reversed = transfer.amount_reversed === transfer.amount;
  embedReversals(context, transfer);
  const previous = previousAttributes(before, transfer);
  emitEvent(context, { type: 'transfer.reversed', object: transfer, account: eventAccountOf(context, ownerId), previousAttributes: previous });
}

function embedReversals(context: SandboxContext, transfer: Transfer): void {
  const all = reversalsOf(context, transfer.id);
  transfer.reversals = {
    ...transfer.reversals,
    has_more: all.length > EMBEDDED_REVERSALS_LIMIT,
    data: all.slice(0, EMBEDDED_REVERSALS_LIMIT),
  };
}

/** A transfer's reversals, newest first. */
export function reversalsOf(context: SandboxContext, transferId: string): TransferReversal[] {
  const ownerId = context.state.of(TRANSFERS).ownerOf(transferId) ?? context.state.platformAccountId;
  return context.state.of(REVERSALS).listOwned(ownerId, (reversal) => reversal.transfer === transferId);
}
