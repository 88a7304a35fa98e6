import Stripe from 'stripe';
import type { Logger } from '../logging/logger';
import type { WriterService } from '../writers/writer.service';
import type { OAuthConnections } from './oauth-connections';
import { ConnectionRefusalReason, connectionRefusal } from '../writers/oauth-eligibility';
import { OAUTH_NOTICES, type OAuthNotice, keptAccountNotice } from './oauth-notices';
import type { OAuthPlatform } from './oauth-platform';
import { connectedAccountIdOf, tokenParams } from './oauth.stripe';
import type { OAuthStates } from './oauth-states';

/** What Stripe appends to the redirect URI. */
export interface OAuthCallbackQuery {
  state: string;
  code: string | null;
  error: string | null;
}

export type OAuthOutcome = { redirect: string } | { notice: OAuthNotice };

/**
 * `/connect/oauth/callback`, where Stripe sends the writer's browser back. It carries no
 * session: the stored state is what proves the writer asked, so it is checked and used up
 * before anything else, and a state that fails changes nothing.
 */
export class OAuthCallbackService {
  constructor(
    private readonly stripe: Stripe,
    private readonly states: OAuthStates,
    private readonly connections: OAuthConnections,
    private readonly writers: WriterService,
    private readonly platform: OAuthPlatform,
    private readonly logger: Logger,
  ) {}

  async complete(query: OAuthCallbackQuery): Promise<OAuthOutcome> {
    const claim = await this.states.claim(query.state);
    if ('refused' in claim) {
      this.logger.info({ refused: claim.refused }, 'OAuth callback refused: state not valid');
      return { notice: OAUTH_NOTICES.invalidState };
    }
    const { writerId } = claim;
    if (query.error) {
      await this.connections.recordRefusal(writerId, ConnectionRefusalReason.DENIED_BY_WRITER, { stripeError: query.error });
      return { notice: query.error === 'access_denied' ? OAUTH_NOTICES.denied : OAUTH_NOTICES.stripeRefused };
    }
    // Checked again before the code is spent: a writer who started onboarding meanwhile keeps that account.
    const refusal = connectionRefusal(await this.writers.byId(writerId));
    if (refusal) {
      await this.connections.recordRefusal(writerId, refusal.reason);
      return { notice: keptAccountNotice(refusal.error.message) };
    }
    const account = await this.exchange(query.code, writerId);
    if ('notice' in account) return account;
    const outcome = await this.connections.connect(writerId, account);
    if ('refused' in outcome) return { notice: keptAccountNotice(outcome.refused.error.message) };
    this.logger.info({ writerId, accountId: account.id }, 'writer connected a Stripe account through OAuth');
    return { redirect: this.platform.landingUrl() };
  }

  /** The code for the account it connected, read from Stripe; an invalid code is the writer's 400 page. */
  private async exchange(code: string | null, writerId: string): Promise<Stripe.Account | { notice: OAuthNotice }> {
    if (!code) return { notice: OAUTH_NOTICES.invalidCode };
    let accountId: string | undefined;
    try {
      accountId = connectedAccountIdOf(await this.stripe.oauth.token(tokenParams(code)));
      if (!accountId) throw new Error('Stripe answered the code without the account it connected');
      return await this.stripe.accounts.retrieve(accountId);
    } catch (error) {
      if (error instanceof Stripe.errors.StripeInvalidGrantError || error instanceof Stripe.errors.StripeOAuthInvalidRequestError) {
        return { notice: OAUTH_NOTICES.invalidCode };
      }
      // Stripe may have connected the account already: the id, when known, goes to the log.
      this.logger.error({ err: error, writerId, accountId }, 'OAuth code not exchanged or account not read');
      return { notice: OAUTH_NOTICES.stripeUnavailable };
    }
  }
}
