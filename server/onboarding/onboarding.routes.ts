import { Router, type Request, type Response } from 'express';
import { renderNotice } from '../http/notice-page';
import type { Logger } from '../logging/logger';
import { NOTICES, type OnboardingNotice } from './onboarding-notices';
import type { BrowserOutcome, OnboardingRedirects } from './onboarding-redirects';

function sendNotice(response: Response, notice: OnboardingNotice): void {
  response.status(notice.status).type('html').send(renderNotice(notice.title, notice.message));
}

// Browser redirects back from Stripe-hosted onboarding. The signed `state` names the writer.
export function onboardingRoutes(redirects: OnboardingRedirects, logger: Logger): Router {
  const router = Router();
  const answer = (step: (state: string) => Promise<BrowserOutcome>) => async (request: Request, response: Response) => {
    const state = typeof request.query.state === 'string' ? request.query.state : '';
    // The address carries the state: never kept by a cache, never passed on as a Referer.
    response.set({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' });
    try {
      const outcome = await step(state);
      if ('redirect' in outcome) response.redirect(303, outcome.redirect);
      else sendNotice(response, outcome.notice);
    } catch (error) {
      logger.warn({ err: error }, 'onboarding redirect failed');
      sendNotice(response, NOTICES.failed);
    }
  };
  router.get(
    '/refresh',
    answer((state) => redirects.afterRefresh(state)),
  );
  router.get(
    '/return',
    answer((state) => redirects.afterReturn(state)),
  );
  return router;
}
