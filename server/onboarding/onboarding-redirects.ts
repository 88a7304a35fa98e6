import type { SessionTokens } from '../auth/session-tokens';
import type { Logger } from '../logging/logger';
import { accountEndOf } from '../writers/account-end';
import type { WriterService } from '../writers/writer.service';
import { ENDED_NOTICES, NOTICES, type OnboardingNotice } from './onboarding-notices';
import type { OnboardingUrls } from './onboarding.service';

/** Where a browser that Stripe sent back goes next: another address, or a page of ours. */
export type BrowserOutcome = { redirect: string } | { notice: OnboardingNotice };

/**
 * Stripe's `refresh_url` and `return_url`. A browser arriving here carries only the signed
 * `state` from the URL, never the writer's session, and that URL can sit in browser history or
 * be opened by a chat preview: so nothing here mints a link or names the writer's status.
 */
export class OnboardingRedirects {
  constructor(
    private readonly tokens: SessionTokens,
    private readonly writers: WriterService,
    private readonly urls: OnboardingUrls,
    private readonly logger: Logger,
  ) {}

  /**
   * The link expired, was opened already, or the account can no longer be onboarded. Stripe asks
   * to authenticate the account holder before sending them into onboarding, so the app (where
   * the writer is signed in) asks for a new link with createOnboardingLink, and hears there if
   * onboarding has ended.
   */
  async afterRefresh(state: string): Promise<BrowserOutcome> {
    const writerId = this.tokens.verifyState(state);
    if (!writerId) return { notice: NOTICES.invalidState };
    if (this.urls.frontendUrl) return { redirect: `${this.urls.frontendUrl}/onboarding/refresh` };
    // With no app of its own to send the writer to, the gateway's page must still end a
    // rejected or disconnected writer's visit honestly, or they would open onboarding in vain.
    const end = accountEndOf(await this.writers.byId(writerId));
    return { notice: end ? ENDED_NOTICES[end] : NOTICES.openAgain };
  }

  /**
   * Onboarding was exited properly, which says nothing about what Stripe still needs: the
   * account is re-read now, so the app shows the new status before the webhooks arrive.
   */
  async afterReturn(state: string): Promise<BrowserOutcome> {
    const writerId = this.tokens.verifyState(state);
    if (!writerId) return { notice: NOTICES.invalidState };
    await this.writers.sync(writerId).catch((error: unknown) => this.logger.warn({ err: error, writerId }, 'account not re-read on return from onboarding'));
    const landing = this.urls.frontendUrl ? `${this.urls.frontendUrl}/onboarding/complete` : new URL('/connect/onboarding/complete', this.urls.publicUrl()).toString();
    return { redirect: landing };
  }
}
