import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum OnboardingLinkType {
  ACCOUNT_ONBOARDING = 'account_onboarding',
  ACCOUNT_UPDATE = 'account_update',
}

registerEnumType(OnboardingLinkType, {
  name: 'OnboardingLinkType',
  description: 'account_onboarding until the writer has submitted their details, account_update afterwards.',
  valuesConfig: {
    ACCOUNT_ONBOARDING: { description: 'First-time onboarding.' },
    ACCOUNT_UPDATE: { description: 'Update details Stripe already has.' },
  },
});

@ObjectType({ description: 'A single-use link to Stripe-hosted onboarding; only ever returned to its writer.' })
export class OnboardingLink {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Redirect the writer here; never share or store it.' })
  url: string;

  @Field(() => OnboardingLinkType)
  type: OnboardingLinkType;

  @Field({ description: 'Stripe expires the link after a few minutes; our refresh URL mints a new one.' })
  expiresAt: Date;
}

@ObjectType({ description: "A single-use sign-in to the writer's Stripe Express Dashboard (balance, payouts to their bank); only ever returned to its writer." })
export class DashboardLink {
  @Field({ description: 'Redirect the writer here right away; never share or store it.' })
  url: string;

  @Field()
  createdAt: Date;
}
