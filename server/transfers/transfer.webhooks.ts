import type Stripe from 'stripe';
import type { WebhookHandler, WebhookHandlers } from '../webhooks/webhook-handler';
import type { TransferOutcomes } from './transfer-outcomes';
import { hasMoreReversals, withReversals } from './transfer.stripe';

/**
 * transfer.created/updated/reversed keep rows current, and finish a row whose creation answer
 * a crash lost. Applying is order-insensitive (see TransferOutcomes).
 */
export function transferWebhookHandlers(stripe: Stripe, outcomes: TransferOutcomes): WebhookHandlers {
  const apply: WebhookHandler = async (event) => {
    const stripeTransfer = await withAllReversals(stripe, event.data.object as Stripe.Transfer);
    const transfer = await outcomes.applyStripeTransfer(stripeTransfer);
    return transfer ? `transfer ${transfer.id} is ${transfer.status}` : `ignored: ${stripeTransfer.id} was not sent by the gateway`;
  };
  return { 'transfer.created': apply, 'transfer.updated': apply, 'transfer.reversed': apply };
}

/** Stripe embeds only the first page of reversals. */
async function withAllReversals(stripe: Stripe, stripeTransfer: Stripe.Transfer): Promise<Stripe.Transfer> {
  if (!hasMoreReversals(stripeTransfer)) return stripeTransfer;
  return withReversals(stripeTransfer, await stripe.transfers.listReversals(stripeTransfer.id, { limit: 100 }).autoPagingToArray({ limit: 10_000 }));
}
