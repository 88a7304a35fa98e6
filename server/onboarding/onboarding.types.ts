import { describedEnum, type EnumValue } from '../graphql/described-enum';
import { Field, ID, ObjectType } from 'type-graphql';

export const OnboardingLinkType = describedEnum('OnboardingLinkType', 'The kind of Stripe-hosted flow the link opens.', {
  ACCOUNT_ONBOARDING: {
    description: 'Onboarding: collects what Stripe still needs, or lets a writer who already submitted review and update their details.',
    value: 'account_onboarding',
  },
  ACCOUNT_UPDATE: {
    description: 'Stripe’s update flow, which it offers only for accounts without a Stripe-hosted Dashboard.',
    deprecationReason:
      'Every writer has the Express Dashboard, for which Stripe refuses account_update links: links are ACCOUNT_ONBOARDING, and createDashboardLink opens the Dashboard.',
    value: 'account_update',
  },
});
export type OnboardingLinkType = EnumValue<typeof OnboardingLinkType>;

@ObjectType({ description: 'A single-use link to Stripe-hosted onboarding; only ever returned to its writer.' })
export class OnboardingLink {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Redirect the writer here; never share or store it.' })
  url: string;

  @Field(() => OnboardingLinkType)
  type: OnboardingLinkType;

  @Field({ description: 'Stripe expires the link after a few minutes; then the writer, signed in, asks createOnboardingLink again.' })
  expiresAt: Date;
}

@ObjectType({
  description: "A single-use sign-in to the writer's Stripe Express Dashboard (balance, payouts to their bank); only ever returned to its writer.",
})
export class DashboardLink {
  @Field({ description: 'Redirect the writer here right away; never share or store it.' })
  url: string;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'That an onboarding link was issued to a writer, and until when: what admins see of links, never the URL.' })
export class IssuedOnboardingLink {
  @Field(() => ID)
  id: string;

  @Field(() => OnboardingLinkType)
  type: OnboardingLinkType;

  @Field({ description: 'When the writer asked for the link.' })
  createdAt: Date;

  @Field({ description: 'When Stripe stops accepting it (a used link also stops, earlier).' })
  expiresAt: Date;
}
