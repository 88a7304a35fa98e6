import type Stripe from 'stripe';
import type { WebhookHandler, WebhookHandlers } from '../webhooks/webhook-handler';
import type { TopUpService } from './top-up.service';

const TOP_UP_EVENTS = ['topup.created', 'topup.succeeded', 'topup.failed', 'topup.canceled', 'topup.reversed'] as const;

/** A top-up stays PENDING until one of these says otherwise; an older event never undoes a newer one. */
export function topUpWebhookHandlers(topUps: TopUpService): WebhookHandlers {
  const apply: WebhookHandler = async (event) => {
    const stripeTopUp = event.data.object as Stripe.Topup;
    const topUp = await topUps.applyStripeTopUp(stripeTopUp);
    return topUp ? `top-up ${topUp.id} is ${topUp.status}` : `ignored: ${stripeTopUp.id} was not made through the gateway`;
  };
  return Object.fromEntries(TOP_UP_EVENTS.map((type) => [type, apply]));
}
