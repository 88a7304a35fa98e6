import { announceAvailableFunds } from '../balance/balance.service';
import { recordBalanceTransaction } from '../balance/ledger.service';
import { emitEvent, eventAccountOf } from '../kernel/event.service';
import { newId, randomBase62 } from '../kernel/ids';
import type { SandboxContext } from '../kernel/sandbox.context';
import { clientIdOf } from '../oauth/oauth.settings';
import type { Charge } from './charge.model';
import { collectApplicationFee, transferToDestination } from './destination-funds';
import { openDisputeIfCardSaysSo } from './dispute.service';
import type { Shipping } from './payment-intent.model';
import type { PaymentMethod } from './payment-method.model';
import { CHARGES } from './payment.stores';
import { applicationFeeDetail, CARD_FUNDS_PENDING_SECONDS, processingFee } from './processing-fees';
import type { TestCard } from './test-cards';

/** What a charge is for: a PaymentIntent's terms, or those of a bare `POST /v1/charges`. */
export interface ChargeTerms {
  amount: number;
  currency: string;
  description: string | null;
  metadata: Record<string, string>;
  customer: string | null;
  paymentIntentId: string | null;
  applicationFeeAmount: number | null;
  transferData: { amount?: number | null; destination: string } | null;
  onBehalfOf: string | null;
  transferGroup: string | null;
  receiptEmail: string | null;
  shipping: Shipping | null;
  statementDescriptor: string | null;
}

export interface ChargeFailure {
  code: string;
  declineCode: string;
  message: string;
}

/** A new charge, not yet succeeded or failed: `succeedCharge`, `failCharge` or (SEPA) left pending. */
export function newCharge(context: SandboxContext, ownerId: string, terms: ChargeTerms, paymentMethod: PaymentMethod, authenticated = false): Charge {
  const id = newId(CHARGES.idPrefix);
  const charge: Charge = {
    id,
    object: 'charge',
    amount: terms.amount,
    amount_captured: 0,
    amount_refunded: 0,
    application: ownerId === context.state.platformAccountId ? null : clientIdOf(context),
    application_fee: null,
    application_fee_amount: terms.applicationFeeAmount,
    balance_transaction: null,
    billing_details: structuredClone(paymentMethod.billing_details),
    calculated_statement_descriptor: (terms.statementDescriptor ?? 'SANDBOX PLATFORM').toUpperCase(),
    captured: false,
    created: context.clock.nowSeconds(),
    currency: terms.currency,
    customer: terms.customer,
    description: terms.description,
    disputed: false,
    failure_balance_transaction: null,
    failure_code: null,
    failure_message: null,
    fraud_details: {},
    invoice: null,
    livemode: false,
    metadata: { ...terms.metadata },
    on_behalf_of: terms.onBehalfOf,
    outcome: {
      network_status: 'approved_by_network',
      reason: null,
      risk_level: 'normal',
      risk_score: 20,
      seller_message: 'Payment complete.',
      type: 'authorized',
    },
    paid: false,
    payment_intent: terms.paymentIntentId,
    payment_method: paymentMethod.id,
    payment_method_details: paymentMethodDetails(paymentMethod, authenticated),
    receipt_email: terms.receiptEmail,
    receipt_number: null,
    receipt_url: `${context.settings.publicUrl}/receipts/payment/${randomBase62(40)}`,
    refunded: false,
    refunds: { object: 'list', url: `/v1/charges/${id}/refunds`, has_more: false, data: [] },
    review: null,
    shipping: terms.shipping,
    source_transfer: null,
    statement_descriptor: terms.statementDescriptor,
    statement_descriptor_suffix: null,
    status: 'pending',
    transfer_data: terms.transferData ? { amount: terms.transferData.amount ?? null, destination: terms.transferData.destination } : null,
    transfer_group: terms.transferGroup,
  };
  return context.state.of(CHARGES).insert(ownerId, charge);
}

