import { CUSTOMERS } from '../customers/customer.stores';
import { mergeMetadata, type MetadataUpdate } from '../http/params';
import { invalidParam, invalidRequest, noSuchParamResource } from '../kernel/errors';
import { emitEvent, eventAccountOf } from '../kernel/event.service';
import { newId, randomBase62 } from '../kernel/ids';
import { checkCurrency, checkMinimumAmount } from '../kernel/money';
import type { SandboxContext } from '../kernel/sandbox.context';
import { checkChargeDestination } from './charge-destination';
import { announcePendingCharge, failCharge, newCharge, succeedCharge, type ChargeTerms } from './charge.service';
import { paymentErrorBody } from './payment-errors';
import type { PaymentErrorBody, PaymentIntent } from './payment-intent.model';
import type { PaymentMethod } from './payment-method.model';
import { testCardOf } from './payment-method.service';
import { PAYMENT_INTENTS } from './payment.stores';
import { shippingOf, type ShippingInput } from './shipping';

/** Stripe's smallest charge: 50 cents (or the equivalent) a payment. */
const MINIMUM_CHARGE_MINOR = 50;

export interface PaymentIntentInput {
  amount: number;
  currency: string;
  application_fee_amount?: number | null;
  customer?: string | null;
  description?: string | null;
  metadata?: MetadataUpdate | null;
  on_behalf_of?: string | null;
  payment_method_types?: string[] | null;
  receipt_email?: string | null;
  setup_future_usage?: 'off_session' | 'on_session' | null;
  shipping?: ShippingInput | null;
  statement_descriptor?: string | null;
  statement_descriptor_suffix?: string | null;
  transfer_data?: { amount?: number | null; destination: string } | null;
  transfer_group?: string | null;
  automatic_payment_methods?: { enabled: boolean; allow_redirects?: 'always' | 'never' | null } | null;
}

/** How a confirmation went: the intent as it now is, and the error a decline answers with. */
export interface Attempt {
  intent: PaymentIntent;
  failure?: PaymentErrorBody;
}

export function createPaymentIntent(context: SandboxContext, ownerId: string, input: PaymentIntentInput): PaymentIntent {
  const currency = checkCurrency(input.currency);
  checkMinimumAmount(input.amount, MINIMUM_CHARGE_MINOR, currency);
  checkFeeAndDestination(context, ownerId, input);
  if (input.customer && !context.state.of(CUSTOMERS).getOwned(ownerId, input.customer)) throw noSuchParamResource('customer', input.customer, 'customer');
  const id = newId(PAYMENT_INTENTS.idPrefix);
  const intent: PaymentIntent = {
    id,
    object: 'payment_intent',
    amount: input.amount,
    amount_capturable: 0,
    amount_details: { tip: {} },
    amount_received: 0,
    application: null,
    application_fee_amount: input.application_fee_amount ?? null,
    automatic_payment_methods: input.automatic_payment_methods
      ? { allow_redirects: input.automatic_payment_methods.allow_redirects ?? 'always', enabled: input.automatic_payment_methods.enabled }
      : null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: 'automatic',
    client_secret: `${id}_secret_${randomBase62(25)}`,
    confirmation_method: 'automatic',
    created: context.clock.nowSeconds(),
    currency,
    customer: input.customer ?? null,
    description: input.description ?? null,
    invoice: null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    metadata: mergeMetadata({}, input.metadata),
    next_action: null,
    on_behalf_of: input.on_behalf_of ?? null,
    payment_method: null,
    payment_method_options: {},
    payment_method_types: input.payment_method_types ?? ['card'],
    processing: null,
    receipt_email: input.receipt_email ?? null,
    review: null,
    setup_future_usage: input.setup_future_usage ?? null,
    shipping: shippingOf(input.shipping),
    statement_descriptor: input.statement_descriptor ?? null,
    statement_descriptor_suffix: input.statement_descriptor_suffix ?? null,
    status: 'requires_payment_method',
    transfer_data: input.transfer_data
      ? { ...(input.transfer_data.amount != null ? { amount: input.transfer_data.amount } : {}), destination: input.transfer_data.destination }
      : null,
    transfer_group: input.transfer_group ?? null,
  };
  context.state.of(PAYMENT_INTENTS).insert(ownerId, intent);
  emitEvent(context, { type: 'payment_intent.created', object: intent, account: eventAccountOf(context, ownerId) });
  return intent;
}

function checkFeeAndDestination(context: SandboxContext, ownerId: string, input: PaymentIntentInput): void {
  const fee = input.application_fee_amount;
  if (fee != null) {
    if (!input.transfer_data && ownerId === context.state.platformAccountId) {
      throw invalidRequest(
        'Can only apply an application_fee_amount when the PaymentIntent is attempting a direct payment (using an OAuth key or Stripe-Account header) or destination payment (using `transfer_data[destination]`).',
        { param: 'application_fee_amount' },
      );
    }
    if (fee > input.amount)
      throw invalidParam(`The application fee (${fee}) cannot be greater than the amount of the payment (${input.amount}).`, 'application_fee_amount');
  }
  if (input.transfer_data) {
    checkChargeDestination(context, ownerId, input.transfer_data.destination, 'transfer_data[destination]');
    if (input.transfer_data.amount != null && input.transfer_data.amount > input.amount) {
      throw invalidParam(
        `The transfer amount (${input.transfer_data.amount}) cannot be greater than the amount of the payment (${input.amount}).`,
        'transfer_data[amount]',
      );
    }
  }
  if (input.on_behalf_of) checkChargeDestination(context, ownerId, input.on_behalf_of, 'on_behalf_of');
}

