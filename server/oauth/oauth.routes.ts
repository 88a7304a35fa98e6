import { Router, type Request, type Response } from 'express';
import { renderNotice } from '../http/notice-page';
import type { Logger } from '../logging/logger';
import type { OAuthCallbackService } from './oauth-callback.service';
import { OAUTH_NOTICES, type OAuthNotice } from './oauth-notices';

function sendNotice(response: Response, notice: OAuthNotice): void {
  response.status(notice.status).type('html').send(renderNotice(notice.title, notice.message));
}

const queryText = (request: Request, name: string): string | null => {
  const value = request.query[name];
  return typeof value === 'string' && value !== '' ? value : null;
};

/** Stripe OAuth's redirect back, and the page it lands on once the account is connected. */
export function oauthRoutes(callback: OAuthCallbackService, logger: Logger): Router {
  const router = Router();
  router.get('/callback', async (request, response) => {
    // The address carries the state and the code: never cached, never passed on as a Referer.
    response.set({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' });
    try {
      const outcome = await callback.complete({
        state: queryText(request, 'state') ?? '',
        code: queryText(request, 'code'),
        error: queryText(request, 'error'),
      });
      // Redirected on success, so a reload or the history never presents the code again.
      if ('redirect' in outcome) response.redirect(303, outcome.redirect);
      else sendNotice(response, outcome.notice);
    } catch (error) {
      logger.warn({ err: error }, 'OAuth callback failed');
      sendNotice(response, OAUTH_NOTICES.failed);
    }
  });
  router.get('/complete', (_request, response) => sendNotice(response, OAUTH_NOTICES.connected));
  return router;
}
