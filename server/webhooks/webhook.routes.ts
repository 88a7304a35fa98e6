import express, { Router } from 'express';
import type { Logger } from '../logger';
import { WebhookSignatureError, type WebhookService } from './webhook.service';

// The raw body must reach constructEvent byte for byte, so this route parses nothing itself.
export function webhookRoutes(webhooks: WebhookService, logger: Logger): Router {
  const router = Router();
  router.post('/', express.raw({ type: '*/*', limit: '1mb' }), async (request, response) => {
    let event;
    try {
      event = webhooks.verify(request.body as Buffer, request.header('stripe-signature'));
    } catch (error) {
      if (!(error instanceof WebhookSignatureError)) throw error;
      logger.warn({ reason: error.message }, 'webhook refused');
      response.status(400).json({ error: `Webhook signature verification failed: ${error.message}` });
      return;
    }
    const isNew = await webhooks.record(event);
    response.json({ received: true, duplicate: !isNew });
    if (isNew) webhooks.enqueue(event.id);
  });
  return router;
}
