import { formatMinorUnits } from '../money/currency';
import type { Writer } from '../writers/writer.entity';
import { PaymentStatus } from './payment-status';
import type { Payment } from './payment.entity';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

const STYLE =
  'body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:8vh auto;padding:0 1rem;color:#1a1f36}h1{font-size:1.5rem}' +
  'article{border:1px solid #e3e8ee;border-radius:8px;padding:1rem 1.25rem;margin:1rem 0}button{font:inherit;background:#635bff;color:#fff;border:0;border-radius:6px;padding:.5rem 1rem;cursor:pointer}' +
  '.muted{color:#697386}';

function page(title: string, body: string, refreshSeconds?: number): string {
  const refresh = refreshSeconds ? `<meta http-equiv="refresh" content="${refreshSeconds}">` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">${refresh}
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

export interface DemoOffer {
  amountMinor: number;
  currency: string;
  /** A fresh key per rendering: submitting the same form twice opens one session. */
  idempotencyKey: () => string;
}

/** A Q&A page with one answer per writer who can be paid, each with its "Pay for this answer" button. */
export function renderAnswers(writers: Writer[], offer: DemoOffer): string {
  if (writers.length === 0) return page('Pay for an answer', '<p>No writer can be paid yet: onboard one in the console first.</p>');
  const price = formatMinorUnits(offer.amountMinor, offer.currency);
  const answers = writers
    .map(
      (writer) => `<article><p>An answer by <strong>${escapeHtml(writer.displayName)}</strong>.</p>
<form method="post" action="/demo/pay"><input type="hidden" name="writerId" value="${escapeHtml(writer.id)}"><input type="hidden" name="idempotencyKey" value="${escapeHtml(offer.idempotencyKey())}">
<button type="submit">Pay ${escapeHtml(price)} for this answer</button></form></article>`,
    )
    .join('');
  return page(
    'Pay for an answer',
    `<p class="muted">A demonstration against Stripe's test mode: pay with 4242 4242 4242 4242, any future date and any CVC.</p>${answers}`,
  );
}

const FINAL_WORDS: Partial<Record<PaymentStatus, string>> = {
  [PaymentStatus.SUCCEEDED]: 'Payment received. The writer has been paid their share.',
  [PaymentStatus.PARTIALLY_REFUNDED]: 'Payment received; part of it has since been refunded.',
  [PaymentStatus.REFUNDED]: 'Payment received, then refunded.',
  [PaymentStatus.FAILED]: 'The payment did not go through; nothing was collected.',
  [PaymentStatus.EXPIRED]: 'This payment page expired before it was paid.',
};

/** Where Stripe sends the reader back: what the webhooks have confirmed so far, refreshed until final. */
export function renderReturn(payment: Payment | null): string {
  if (!payment) return page('Payment not found', '<p>This link does not belong to a payment made here.</p>');
  const amount = escapeHtml(formatMinorUnits(payment.amountMinor, payment.currency));
  const words = FINAL_WORDS[payment.status];
  if (words)
    return page(
      `Thank you`,
      `<p data-status="${payment.status}">${escapeHtml(words)}</p><p class="muted">${amount} · ${escapeHtml(payment.description ?? '')}</p>`,
    );
  return page(
    'Confirming your payment…',
    `<p data-status="${payment.status}">Stripe is confirming your payment of ${amount}; this page updates by itself.</p>`,
    2,
  );
}

export function renderCanceled(): string {
  return page('Payment canceled', '<p>Nothing was charged. <a href="/demo/pay">Back to the answers</a></p>');
}
