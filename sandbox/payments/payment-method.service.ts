import { createHash } from 'node:crypto';
import { mergeMetadata, type MetadataUpdate } from '../http/params';
import { invalidParam, invalidRequest, noSuchParamResource, StripeError } from '../kernel/errors';
import { newId } from '../kernel/ids';
import type { SandboxContext } from '../kernel/sandbox.context';
import { emptyAddress, type Address } from '../kernel/stripe-object.types';
import type { BillingDetails, PaymentMethod } from './payment-method.model';
import { PAYMENT_METHODS } from './payment.stores';
import { cardByLast4, cardByName, cardByNumber, FAILING_IBANS, isTestIban, type TestCard } from './test-cards';

export interface BillingDetailsInput {
  address?: Partial<Record<keyof Address, string | null>> | null;
  email?: string | null;
  name?: string | null;
  phone?: string | null;
}

export interface PaymentMethodInput {
  type: PaymentMethod['type'];
  card?: { token?: string | null; number?: string | null; exp_month?: number | null; exp_year?: number | null; cvc?: string | null } | null;
  sepa_debit?: { iban: string } | null;
  billing_details?: BillingDetailsInput | null;
  metadata?: MetadataUpdate | null;
}

const fingerprintOf = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 16);

export function billingDetailsOf(input: BillingDetailsInput | null | undefined): BillingDetails {
  return {
    address: input?.address ? { ...emptyAddress(), ...input.address } : null,
    email: input?.email ?? null,
    name: input?.name ?? null,
    phone: input?.phone ?? null,
  };
}

/** A card payment method for one of Stripe's test cards. */
export function cardPaymentMethod(
  context: SandboxContext,
  ownerId: string,
  card: TestCard,
  billing?: BillingDetailsInput | null,
  expiry?: { month: number; year: number },
): PaymentMethod {
  const year = new Date(context.clock.nowMs()).getUTCFullYear();
  return insertPaymentMethod(context, ownerId, {
    type: 'card',
    billing_details: billingDetailsOf(billing),
    card: {
      brand: card.brand,
      checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: 'pass' },
      country: card.country,
      exp_month: expiry?.month ?? 12,
      exp_year: expiry?.year ?? year + 3,
      fingerprint: fingerprintOf(card.number),
      funding: card.funding,
      generated_from: null,
      last4: card.number.slice(-4),
      networks: { available: [card.brand], preferred: null },
      three_d_secure_usage: { supported: true },
      wallet: null,
    },
  });
}

export function sepaDebitPaymentMethod(context: SandboxContext, ownerId: string, iban: string, billing?: BillingDetailsInput | null): PaymentMethod {
  const compact = iban.replace(/\s/g, '').toUpperCase();
  if (!isTestIban(compact))
    throw invalidParam(
      'The IBAN you provided is not one of the test IBANs the sandbox knows (for example AT611904300234573201).',
      'sepa_debit[iban]',
      'invalid_bank_account_iban',
    );
  return insertPaymentMethod(context, ownerId, {
    type: 'sepa_debit',
    billing_details: billingDetailsOf(billing),
    sepa_debit: {
      bank_code: compact.slice(4, 9),
      branch_code: '',
      country: compact.slice(0, 2),
      fingerprint: fingerprintOf(compact),
      generated_from: null,
      last4: compact.slice(-4),
    },
  });
}

function insertPaymentMethod(
  context: SandboxContext,
  ownerId: string,
  fields: Pick<PaymentMethod, 'type' | 'billing_details' | 'card' | 'sepa_debit'>,
): PaymentMethod {
  const paymentMethod: PaymentMethod = {
    id: newId(PAYMENT_METHODS.idPrefix),
    object: 'payment_method',
    billing_details: fields.billing_details,
    ...(fields.card ? { card: fields.card } : {}),
    created: context.clock.nowSeconds(),
    customer: null,
    livemode: false,
    metadata: {},
    ...(fields.sepa_debit ? { sepa_debit: fields.sepa_debit } : {}),
    type: fields.type,
  };
  return context.state.of(PAYMENT_METHODS).insert(ownerId, paymentMethod);
}

/** `POST /v1/payment_methods`: a card from a test token or test number, or a SEPA debit from a test IBAN. */
export function createPaymentMethod(context: SandboxContext, ownerId: string, input: PaymentMethodInput): PaymentMethod {
  let paymentMethod: PaymentMethod;
  if (input.type === 'card') {
    if (!input.card) throw invalidParam('Missing required param: card.', 'card', 'parameter_missing');
    const card = input.card.token ? cardOfToken(input.card.token, 'card[token]') : cardOfNumber(input.card.number, 'card[number]');
    const expiry = input.card.exp_month && input.card.exp_year ? { month: input.card.exp_month, year: input.card.exp_year } : undefined;
    paymentMethod = cardPaymentMethod(context, ownerId, card, input.billing_details, expiry);
  } else {
    if (!input.sepa_debit) throw invalidParam('Missing required param: sepa_debit.', 'sepa_debit', 'parameter_missing');
    paymentMethod = sepaDebitPaymentMethod(context, ownerId, input.sepa_debit.iban, input.billing_details);
  }
  paymentMethod.metadata = mergeMetadata({}, input.metadata);
  return paymentMethod;
}

export function cardOfToken(token: string, param: string): TestCard {
  const card = token.startsWith('tok_') ? cardByName(token.slice('tok_'.length)) : undefined;
  if (!card) throw noSuchParamResource('token', token, param);
  return card;
}

function cardOfNumber(number: string | null | undefined, param: string): TestCard {
  if (!number) throw invalidParam(`Missing required param: ${param}.`, param, 'parameter_missing');
  const card = cardByNumber(number);
  if (!card) {
    throw new StripeError('Your card number is incorrect. The sandbox takes Stripe’s test card numbers, such as 4242 4242 4242 4242.', {
      status: 402,
      type: 'card_error',
      code: 'incorrect_number',
      param,
    });
  }
  return card;
}

/**
 * The payment method a request names: an existing `pm_…` of the caller, or one of Stripe's
 * `pm_card_…` test methods, which (as on Stripe) becomes a new payment method each time.
 */
export function resolvePaymentMethod(context: SandboxContext, ownerId: string, id: string, param = 'payment_method'): PaymentMethod {
  if (id.startsWith('pm_card_')) {
    const card = cardByName(id.slice('pm_card_'.length));
    if (card) return cardPaymentMethod(context, ownerId, card);
  }
  const paymentMethod = context.state.of(PAYMENT_METHODS).getOwned(ownerId, id);
  if (!paymentMethod) throw noSuchParamResource('PaymentMethod', id, param);
  return paymentMethod;
}

/** The test card a card payment method was made from (each test card has its own last four digits). */
export function testCardOf(paymentMethod: PaymentMethod): TestCard {
  const card = paymentMethod.card ? cardByLast4(paymentMethod.card.brand, paymentMethod.card.last4) : undefined;
  if (!card) throw invalidRequest(`PaymentMethod ${paymentMethod.id} is not a card payment method.`);
  return card;
}

/** Whether a SEPA debit from this payment method fails when it settles (Stripe's failing test IBANs). */
export function sepaDebitFails(paymentMethod: PaymentMethod): boolean {
  const last4 = paymentMethod.sepa_debit?.last4 ?? '';
  const country = paymentMethod.sepa_debit?.country ?? '';
  return FAILING_IBANS.some((iban) => iban.startsWith(country) && iban.endsWith(last4));
}
