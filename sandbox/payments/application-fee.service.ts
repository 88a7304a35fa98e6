import { recordBalanceTransaction } from '../balance/ledger.service';
import { mergeMetadata, type MetadataUpdate } from '../http/params';
import { invalidParam, invalidRequest, noSuchResource } from '../kernel/errors';
import { emitEvent } from '../kernel/event.service';
import { newId } from '../kernel/ids';
import type { SandboxContext } from '../kernel/sandbox.context';
import type { ApplicationFee, FeeRefund } from './application-fee.model';
import { APPLICATION_FEES, FEE_REFUNDS } from './payment.stores';

export function requireApplicationFee(context: SandboxContext, ownerId: string, id: string): ApplicationFee {
  const fee = context.state.of(APPLICATION_FEES).getOwned(ownerId, id);
  if (!fee) throw noSuchResource('application fee', id, 'id');
  return fee;
}

/** A fee's refunds, newest first. */
export function refundsOfFee(context: SandboxContext, feeId: string): FeeRefund[] {
  return context.state.of(FEE_REFUNDS).listOwned(context.state.platformAccountId, (refund) => refund.fee === feeId);
}

/**
 * Gives (part of) an application fee back to the account that paid it: the platform's
 * balance is debited and the connected account's credited, with `application_fee.refunded`.
 */
export function refundApplicationFee(
  context: SandboxContext,
  fee: ApplicationFee,
  input: { amount?: number | null; metadata?: MetadataUpdate | null },
): FeeRefund {
  const remaining = fee.amount - fee.amount_refunded;
  if (remaining === 0) throw invalidRequest(`Application fee ${fee.id} has already been refunded.`, { code: 'charge_already_refunded' });
  const amount = input.amount ?? remaining;
  if (amount < 1 || amount > remaining) {
    throw invalidParam(`Refund amount (${amount}) must be between 1 and the unrefunded amount of application fee ${fee.id} (${remaining}).`, 'amount');
  }
  const platformId = context.state.platformAccountId;
  const id = newId(FEE_REFUNDS.idPrefix);
  const debit = recordBalanceTransaction(context, {
    accountId: platformId,
    type: 'application_fee_refund',
    amount: -amount,
    currency: fee.currency,
    source: id,
    description: null,
    status: 'available',
  });
  recordBalanceTransaction(context, {
    accountId: fee.account,
    type: 'application_fee_refund',
    amount,
    currency: fee.currency,
    source: id,
    description: null,
    status: 'available',
  });
  const refund: FeeRefund = {
    id,
    object: 'fee_refund',
    amount,
    balance_transaction: debit.id,
    created: context.clock.nowSeconds(),
    currency: fee.currency,
    fee: fee.id,
    metadata: mergeMetadata({}, input.metadata),
  };
  context.state.of(FEE_REFUNDS).insert(platformId, refund);
  const previous = { amount_refunded: fee.amount_refunded, refunded: fee.refunded, refunds: structuredClone(fee.refunds) };
  fee.amount_refunded += amount;
  fee.refunded = fee.amount_refunded === fee.amount;
  embedFeeRefunds(context, fee);
  emitEvent(context, { type: 'application_fee.refunded', object: fee, previousAttributes: previous });
  return refund;
}

export function embedFeeRefunds(context: SandboxContext, fee: ApplicationFee): void {
  const all = refundsOfFee(context, fee.id);
  fee.refunds = { ...fee.refunds, has_more: all.length > 10, data: all.slice(0, 10).map((refund) => structuredClone(refund)) };
}

export function updateFeeRefund(context: SandboxContext, refund: FeeRefund, metadata: MetadataUpdate | null | undefined): FeeRefund {
  const previous = { metadata: refund.metadata };
  refund.metadata = mergeMetadata(refund.metadata, metadata);
  const fee = context.state.of(APPLICATION_FEES).get(refund.fee);
  if (fee) {
    embedFeeRefunds(context, fee);
    emitEvent(context, { type: 'application_fee.refund.updated', object: refund, previousAttributes: previous });
  }
  return refund;
}
