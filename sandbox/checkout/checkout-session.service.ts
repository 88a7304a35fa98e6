import { ACCOUNTS, ACCOUNT_SIDES } from '../accounts/account.stores';
import { CUSTOMERS } from '../customers/customer.stores';
import type { InferFields } from '../http/params';
import { mergeMetadata } from '../http/params';
import { invalidParam, invalidRequest, missingParam, noSuchParamResource, noSuchResource } from '../kernel/errors';
import { emitEvent, eventAccountOf } from '../kernel/event.service';
import { newId } from '../kernel/ids';
import type { SandboxContext } from '../kernel/sandbox.context';
import { PAYMENT_METHOD_TYPES } from '../payments/payment-method.model';
import { createPrice, requirePrice } from '../products/product.service';
import { PRODUCTS } from '../products/product.stores';
import type { CheckoutLineItem, CheckoutSession, CheckoutSide } from './checkout-session.model';
import type { sessionCreateFields } from './checkout-session.params';
import { CHECKOUT_SESSIONS, CHECKOUT_SIDES } from './checkout.stores';

type SessionInput = InferFields<typeof sessionCreateFields>;

/** A session is open for 24 hours unless `expires_at` says otherwise (30 minutes to 24 hours). */
const DEFAULT_LIFETIME_SECONDS = 24 * 60 * 60;
const MINIMUM_LIFETIME_SECONDS = 30 * 60;

export function requireSession(context: SandboxContext, ownerId: string, id: string): CheckoutSession {
  const session = context.state.of(CHECKOUT_SESSIONS).getOwned(ownerId, id);
  if (!session) throw noSuchResource('checkout.session', id, 'session');
  return session;
}

export function sideOfSession(context: SandboxContext, sessionId: string): CheckoutSide {
  return context.state.of(CHECKOUT_SIDES).get(sessionId) ?? { lineItems: [], paymentIntentData: {} };
}

export function createCheckoutSession(context: SandboxContext, ownerId: string, input: SessionInput): CheckoutSession {
  const checked = checkedSessionInput(context, ownerId, input);
  const session = newSession(context, input, checked);
  const paymentIntentData = input.payment_intent_data ?? {};
  checkPaymentIntentData(context, ownerId, paymentIntentData, session.amount_total);
  context.state.of(CHECKOUT_SESSIONS).insert(ownerId, session);
  context.state.of(CHECKOUT_SIDES).set(session.id, { lineItems: checked.lineItems, paymentIntentData });
  return session;
}

/** A session's parameters once checked, refused in the order Stripe checks them. */
interface CheckedSessionInput {
  successUrl: string;
  methodTypes: string[];
  lineItems: CheckoutLineItem[];
  currency: string;
  nowSeconds: number;
  expiresAt: number;
}

function checkedSessionInput(context: SandboxContext, ownerId: string, input: SessionInput): CheckedSessionInput {
  if (input.mode !== 'payment') throw invalidParam(`The sandbox serves Checkout in payment mode only; mode=${input.mode} is not supported.`, 'mode');
  if (!input.success_url) throw invalidParam('Missing required param: success_url.', 'success_url', 'parameter_missing');
  checkUrl(input.success_url, 'success_url');
  if (input.cancel_url) checkUrl(input.cancel_url, 'cancel_url');
  if (!input.line_items || input.line_items.length === 0) throw invalidParam('Missing required param: line_items.', 'line_items', 'parameter_missing');
  const methodTypes = input.payment_method_types ?? input.allowed_payment_method_types ?? ['card'];
  methodTypes.forEach((type, index) => {
    if (!(PAYMENT_METHOD_TYPES as readonly string[]).includes(type))
      throw invalidParam(`Invalid payment_method_types[${index}]: must be one of ${PAYMENT_METHOD_TYPES.join(', ')}`, `payment_method_types[${index}]`);
  });
  if (input.customer && !context.state.of(CUSTOMERS).getOwned(ownerId, input.customer)) throw noSuchParamResource('customer', input.customer, 'customer');
  const lineItems = input.line_items.map((item, index) => lineItemOf(context, ownerId, item, index));
  const [firstItem] = lineItems;
  if (!firstItem) throw missingParam('line_items');
  const currency = firstItem.currency;
  if (lineItems.some((item) => item.currency !== currency)) throw invalidParam('All line items must be in the same currency.', 'line_items');
  if (methodTypes.includes('sepa_debit') && currency !== 'eur')
    throw invalidParam('The payment method `sepa_debit` requires the currency to be eur.', 'payment_method_types');
  const nowSeconds = context.clock.nowSeconds();
  const expiresAt = input.expires_at ?? nowSeconds + DEFAULT_LIFETIME_SECONDS;
  if (expiresAt < nowSeconds + MINIMUM_LIFETIME_SECONDS || expiresAt > nowSeconds + DEFAULT_LIFETIME_SECONDS) {
    throw invalidParam('The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.', 'expires_at');
  }
  return { successUrl: input.success_url, methodTypes, lineItems, currency, nowSeconds, expiresAt };
}

