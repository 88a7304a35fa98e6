import express, { Router } from 'express';
import type { Logger } from '../logger';
import { WebhookRefusal } from './webhook-refusal';
import type { WebhookService } from './webhook.service';

// The raw body must reach constructEvent byte for byte, so this route parses nothing itself.
// A refusal is rethrown to the app's JSON error handler, which answers 400 with its reason.
const RECEIVED = JSON.stringify({ received: true, duplicate: false });
const DUPLICATE = JSON.stringify({ received: true, duplicate: true });

export function webhookRoutes(webhooks: WebhookService, logger: Logger): Router {
  const router = Router();
  router.post('/', express.raw({ type: '*/*', limit: '1mb' }), async (request, response) => {
    let event;
    try {
      event = webhooks.verify(request.body as Buffer | undefined, request.header('stripe-signature'));
    } catch (error) {
      if (error instanceof WebhookRefusal) logger.warn({ reason: error.message }, 'webhook refused');
      throw error;
    }
    if (webhooks.isBackedUp) {
      // Nothing is stored: Stripe retries a 5xx, and by then the queue has drained.
      webhooks.deferred();
      response.status(503).setHeader('Retry-After', String(webhooks.limits.retryAfterSeconds));
      response.json({ errors: [{ message: 'Too many events are waiting to be applied; deliver this one again later.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
      return;
    }
    // Answered only once the transaction holding the event has committed.
    const isNew = await webhooks.record(event, request.body as Buffer);
    // Written at once: Express's json() would also hash the body for an ETag no one asks for.
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(isNew ? RECEIVED : DUPLICATE);
    if (isNew) webhooks.enqueue(event);
  });
  return router;
}
