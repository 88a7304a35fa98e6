import { Router, type Request, type Response } from 'express';
import type { Logger } from '../logger';
import type { OnboardingService } from './onboarding.service';
import { renderNotice } from '../http/notice-page';

// Browser redirects back from Stripe-hosted onboarding. The signed `state` names the writer.
export function onboardingRoutes(onboarding: OnboardingService, logger: Logger): Router {
  const router = Router();
  const expired = (response: Response) =>
    response.status(400).type('html').send(renderNotice('This onboarding link has expired', 'Go back to the app and open onboarding again.'));
  const handle = (step: (state: string) => Promise<{ location: string } | null>) => async (request: Request, response: Response) => {
    const state = typeof request.query.state === 'string' ? request.query.state : '';
    try {
      const outcome = await step(state);
      if (!outcome) return expired(response);
      response.redirect(303, outcome.location);
    } catch (error) {
      logger.warn({ err: error }, 'onboarding redirect failed');
      response.status(502).type('html').send(renderNotice('Stripe is not reachable right now', 'Please try again in a moment.'));
    }
  };
  router.get('/refresh', handle((state) => onboarding.refresh(state)));
  router.get('/return', handle((state) => onboarding.completeReturn(state)));
  router.get('/complete', (request, response) => {
    const status = String(request.query.status ?? '');
    const done = status === 'ACTIVE';
    response.type('html').send(
      renderNotice(done ? 'You are all set' : 'Thanks — almost there', done ? 'Your payouts account is active; you can receive your earnings.' : `Your onboarding status is ${status.replaceAll('_', ' ').toLowerCase() || 'unknown'}. Stripe may need a little more information or time.`),
    );
  });
  return router;
}
