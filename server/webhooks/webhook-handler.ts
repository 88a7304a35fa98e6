import type Stripe from 'stripe';

/**
 * Applies one Stripe event and says what it did (logged and stored with the event). Handlers
 * must be safe to run for an event older than the state already held: newer state wins.
 */
export type WebhookHandler = (event: Stripe.Event) => Promise<string>;

export type WebhookHandlers = Record<string, WebhookHandler>;
