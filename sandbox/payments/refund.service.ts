import { recordBalanceTransaction } from '../balance/ledger.service';
import { mergeMetadata, type MetadataUpdate } from '../http/params';
import { invalidParam, invalidRequest, noSuchParamResource } from '../kernel/errors';
import { emitEvent, eventAccountOf } from '../kernel/event.service';
import { newId } from '../kernel/ids';
import type { SandboxContext } from '../kernel/sandbox.context';
import { reverseTransfer } from '../transfers/reversal.service';
import { TRANSFERS } from '../transfers/transfer.stores';
import { refundApplicationFee } from './application-fee.service';
import { EMBEDDED_REFUNDS_LIMIT, type Charge } from './charge.model';
import { APPLICATION_FEES, CHARGES, DISPUTES, PAYMENT_INTENTS, REFUNDS } from './payment.stores';
import type { Refund } from './refund.model';

export interface RefundInput {
  charge?: string | null;
  payment_intent?: string | null;
  amount?: number | null;
  reason?: Refund['reason'];
  metadata?: MetadataUpdate | null;
  reverse_transfer?: boolean | null;
  refund_application_fee?: boolean | null;
}

/**
 * Refunds (part of) a charge from the balance of the account it was made on: for a destination
 * charge the platform pays. `reverse_transfer` takes the same share of the transfer back from
 * the connected account; `refund_application_fee` gives back the same share of the fee. Stripe
 * keeps its processing fee.
 */
export function createRefund(context: SandboxContext, ownerId: string, input: RefundInput): Refund {
  const charge = refundableCharge(context, ownerId, input);
  const remaining = charge.amount - charge.amount_refunded;
  const amount = input.amount ?? remaining;
  if (amount < 1) throw invalidParam('Refund amount must be at least 1.', 'amount', 'parameter_invalid_integer');
  if (amount > remaining) {
    throw invalidRequest(`Refund amount (${amount}) is greater than unrefunded amount on charge (${remaining})`, { code: 'amount_too_large', param: 'amount' });
  }
  if (input.reverse_transfer && !charge.transfer)
    throw invalidParam('`reverse_transfer` can only be used on destination charges (a charge with `transfer_data[destination]`).', 'reverse_transfer');
  if (input.refund_application_fee && !charge.application_fee)
    throw invalidParam('`refund_application_fee` can only be used on a charge with an application fee.', 'refund_application_fee');
  const id = newId(REFUNDS.idPrefix);
  const debit = recordBalanceTransaction(context, {
    accountId: ownerId,
    type: 'refund',
    amount: -amount,
    currency: charge.currency,
    source: id,
    description: 'REFUND FOR CHARGE',
    status: 'available',
  });
  const refund: Refund = {
    id,
    object: 'refund',
    amount,
    balance_transaction: debit.id,
    charge: charge.id,
    created: context.clock.nowSeconds(),
    currency: charge.currency,
    metadata: mergeMetadata({}, input.metadata),
    payment_intent: charge.payment_intent,
    reason: input.reason ?? null,
    receipt_number: null,
    source_transfer_reversal: null,
    status: 'succeeded',
    transfer_reversal: null,
  };
  context.state.of(REFUNDS).insert(ownerId, refund);
  if (input.reverse_transfer) refund.transfer_reversal = reverseShareOfTransfer(context, charge, amount, id);
  if (input.refund_application_fee) refundShareOfFee(context, charge, amount);
  recordOnCharge(context, ownerId, charge, refund);
  return refund;
}

function refundableCharge(context: SandboxContext, ownerId: string, input: RefundInput): Charge {
  if (!input.charge && !input.payment_intent)
    throw invalidParam('One of the following params should be provided for this request: payment_intent or charge.', 'charge', 'parameter_missing');
  let chargeId = input.charge;
  if (input.payment_intent) {
    const intent = context.state.of(PAYMENT_INTENTS).getOwned(ownerId, input.payment_intent);
    if (!intent) throw noSuchParamResource('payment_intent', input.payment_intent, 'payment_intent');
    if (intent.status !== 'succeeded' || !intent.latest_charge) {
      throw invalidRequest(`This PaymentIntent (${intent.id}) does not have a successful charge to refund.`, {
        code: 'charge_not_refundable',
        param: 'payment_intent',
      });
    }
    if (chargeId && chargeId !== intent.latest_charge) throw invalidParam(`Charge ${chargeId} does not belong to PaymentIntent ${intent.id}.`, 'charge');
    chargeId = intent.latest_charge;
  }
  const charge = context.state.of(CHARGES).getOwned(ownerId, chargeId!);
  if (!charge) throw noSuchParamResource('charge', chargeId!, 'charge');
  if (charge.status !== 'succeeded')
    throw invalidRequest(`Charge ${charge.id} has not succeeded; only a successful charge can be refunded.`, { code: 'charge_not_refundable' });
  if (charge.amount_refunded === charge.amount) throw invalidRequest(`Charge ${charge.id} has already been refunded.`, { code: 'charge_already_refunded' });
  const dispute = context.state.of(DISPUTES).values((candidate) => candidate.charge === charge.id && !candidate.is_charge_refundable)[0];
  if (dispute) throw invalidRequest(`Charge ${charge.id} has been charged back; cannot issue a refund.`, { code: 'charge_disputed' });
  return charge;
}

function share(part: number, of: number, whole: number): number {
  return Math.round((part * of) / whole);
}

function reverseShareOfTransfer(context: SandboxContext, charge: Charge, refundAmount: number, refundId: string): string | null {
  const transfer = context.state.of(TRANSFERS).get(charge.transfer!)!;
  const remaining = transfer.amount - transfer.amount_reversed;
  const amount = Math.min(remaining, charge.amount_refunded + refundAmount === charge.amount ? remaining : share(refundAmount, transfer.amount, charge.amount));
  if (amount < 1) return null;
  return reverseTransfer(context, transfer, { amount, sourceRefund: refundId }).id;
}

function refundShareOfFee(context: SandboxContext, charge: Charge, refundAmount: number): void {
  const fee = context.state.of(APPLICATION_FEES).get(charge.application_fee!)!;
  const remaining = fee.amount - fee.amount_refunded;
  const amount = Math.min(remaining, charge.amount_refunded + refundAmount === charge.amount ? remaining : share(refundAmount, fee.amount, charge.amount));
  if (amount >= 1) refundApplicationFee(context, fee, { amount });
}

function recordOnCharge(context: SandboxContext, ownerId: string, charge: Charge, refund: Refund): void {
  const previous = { amount_refunded: charge.amount_refunded, refunded: charge.refunded, refunds: structuredClone(charge.refunds) };
  charge.amount_refunded += refund.amount;
  charge.refunded = charge.amount_refunded === charge.amount;
  embedRefunds(context, ownerId, charge);
  const account = eventAccountOf(context, ownerId);
  emitEvent(context, { type: 'refund.created', object: refund, account });
  emitEvent(context, { type: 'charge.refunded', object: charge, account, previousAttributes: previous });
}

export function embedRefunds(context: SandboxContext, ownerId: string, charge: Charge): void {
  const all = context.state.of(REFUNDS).listOwned(ownerId, (refund) => refund.charge === charge.id);
  charge.refunds = {
    ...charge.refunds,
    has_more: all.length > EMBEDDED_REFUNDS_LIMIT,
    data: all.slice(0, EMBEDDED_REFUNDS_LIMIT).map((refund) => structuredClone(refund)),
  };
}
