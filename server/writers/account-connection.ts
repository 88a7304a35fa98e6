import { describedEnum, type EnumValue } from '../graphql/described-enum';

/** How the writer's Stripe account came to the platform, which decides how it can be let go. */
export const AccountConnection = describedEnum('AccountConnection', "How the writer's Stripe account was connected to the platform.", {
  /** The platform created it through the API (signUp, createWriter). */
  CREATED: 'Created by the platform through the API.',
  /** The writer connected it through Stripe's OAuth flow (createOAuthLink). */
  OAUTH: 'Connected by the writer through Stripe OAuth; the platform can disconnect it (disconnectStripeAccount).',
});
export type AccountConnection = EnumValue<typeof AccountConnection>;
