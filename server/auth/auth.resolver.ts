import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../graphql/context';
import { requireMoneyAdmin, requireViewer } from '../identity/access';
import type { AuthService } from './auth.service';
import type { SignUpService } from './sign-up.service';
import { Role } from '../identity/viewer';
import { AuthPayload, LogInInput, SignUpInput, TwoFactorEnrollment, ViewerObject, WriterInvite } from './auth.types';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly signUps: SignUpService,
  ) {}

  @Query(() => ViewerObject, { nullable: true, description: 'The signed-in user, or null when anonymous.' })
  viewer(@Ctx() context: GatewayContext): Promise<ViewerObject> | null {
    // An API key is not a person: it has no viewer.
    return context.viewer && context.viewer.role !== Role.API_KEY ? this.auth.viewer(context.viewer) : null;
  }

  @Mutation(() => AuthPayload, { description: 'Creates a writer account and signs it in.' })
  signUp(@Arg('input') input: SignUpInput, @Ctx() context: GatewayContext): Promise<AuthPayload> {
    return this.signUps.signUp(input, context.clientAddress);
  }

  @Mutation(() => WriterInvite, {
    description:
      'An invitation for a writer added with createWriter to sign up as themself (admins with two-factor; recorded in the audit trail); valid 7 days.',
  })
  inviteWriter(@Arg('writerId', () => ID) writerId: string, @Ctx() context: GatewayContext): Promise<WriterInvite> {
    const admin = requireMoneyAdmin(context.viewer, 'Inviting a writer');
    return this.signUps.invite(writerId, admin);
  }

  @Mutation(() => AuthPayload, { description: 'Signs in; `otp` is required once two-factor is on.' })
  logIn(@Arg('input') input: LogInInput, @Ctx() context: GatewayContext): Promise<AuthPayload> {
    return this.auth.logIn(input, context.clientAddress);
  }

  @Mutation(() => Boolean, { description: 'Signs this session out: its token is refused from now on and its subscriptions end.' })
  logOut(@Ctx() context: GatewayContext): Promise<boolean> {
    return this.auth.logOut(requireViewer(context.viewer));
  }

  @Mutation(() => TwoFactorEnrollment, { description: 'Starts two-factor enrolment; confirm with confirmTwoFactor.' })
  enrollTwoFactor(@Ctx() context: GatewayContext): Promise<TwoFactorEnrollment> {
    return this.auth.enrollTwoFactor(requireViewer(context.viewer));
  }

  @Mutation(() => [String], { description: 'Replaces your recovery codes with ten new ones (the old stop working); needs a recent two-factor sign-in.' })
  regenerateRecoveryCodes(@Ctx() context: GatewayContext): Promise<string[]> {
    return this.auth.regenerateRecoveryCodes(requireViewer(context.viewer));
  }

  @Mutation(() => AuthPayload, { description: 'Turns two-factor on with a current code; returns a two-factor-verified session and the recovery codes.' })
  confirmTwoFactor(@Arg('otp') otp: string, @Ctx() context: GatewayContext): Promise<AuthPayload> {
    return this.auth.confirmTwoFactor(requireViewer(context.viewer), otp);
  }
}
