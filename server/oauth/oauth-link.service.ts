import type { Viewer } from '../identity/viewer';
import { forbidden } from '../errors/errors';
import type { WriterService } from '../writers/writer.service';
import { connectionRefusal } from '../writers/oauth-eligibility';
import type { OAuthPlatform } from './oauth-platform';
import type { OAuthStates } from './oauth-states';
import { authorizeParams } from './oauth.stripe';
import type { OAuthLink } from './oauth.types';

/** The link that sends a writer to Stripe to connect an account: theirs alone, like onboarding links. */
export class OAuthLinkService {
  constructor(
    private readonly writers: WriterService,
    private readonly states: OAuthStates,
    private readonly platform: OAuthPlatform,
  ) {}

  async createLinkFor(viewer: Viewer, writerId: string): Promise<OAuthLink> {
    const refusal = 'OAuth links go only to the writer they belong to; ask the writer to connect their Stripe account themself.';
    const writer = await this.writers.ownRecord(viewer, writerId, refusal);
    // The callback carries no session: the state is what binds it to this signed-in writer.
    if (!viewer.sessionId) throw forbidden('Connecting a Stripe account needs a signed-in session.');
    const notConnectable = connectionRefusal(writer);
    if (notConnectable) throw notConnectable.error;
    this.platform.requireClientId();
    const { state, expiresAt } = await this.states.issue(writer.id, viewer.sessionId);
    const url = this.platform.authorizeUrl(authorizeParams(state, writer));
    return { url, state, expiresAt };
  }
}
