import { escapeHtml, htmlPage } from '../pages/html';
import type { CheckoutLineItem, CheckoutSession } from './checkout-session.model';

/** What the customer typed, kept when the form comes back with an error. */
export interface CheckoutFormValues {
  email?: string;
  name?: string;
  method?: string;
  card_number?: string;
  card_expiry?: string;
  card_cvc?: string;
  iban?: string;
}

export interface CheckoutPageErrors {
  /** Said first, in an alert: a decline, a failed authentication, or what to fix. */
  summary?: string;
  fields?: Partial<Record<keyof CheckoutFormValues, string>>;
}

const EXTRA_STYLE = `<style>
  .summary { font-size: 1.6rem; font-weight: 700; margin: 0.25rem 0 1rem; }
  .error { color: #b3093c; font-size: 0.9rem; margin: 0.25rem 0 0; }
  .alert { background: #fde8ec; border: 1px solid #b3093c; border-radius: 4px; padding: 0.5rem 0.75rem; color: #5c0018; }
  input[aria-invalid="true"] { border-color: #b3093c; }
  .row { display: flex; gap: 0.75rem; align-items: flex-end; } .row > label { flex: 1; }
  .choice { display: flex; align-items: center; gap: 0.5rem; margin-top: 0.5rem; }
  .choice input { width: auto; margin: 0; min-width: 24px; min-height: 24px; }
  .secondary { background: #fff; color: #1a1f36; border: 1px solid #a3acb9; }
  a { color: #4b44d6; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
</style>`;

export function formatAmount(amountMinor: number, currency: string): string {
  const format = new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amountMinor / 10 ** digits);
}

function field(name: keyof CheckoutFormValues, label: string, values: CheckoutFormValues, errors: CheckoutPageErrors, attributes: string): string {
  const error = errors.fields?.[name];
  const described = error ? ` aria-invalid="true" aria-describedby="${name}-error"` : '';
  const message = error ? `<p class="error" id="${name}-error">${escapeHtml(error)}</p>` : '';
  return `<label for="${name}">${escapeHtml(label)}<input id="${name}" name="${name}" value="${escapeHtml(values[name] ?? '')}" ${attributes}${described}></label>${message}`;
}

function lineItemsTable(items: CheckoutLineItem[]): string {
  const rows = items
    .map((item) => `<tr><td>${escapeHtml(item.description)}</td><td>${item.quantity}</td><td>${formatAmount(item.amount_total, item.currency)}</td></tr>`)
    .join('');
  return `<table><caption class="visually-hidden">What you are paying for</caption><thead><tr><th scope="col">Item</th><th scope="col">Qty</th><th scope="col">Amount</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function cardFields(values: CheckoutFormValues, errors: CheckoutPageErrors): string {
  return `<fieldset><legend>Card information</legend>
${field('card_number', 'Card number', values, errors, 'type="text" inputmode="numeric" autocomplete="cc-number" placeholder="1234 1234 1234 1234"')}
<div class="row">
${field('card_expiry', 'Expiration (MM / YY)', values, errors, 'type="text" inputmode="numeric" autocomplete="cc-exp" placeholder="MM / YY"')}
${field('card_cvc', 'CVC', values, errors, 'type="text" inputmode="numeric" autocomplete="cc-csc" placeholder="123"')}
</div>
${field('name', 'Name on card', values, errors, 'type="text" autocomplete="cc-name"')}
</fieldset>`;
}

function sepaFields(values: CheckoutFormValues, errors: CheckoutPageErrors): string {
  return `<fieldset><legend>SEPA Direct Debit</legend>
${field('iban', 'IBAN', values, errors, 'type="text" autocomplete="off" placeholder="DE00 0000 0000 0000 0000 00"')}
<p>By paying you authorise the platform and Stripe to debit your account.</p>
</fieldset>`;
}

function methodChoice(session: CheckoutSession, values: CheckoutFormValues): string {
  const [firstType = 'card'] = session.payment_method_types;
  if (session.payment_method_types.length < 2) return `<input type="hidden" name="method" value="${escapeHtml(firstType)}">`;
  const chosen = values.method ?? firstType;
  const option = (value: string, label: string) =>
    `<label class="choice" for="method-${value}"><input type="radio" id="method-${value}" name="method" value="${value}"${chosen === value ? ' checked' : ''}>${label}</label>`;
  return `<fieldset><legend>Payment method</legend>${option('card', 'Card')}${option('sepa_debit', 'SEPA Direct Debit (bank account)')}</fieldset>`;
}

/** Stripe's hosted Checkout page, in plain HTML: what is bought, the email, the payment details. */
export function checkoutPage(session: CheckoutSession, items: CheckoutLineItem[], values: CheckoutFormValues, errors: CheckoutPageErrors = {}): string {
  const total = formatAmount(session.amount_total, session.currency);
  const alert = errors.summary ? `<div class="alert" role="alert" id="payment-error"><p>${escapeHtml(errors.summary)}</p></div>` : '';
  const methods = session.payment_method_types;
  const body = `${EXTRA_STYLE}
<h1>Pay Sandbox Platform</h1>
<p class="summary">${total}</p>
<p class="test-banner" role="note">Sandbox test mode. Use Stripe's test cards: 4242 4242 4242 4242 succeeds, 4000 0000 0000 9995 is declined, 4000 0025 0000 3155 asks for authentication; any future expiry and any CVC.</p>
${lineItemsTable(items)}
${alert}
<form method="post" action="/c/pay/${escapeHtml(session.id)}" novalidate>
${field('email', 'Email', { ...values, email: values.email ?? session.customer_email ?? '' }, errors, 'type="email" autocomplete="email" required')}
${methodChoice(session, values)}
${methods.includes('card') ? cardFields(values, errors) : ''}
${methods.includes('sepa_debit') ? sepaFields(values, errors) : ''}
<button type="submit">Pay ${total}</button>
</form>
${session.cancel_url ? `<p><a href="${escapeHtml(session.cancel_url)}">Cancel and return to the platform</a></p>` : ''}`;
  return htmlPage(`Pay ${total}`, body);
}

export function sessionClosedPage(session: CheckoutSession | undefined): string {
  const heading = session?.status === 'complete' ? 'This payment is complete' : 'This Checkout page is no longer available';
  const text =
    session?.status === 'complete'
      ? 'You have already paid. You can close this window.'
      : 'The payment link has expired or does not exist. Go back to the platform and start again.';
  return htmlPage(heading, `<h1>${heading}</h1><p>${text}</p>`);
}

/** Stripe's 3D Secure test page: the bank asks the customer to confirm the payment. */
export function challengePage(action: string, amountMinor: number, currency: string): string {
  const amount = formatAmount(amountMinor, currency);
  const body = `${EXTRA_STYLE}
<h1>Confirm your payment</h1>
<p class="test-banner" role="note">Sandbox test mode: this stands in for your bank's 3D Secure check.</p>
<p>Your bank asks you to confirm a payment of <strong>${amount}</strong> to Sandbox Platform.</p>
<form method="post" action="${escapeHtml(action)}">
<button type="submit" name="decision" value="complete">Complete authentication</button>
<button type="submit" name="decision" value="fail" class="secondary">Fail authentication</button>
</form>`;
  return htmlPage('Confirm your payment', body);
}

export function challengeDonePage(succeeded: boolean): string {
  const heading = succeeded ? 'Authentication complete' : 'Authentication failed';
  return htmlPage(heading, `<h1>${heading}</h1><p>You can close this window and return to the platform.</p>`);
}
