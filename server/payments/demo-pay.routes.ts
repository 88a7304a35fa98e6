import express, { Router } from 'express';
import type { Database } from '../db/database';
import { AppError } from '../errors/errors';
import type { Logger } from '../logging/logger';
import { OnboardingStatus } from '../writers/onboarding-status';
import { Writer } from '../writers/writer.entity';
import type { CheckoutService } from './checkout.service';
import { renderAnswers, renderCanceled, renderReturn } from './demo-pay.page';
import { Payment } from './payment.entity';
import { isDemoCheckoutKey, newDemoCheckoutKey } from '../money-intents/idempotency-keys';

// The demo's price: 25.00 usd per answer.
const DEMO_AMOUNT_MINOR = 2500;
const DEMO_CURRENCY = 'usd';
const DEMO_WRITER_LIMIT = 10;

/**
 * A reader's "Pay for this answer" button end to end (test mode only): the form posts here, the
 * gateway opens a Checkout Session and redirects to Stripe's page, which sends the reader back
 * to a page showing what the webhooks confirmed. Stripe's seed guide, as a page of the gateway.
 */
export function demoPayRoutes(database: Database, checkout: CheckoutService, publicUrl: () => string, logger: Logger): Router {
  const router = Router();
  router.get('/', async (_request, response) => {
    const writers = await database.manager.find(Writer, {
      where: { onboardingStatus: OnboardingStatus.ACTIVE, transfersCapability: 'active', deauthorized: false },
      order: { createdAt: 'ASC' },
      take: DEMO_WRITER_LIMIT,
    });
    response.type('html').send(renderAnswers(writers, { amountMinor: DEMO_AMOUNT_MINOR, currency: DEMO_CURRENCY, idempotencyKey: newDemoCheckoutKey }));
  });
  router.post('/', express.urlencoded({ extended: false, limit: '4kb' }), async (request, response) => {
    const { writerId, idempotencyKey } = request.body as { writerId?: string; idempotencyKey?: string };
    try {
      const session = await checkout.create(
        {
          writerId: String(writerId ?? ''),
          amount: DEMO_AMOUNT_MINOR,
          currency: DEMO_CURRENCY,
          description: null,
          successUrl: `${publicUrl()}/demo/pay/return?session_id={CHECKOUT_SESSION_ID}`,
          cancelUrl: `${publicUrl()}/demo/pay/canceled`,
          idempotencyKey: isDemoCheckoutKey(idempotencyKey) ? idempotencyKey : newDemoCheckoutKey(),
        },
        { viewer: null, clientAddress: request.ip ?? 'unknown' },
      );
      response.redirect(303, session.url);
    } catch (error) {
      if (!(error instanceof AppError)) logger.error({ err: error }, 'demo checkout failed');
      response
        .status(error instanceof AppError ? 400 : 500)
        .type('text/plain')
        .send(error instanceof AppError ? error.message : 'The payment page could not be opened.');
    }
  });
  router.get('/return', async (request, response) => {
    const sessionId = typeof request.query.session_id === 'string' ? request.query.session_id : '';
    response.set('Cache-Control', 'no-store');
    response.type('html').send(renderReturn(sessionId ? await database.manager.findOneBy(Payment, { stripeCheckoutSessionId: sessionId }) : null));
  });
  router.get('/canceled', (_request, response) => response.type('html').send(renderCanceled()));
  return router;
}