/** The open session, as Stripe answers its creation. */
function newSession(context: SandboxContext, input: SessionInput, checked: CheckedSessionInput): CheckoutSession {
  const total = checked.lineItems.reduce((sum, item) => sum + item.amount_total, 0);
  const id = newId(CHECKOUT_SESSIONS.idPrefix, 58);
  return {
    id,
    object: 'checkout.session',
    after_expiration: null,
    allow_promotion_codes: null,
    amount_subtotal: total,
    amount_total: total,
    automatic_tax: { enabled: false, status: null },
    billing_address_collection: null,
    cancel_url: input.cancel_url ?? null,
    client_reference_id: input.client_reference_id ?? null,
    consent: null,
    consent_collection: null,
    created: checked.nowSeconds,
    currency: checked.currency,
    custom_fields: [],
    custom_text: { shipping_address: null, submit: null },
    customer: input.customer ?? null,
    customer_creation: input.customer ? null : (input.customer_creation ?? 'if_required'),
    customer_details: null,
    customer_email: input.customer_email ?? null,
    expires_at: checked.expiresAt,
    invoice: null,
    invoice_creation: {
      enabled: false,
      invoice_data: { account_tax_ids: null, custom_fields: null, description: null, footer: null, metadata: {}, rendering_options: null },
    },
    livemode: false,
    locale: input.locale ?? null,
    metadata: mergeMetadata({}, input.metadata),
    mode: 'payment',
    payment_intent: null,
    payment_link: null,
    payment_method_collection: null,
    payment_method_options: {},
    payment_method_types: checked.methodTypes,
    payment_status: 'unpaid',
    phone_number_collection: { enabled: false },
    recovered_from: null,
    setup_intent: null,
    shipping_address_collection: null,
    shipping_cost: null,
    shipping_details: null,
    shipping_options: [],
    status: 'open',
    submit_type: input.submit_type ?? null,
    subscription: null,
    success_url: checked.successUrl,
    tax_id_collection: { enabled: false },
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    url: `${context.settings.publicUrl}/c/pay/${id}`,
  };
}

function checkUrl(url: string, param: string): void {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url.replace('{CHECKOUT_SESSION_ID}', 'cs_test'));
  } catch {
    parsed = undefined;
  }
  if (!parsed || !['http:', 'https:'].includes(parsed.protocol)) throw invalidParam('Not a valid URL', param, 'url_invalid');
}

function checkPaymentIntentData(context: SandboxContext, ownerId: string, data: CheckoutSide['paymentIntentData'], total: number): void {
  const fee = data.application_fee_amount;
  if (fee != null && !data.transfer_data && ownerId === context.state.platformAccountId) {
    throw invalidParam(
      '`payment_intent_data[application_fee_amount]` can only be set for destination charges (`payment_intent_data[transfer_data][destination]`) or on a connected account (`Stripe-Account`).',
      'payment_intent_data[application_fee_amount]',
    );
  }
  if (fee != null && fee > total)
    throw invalidParam(`The application fee (${fee}) cannot be greater than the session's total (${total}).`, 'payment_intent_data[application_fee_amount]');
  if (data.transfer_data) {
    const destination = data.transfer_data.destination;
    const account = context.state.of(ACCOUNTS).get(destination);
    if (!account || destination === context.state.platformAccountId || context.state.of(ACCOUNT_SIDES).get(destination)?.deauthorized) {
      throw noSuchParamResource('account', destination, 'payment_intent_data[transfer_data][destination]');
    }
  }
}

function lineItemOf(context: SandboxContext, ownerId: string, item: NonNullable<SessionInput['line_items']>[number], index: number): CheckoutLineItem {
  const param = `line_items[${index}]`;
  if (item.price && item.price_data)
    throw invalidParam('You may only specify one of these parameters: price, price_data.', `${param}[price]`, 'parameters_exclusive');
  if (!item.price && !item.price_data) throw invalidParam(`Missing required param: ${param}[price].`, `${param}[price]`, 'parameter_missing');
  if (item.quantity == null) throw invalidParam(`Missing required param: ${param}[quantity].`, `${param}[quantity]`, 'parameter_missing');
  const price = item.price
    ? requirePrice(context, ownerId, item.price, `${param}[price]`)
    : createPrice(context, ownerId, item.price_data!, { inline: true, param: `${param}[price_data]` });
  if (item.price && !price.active)
    throw invalidRequest(`The price specified (${price.id}) is inactive. This field only accepts active prices.`, { param: `${param}[price]` });
  const product = context.state.of(PRODUCTS).get(price.product);
  const amount = price.unit_amount * item.quantity;
  return {
    id: newId('li'),
    object: 'item',
    amount_discount: 0,
    amount_subtotal: amount,
    amount_tax: 0,
    amount_total: amount,
    currency: price.currency,
    description: product?.name ?? '',
    price: structuredClone(price),
    quantity: item.quantity,
  };
}

/** `POST …/expire`, the timer once `expires_at` passes: no more payments; a PaymentIntent left unpaid is canceled. */
export function expireSession(context: SandboxContext, session: CheckoutSession, cancelIntent: (intentId: string) => void): CheckoutSession {
  if (session.status !== 'open') {
    throw invalidRequest(`Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${session.status}".`, {
      code: 'checkout_session_unexpected_state',
    });
  }
  const ownerId = context.state.of(CHECKOUT_SESSIONS).ownerOf(session.id)!;
  session.status = 'expired';
  session.url = null;
  if (session.payment_intent) cancelIntent(session.payment_intent);
  emitEvent(context, { type: 'checkout.session.expired', object: session, account: eventAccountOf(context, ownerId) });
  return session;
}
