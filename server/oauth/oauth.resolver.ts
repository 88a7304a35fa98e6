import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { requireMoneyAdmin, requireViewer } from '../identity/access';
import type { GatewayContext } from '../graphql/context';
import { Writer } from '../writers/writer.entity';
import type { OAuthDisconnectService } from './oauth-disconnect.service';
import type { OAuthLinkService } from './oauth-link.service';
import { OAuthLink } from './oauth.types';

@Resolver()
export class OAuthResolver {
  constructor(
    private readonly links: OAuthLinkService,
    private readonly disconnection: OAuthDisconnectService,
  ) {}

  @Mutation(() => OAuthLink, {
    description:
      "A Stripe OAuth link for the signed-in writer to connect an existing Stripe account (admins get FORBIDDEN: links never leave the writer). Open to a writer without an account, whose platform-made account has not started onboarding, or whose account was disconnected; otherwise BAD_USER_INPUT (FORBIDDEN with reason ACCOUNT_REJECTED after Stripe's rejection).",
  })
  createOAuthLink(@Arg('writerId', () => ID) writerId: string, @Ctx() context: GatewayContext): Promise<OAuthLink> {
    return this.links.createLinkFor(requireViewer(context.viewer), writerId);
  }

  @Mutation(() => Writer, {
    description:
      "Disconnects a writer's Stripe account connected through OAuth (Stripe's deauthorize); the writer can no longer be paid (WRITER_NOT_PAYABLE, reason ACCOUNT_DISCONNECTED) until they connect an account again. Admin or Finance with two-factor.",
  })
  disconnectStripeAccount(@Arg('writerId', () => ID) writerId: string, @Ctx() context: GatewayContext): Promise<Writer> {
    return this.disconnection.disconnect(requireMoneyAdmin(context.viewer, 'Disconnecting a Stripe account'), writerId);
  }
}
