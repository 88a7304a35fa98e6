import { pipe } from '@graphql-yoga/subscription';
import { filter } from '../pubsub/pubsub';
import { Arg, Ctx, ID, Mutation, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { requireViewer, visibleWriterId } from '../identity/access';
import type { GatewayContext } from '../graphql/context';
import { Writer } from '../writers/writer.entity';
import type { OnboardingService } from './onboarding.service';
import { DashboardLink, OnboardingLink } from './onboarding.types';
import { OnboardingStatusChanged } from '../writers/writer.topics';

/** Admins follow one writer or all; a writer only themself. Checked when subscribing. */
function subscribeToStatusChanges({ args, context }: SubscribeResolverData<unknown, { writerId?: string | null }, GatewayContext>) {
  const writerId = visibleWriterId(requireViewer(context.viewer), args.writerId, 'Writers can only follow their own status.');
  return pipe(
    context.pubSub.subscribe(OnboardingStatusChanged),
    filter((writer: Writer) => !writerId || writer.id === writerId),
  );
}

@Resolver()
export class OnboardingResolver {
  constructor(private readonly onboarding: OnboardingService) {}

  @Mutation(() => OnboardingLink, {
    description:
      'A fresh Stripe onboarding link for the signed-in writer (admins get FORBIDDEN: links never leave the writer). A writer whose account Stripe rejected or who disconnected it gets FORBIDDEN with extensions.reason ACCOUNT_REJECTED or ACCOUNT_DISCONNECTED.',
  })
  createOnboardingLink(@Arg('writerId', () => ID) writerId: string, @Ctx() context: GatewayContext): Promise<OnboardingLink> {
    return this.onboarding.createLinkFor(requireViewer(context.viewer), writerId);
  }

  @Mutation(() => DashboardLink, {
    description: "A single-use sign-in to the signed-in writer's Stripe Express Dashboard, once onboarding is submitted (admins get FORBIDDEN).",
  })
  createDashboardLink(@Arg('writerId', () => ID) writerId: string, @Ctx() context: GatewayContext): Promise<DashboardLink> {
    return this.onboarding.createDashboardLinkFor(requireViewer(context.viewer), writerId);
  }

  @Subscription(() => Writer, {
    subscribe: subscribeToStatusChanges,
    description: "A writer's onboarding status or requirements changed. Admins: one writer or all (omit writerId); writers: themself.",
  })
  onboardingStatusChanged(@Arg('writerId', () => ID, { nullable: true }) _writerId: string | null, @Root() writer: Writer): Writer {
    return writer;
  }
}