export function termsOf(intent: PaymentIntent): ChargeTerms {
  return {
    amount: intent.amount,
    currency: intent.currency,
    description: intent.description,
    metadata: intent.metadata,
    customer: intent.customer,
    paymentIntentId: intent.id,
    applicationFeeAmount: intent.application_fee_amount,
    transferData: intent.transfer_data,
    onBehalfOf: intent.on_behalf_of,
    transferGroup: intent.transfer_group,
    receiptEmail: intent.receipt_email,
    shipping: intent.shipping,
    statementDescriptor: intent.statement_descriptor,
  };
}

const CONFIRMABLE = ['requires_payment_method', 'requires_confirmation', 'requires_action'];

/**
 * Confirms with a payment method, as the card or bank dictates: succeeded, declined (back to
 * `requires_payment_method` with `last_payment_error`), `requires_action` for a card that
 * asks for 3D Secure until `authenticated`, or `processing` for a SEPA debit.
 */
export function confirmPaymentIntent(
  context: SandboxContext,
  intent: PaymentIntent,
  paymentMethod: PaymentMethod,
  options: { authenticated?: boolean; returnUrl?: string | null } = {},
): Attempt {
  if (!CONFIRMABLE.includes(intent.status)) {
    throw invalidRequest(
      `You cannot confirm this PaymentIntent because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be confirmed: ${CONFIRMABLE.join(', ')}.`,
      { code: 'payment_intent_unexpected_state' },
    );
  }
  if (!intent.payment_method_types.includes(paymentMethod.type)) {
    throw invalidRequest(
      `The PaymentMethod provided (${paymentMethod.type}) is not allowed for this PaymentIntent. Please attach a PaymentMethod of one of the following types: ${intent.payment_method_types.join(', ')}.`,
      { code: 'payment_intent_incompatible_payment_method', param: 'payment_method' },
    );
  }
  const ownerId = context.state.of(PAYMENT_INTENTS).ownerOf(intent.id)!;
  const account = eventAccountOf(context, ownerId);
  const previous = { status: intent.status };
  intent.payment_method = paymentMethod.id;
  intent.last_payment_error = null;
  if (paymentMethod.type === 'sepa_debit') {
    const charge = newCharge(context, ownerId, termsOf(intent), paymentMethod);
    announcePendingCharge(context, charge);
    Object.assign(intent, { status: 'processing', latest_charge: charge.id, next_action: null });
    emitEvent(context, { type: 'payment_intent.processing', object: intent, account, previousAttributes: previous });
    return { intent };
  }
  const card = testCardOf(paymentMethod);
  if (card.outcome.kind === 'requires_authentication' && !options.authenticated) {
    const url = `${context.settings.publicUrl}/authenticate/${intent.id}`;
    Object.assign(intent, {
      status: 'requires_action',
      next_action: { type: 'redirect_to_url', redirect_to_url: { return_url: options.returnUrl ?? null, url } },
    });
    emitEvent(context, { type: 'payment_intent.requires_action', object: intent, account, previousAttributes: previous });
    return { intent };
  }
  const charge = newCharge(context, ownerId, termsOf(intent), paymentMethod, options.authenticated);
  intent.latest_charge = charge.id;
  intent.next_action = null;
  if (card.outcome.kind === 'declines') {
    const { code, declineCode, message } = card.outcome;
    failCharge(context, charge, { code, declineCode, message });
    return failIntent(context, intent, paymentErrorBody({ code, declineCode, message, chargeId: charge.id, paymentMethod }), previous);
  }
  succeedCharge(context, charge, card);
  return succeedIntent(context, intent, previous);
}

export function succeedIntent(context: SandboxContext, intent: PaymentIntent, previous: Record<string, unknown>): Attempt {
  Object.assign(intent, { status: 'succeeded', amount_received: intent.amount });
  const ownerId = context.state.of(PAYMENT_INTENTS).ownerOf(intent.id)!;
  emitEvent(context, { type: 'payment_intent.succeeded', object: intent, account: eventAccountOf(context, ownerId), previousAttributes: previous });
  return { intent };
}

export function failIntent(context: SandboxContext, intent: PaymentIntent, failure: PaymentErrorBody, previous: Record<string, unknown>): Attempt {
  Object.assign(intent, { status: 'requires_payment_method', last_payment_error: failure, payment_method: null });
  const ownerId = context.state.of(PAYMENT_INTENTS).ownerOf(intent.id)!;
  emitEvent(context, { type: 'payment_intent.payment_failed', object: intent, account: eventAccountOf(context, ownerId), previousAttributes: previous });
  return { intent, failure };
}
