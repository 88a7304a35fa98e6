import express, { Router } from 'express';
import type { Logger } from '../logging/logger';
import { WebhookRefusal } from './webhook-refusal';
import type { WebhookService } from './webhook.service';

/** The largest delivery accepted (Stripe's events are a few kilobytes). */
export const MAX_WEBHOOK_BYTES = 1024 * 1024;

/** What a delivery is answered: status, headers and JSON text. */
export interface WebhookAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };
const RECEIVED = JSON.stringify({ received: true, duplicate: false });
const DUPLICATE = JSON.stringify({ received: true, duplicate: true });
const BACKED_UP = JSON.stringify({
  errors: [{ message: 'Too many events are waiting to be applied; deliver this one again later.', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
});
// With its length declared, an answer leaves in one write instead of a chunked one.
const sized = (body: string) => ({ ...JSON_TYPE, 'content-length': String(Buffer.byteLength(body)) });
const RECEIVED_HEADERS = sized(RECEIVED);
const DUPLICATE_HEADERS = sized(DUPLICATE);

/**
 * One delivery: its raw body (byte for byte, as constructEvent wants it) checked, stored and
 * queued; answered only once the transaction holding the event has committed. A refusal is
 * thrown as a WebhookRefusal (a 400 with its reason, see the app's JSON errors).
 */
export async function receiveWebhook(
  webhooks: WebhookService,
  logger: Logger,
  rawBody: Buffer | undefined,
  signature: string | undefined,
): Promise<WebhookAnswer> {
  let event;
  try {
    event = webhooks.verify(rawBody, signature);
  } catch (error) {
    if (error instanceof WebhookRefusal) logger.warn({ reason: error.message }, 'webhook refused');
    throw error;
  }
  if (webhooks.isBackedUp) {
    // Nothing is stored: Stripe retries a 5xx, and by then the queue has drained.
    webhooks.deferred();
    return { status: 503, headers: { ...JSON_TYPE, 'retry-after': String(webhooks.limits.retryAfterSeconds) }, body: BACKED_UP };
  }
  const isNew = await webhooks.record(event, rawBody);
  if (isNew) webhooks.enqueue(event);
  return isNew ? { status: 200, headers: RECEIVED_HEADERS, body: RECEIVED } : { status: 200, headers: DUPLICATE_HEADERS, body: DUPLICATE };
}

// Most deliveries are answered before Express (see the gateway's plain routes); this route takes
// the rest (a compressed body, a path spelled differently), with the same answers.
export function webhookRoutes(webhooks: WebhookService, logger: Logger): Router {
  const router = Router();
  router.post('/', express.raw({ type: '*/*', limit: MAX_WEBHOOK_BYTES }), async (request, response) => {
    const answer = await receiveWebhook(webhooks, logger, request.body as Buffer | undefined, request.header('stripe-signature'));
    response.writeHead(answer.status, answer.headers).end(answer.body);
  });
  return router;
}