function paymentMethodDetails(paymentMethod: PaymentMethod, authenticated: boolean): Charge['payment_method_details'] {
  if (paymentMethod.type === 'sepa_debit') {
    const { generated_from: _generated, ...sepa } = paymentMethod.sepa_debit!;
    return { sepa_debit: { ...sepa, mandate: newId('mandate') }, type: 'sepa_debit' };
  }
  const card = paymentMethod.card!;
  const threeDSecure = authenticated ? { authentication_flow: 'challenge', result: 'authenticated', result_reason: null, version: '2.2.0' } : null;
  return {
    card: {
      brand: card.brand,
      checks: card.checks,
      country: card.country,
      exp_month: card.exp_month,
      exp_year: card.exp_year,
      fingerprint: card.fingerprint,
      funding: card.funding,
      installments: null,
      last4: card.last4,
      mandate: null,
      network: card.brand,
      three_d_secure: threeDSecure,
      wallet: null,
    },
    type: 'card',
  };
}

/**
 * The money of a successful charge: the charge's credit less Stripe's fee, the destination's
 * transfer and the application fee. Card funds stay pending two days, except Stripe's
 * `bypassPending` card (4000 0000 0000 0077), whose funds are available at once.
 */
export function succeedCharge(context: SandboxContext, charge: Charge, card?: TestCard): Charge {
  const ownerId = context.state.of(CHARGES).ownerOf(charge.id)!;
  const now = context.clock.nowSeconds();
  const atOnce = card?.outcome.kind === 'succeeds' && card.outcome.fundsAvailableAtOnce === true;
  const funds = atOnce
    ? { status: 'available' as const, availableOnSeconds: now }
    : { status: 'pending' as const, availableOnSeconds: now + CARD_FUNDS_PENDING_SECONDS };
  const isDirect = ownerId !== context.state.platformAccountId;
  const fees = [processingFee(charge.amount, charge.currency, charge.payment_method_details.type)];
  if (isDirect && charge.application_fee_amount) fees.push(applicationFeeDetail(charge.application_fee_amount, charge.currency, clientIdOf(context)));
  const credit = recordBalanceTransaction(context, {
    accountId: ownerId,
    type: 'charge',
    amount: charge.amount,
    currency: charge.currency,
    source: charge.id,
    description: charge.description,
    ...funds,
    feeDetails: fees,
  });
  Object.assign(charge, { status: 'succeeded', paid: true, captured: true, amount_captured: charge.amount, balance_transaction: credit.id });
  if (charge.transfer_data) charge.transfer = transferToDestination(context, ownerId, charge, funds).id;
  else if (isDirect && charge.application_fee_amount)
    collectApplicationFee(context, charge, { payer: ownerId, feeChargeId: charge.id, originatingCharge: null, funds });
  emitEvent(context, { type: 'charge.succeeded', object: charge, account: eventAccountOf(context, ownerId) });
  if (atOnce) {
    announceAvailableFunds(context, ownerId);
    if (charge.transfer_data) announceAvailableFunds(context, charge.transfer_data.destination);
  }
  if (card) openDisputeIfCardSaysSo(context, charge, card);
  return charge;
}

export function failCharge(context: SandboxContext, charge: Charge, failure: ChargeFailure): Charge {
  const ownerId = context.state.of(CHARGES).ownerOf(charge.id)!;
  Object.assign(charge, {
    status: 'failed',
    failure_code: failure.code,
    failure_message: failure.message,
    outcome: {
      network_status: 'declined_by_network',
      reason: failure.declineCode,
      risk_level: 'normal',
      risk_score: 20,
      seller_message: 'The bank did not return any further details with this decline.',
      type: 'issuer_declined',
    },
  });
  emitEvent(context, { type: 'charge.failed', object: charge, account: eventAccountOf(context, ownerId) });
  return charge;
}

export function announcePendingCharge(context: SandboxContext, charge: Charge): void {
  emitEvent(context, { type: 'charge.pending', object: charge, account: eventAccountOf(context, context.state.of(CHARGES).ownerOf(charge.id)!) });
}
