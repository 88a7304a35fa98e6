import { registerEnumType } from 'type-graphql';

/** How the writer's Stripe account came to the platform, which decides how it can be let go. */
export enum AccountConnection {
  /** The platform created it through the API (signUp, createWriter). */
  CREATED = 'CREATED',
  /** The writer connected it through Stripe's OAuth flow (createOAuthLink). */
  OAUTH = 'OAUTH',
}

registerEnumType(AccountConnection, {
  name: 'AccountConnection',
  description: "How the writer's Stripe account was connected to the platform.",
  valuesConfig: {
    CREATED: { description: 'Created by the platform through the API.' },
    OAUTH: { description: 'Connected by the writer through Stripe OAuth; the platform can disconnect it (disconnectStripeAccount).' },
  },
});
