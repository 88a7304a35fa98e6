import type Stripe from 'stripe';
import { AppError, ErrorCode } from '../errors/errors';
import { stripeErrorCode, stripeFailure } from '../stripe/stripe-errors';
import { type ReversalFacts, reversalFacts } from './transfer-reversal.stripe';
import { type Transfer, transferGroupOf } from './transfer.entity';

/** What a Stripe transfer says, in our terms: from a create or retrieve answer, a list, or a webhook. */
export interface TransferFacts {
  stripeTransferId: string;
  /** Our row's id, from the metadata we sent (absent for a transfer made elsewhere). */
  transferId: string | null;
  /** Stripe's `amount_reversed`, or 0 when only one reversal is known. */
  amountReversedMinor: number;
  reversals: ReversalFacts[];
}

export function transferFacts(transfer: Stripe.Transfer): TransferFacts {
  return {
    stripeTransferId: transfer.id,
    transferId: transfer.metadata?.transfer_id ?? null,
    amountReversedMinor: transfer.amount_reversed,
    reversals: (transfer.reversals?.data ?? []).map(reversalFacts),
  };
}

/** A single reversal Stripe confirmed, as the facts of its transfer. */
export function reversedTransferFacts(reversal: Stripe.TransferReversal): TransferFacts {
  const facts = reversalFacts(reversal);
  return { stripeTransferId: facts.stripeTransferId, transferId: null, amountReversedMinor: 0, reversals: [facts] };
}

/** Stripe embeds only the first page of a transfer's reversals. */
export function hasMoreReversals(transfer: Stripe.Transfer): boolean {
  return transfer.reversals?.has_more === true;
}

export function withReversals(transfer: Stripe.Transfer, all: Stripe.TransferReversal[]): Stripe.Transfer {
  return { ...transfer, reversals: { ...transfer.reversals, data: all, has_more: false } };
}

/** Stripe's request for the row: its group and metadata let a lost answer be found again. */
export function transferParams(transfer: Transfer, destination: string): Stripe.TransferCreateParams {
  return {
    amount: transfer.amountMinor,
    currency: transfer.currency,
    destination,
    transfer_group: transferGroupOf(transfer),
    ...(transfer.description ? { description: transfer.description } : {}),
    metadata: { transfer_id: transfer.id, writer_id: transfer.writerId },
  };
}

/** Stripe's transfers in the row's group (a payout run's group holds every item's transfer). */
export function transfersInGroup(transfer: Transfer, limit: number): Stripe.TransferListParams {
  return { transfer_group: transferGroupOf(transfer), limit };
}

// Stripe codes that mean the destination cannot take the money, not that we lack it.
const DESTINATION_REFUSALS = new Set(['insufficient_capabilities_for_transfer', 'account_invalid', 'transfers_not_allowed']);

/** Stripe's refusal in our terms: balance_insufficient is INSUFFICIENT_FUNDS, as the contract says. */
export function transferRefusal(error: unknown): AppError {
  const failure = stripeFailure(error, 'send the transfer');
  const code = stripeErrorCode(error);
  if (code === 'balance_insufficient') {
    return new AppError(ErrorCode.InsufficientFunds, 'Stripe refused the transfer: the available balance does not cover it.', failure.extensions);
  }
  if (code && DESTINATION_REFUSALS.has(code)) {
    return new AppError(ErrorCode.WriterNotPayable, `Stripe refused the transfer: ${failure.message}`, failure.extensions);
  }
  return failure;
}
