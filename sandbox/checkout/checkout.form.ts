import type { SandboxContext } from '../kernel/sandbox.context';
import type { PaymentMethod } from '../payments/payment-method.model';
import { cardPaymentMethod, sepaDebitPaymentMethod } from '../payments/payment-method.service';
import { cardByNumber, isTestIban } from '../payments/test-cards';
import type { CheckoutSession } from './checkout-session.model';
import type { CheckoutFormValues, CheckoutPageErrors } from './checkout.page';
import { CHECKOUT_SESSIONS } from './checkout.stores';

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

export function readCheckoutForm(form: Record<string, unknown>): CheckoutFormValues {
  return {
    email: text(form.email),
    name: text(form.name),
    method: text(form.method),
    card_number: text(form.card_number),
    card_expiry: text(form.card_expiry),
    card_cvc: text(form.card_cvc),
    iban: text(form.iban),
  };
}

/** `MM / YY` (or MM/YYYY) in the future, as Stripe's card form asks. */
function readExpiry(value: string, nowMs: number): { month: number; year: number } | string {
  const [, monthText, yearText] = /^(\d{1,2})\s*\/\s*(\d{2}|\d{4})$/.exec(value) ?? [];
  if (!monthText || !yearText) return "Your card's expiration date is incomplete.";
  const month = Number(monthText);
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  if (month < 1 || month > 12) return "Your card's expiration month is invalid.";
  const now = new Date(nowMs);
  if (year < now.getUTCFullYear() || (year === now.getUTCFullYear() && month < now.getUTCMonth() + 1)) return "Your card's expiration date is in the past.";
  return { month, year };
}

/** The payment method the form describes, or what the customer has to fix (nothing is stored then). */
export function paymentMethodOfForm(context: SandboxContext, session: CheckoutSession, values: CheckoutFormValues): PaymentMethod | CheckoutPageErrors {
  const fields: NonNullable<CheckoutPageErrors['fields']> = {};
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email ?? '')) fields.email = 'Enter your email address, for example reader@example.com.';
  const method = session.payment_method_types.includes(values.method ?? '') ? values.method! : session.payment_method_types[0];
  const billing = { email: values.email, name: values.name || null };
  const ownerId = context.state.of(CHECKOUT_SESSIONS).ownerOf(session.id)!;
  if (method === 'sepa_debit') {
    if (!isTestIban(values.iban ?? '')) fields.iban = 'Your IBAN is incorrect. Use a test IBAN such as AT61 1904 3002 3457 3201.';
    if (Object.keys(fields).length > 0) return { summary: 'Check the highlighted details and try again.', fields };
    return sepaDebitPaymentMethod(context, ownerId, values.iban!, billing);
  }
  const card = cardByNumber(values.card_number ?? '');
  if (!card) fields.card_number = 'Your card number is incorrect. Use a test card such as 4242 4242 4242 4242.';
  const expiry = readExpiry(values.card_expiry ?? '', context.clock.nowMs());
  if (typeof expiry === 'string') fields.card_expiry = expiry;
  if (!/^\d{3,4}$/.test(values.card_cvc ?? '')) fields.card_cvc = "Your card's security code is incomplete.";
  if (Object.keys(fields).length > 0 || !card || typeof expiry === 'string') return { summary: 'Check the highlighted details and try again.', fields };
  return cardPaymentMethod(context, ownerId, card, billing, expiry);
}
