import type { SessionTokens } from '../auth/session-tokens';
import type { Logger } from '../logging/logger';
import { accountEndOf } from '../writers/account-end';
import type { Writer } from '../writers/writer.entity';
import type { WriterService } from '../writers/writer.service';
import { LANDING_STATE_PARAMETER, expiredLinkNotice, landingStateOf, returnedNotice } from './onboarding-landing';
import { NOTICES, type OnboardingNotice } from './onboarding-notices';
import type { OnboardingUrls } from './onboarding.service';

/** Where a browser that Stripe sent back goes next: another address, or a page of ours. */
export type BrowserOutcome = { redirect: string } | { notice: OnboardingNotice };

/**
 * Stripe's `refresh_url` and `return_url`. A browser arriving here carries only the signed
 * `state` from the URL, never the writer's session, and that URL can sit in browser history or
 * be opened by a chat preview: so nothing here mints a link or names the writer. It says only
 * where their onboarding stands, which is what the writer needs to hear next.
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
   * the writer is signed in) asks for a new link with createOnboardingLink; the gateway's own
   * page says so, and ends a rejected or disconnected writer's visit honestly.
   */
  async afterRefresh(state: string): Promise<BrowserOutcome> {
    const writerId = this.tokens.verifyState(state);
    if (!writerId) return { notice: NOTICES.invalidState };
    const writer = await this.writers.byId(writerId);
    if (this.urls.frontendUrl) return { redirect: this.appUrl('/onboarding/refresh', writer) };
    return { notice: expiredLinkNotice(writer) };
  }

  /**
   * Onboarding was exited properly, which says nothing about what Stripe still needs: the
   * account is re-read now, so the landing shows the new status before the webhooks arrive.
   */
  async afterReturn(state: string): Promise<BrowserOutcome> {
    const writerId = this.tokens.verifyState(state);
    if (!writerId) return { notice: NOTICES.invalidState };
    const writer = await this.reread(writerId);
    if (this.urls.frontendUrl) return { redirect: this.appUrl('/onboarding/complete', writer) };
    return { notice: returnedNotice(writer) };
  }

  /** What Stripe says now; what we hold when Stripe cannot say (an ended account, an outage). */
  private async reread(writerId: string): Promise<Writer> {
    const held = await this.writers.byId(writerId);
    if (accountEndOf(held)) return held;
    return this.writers.sync(writerId).catch((error: unknown) => {
      this.logger.warn({ err: error, writerId }, 'account not re-read on return from onboarding');
      return held;
    });
  }

  private appUrl(path: string, writer: Writer): string {
    const url = new URL(`${this.urls.frontendUrl}${path}`);
    url.searchParams.set(LANDING_STATE_PARAMETER, landingStateOf(writer));
    return url.toString();
  }
}
