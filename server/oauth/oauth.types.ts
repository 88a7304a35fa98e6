import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A link to Stripe OAuth for the signed-in writer to connect an existing Stripe account; only ever returned to that writer.' })
export class OAuthLink {
  @Field({ description: 'Send the writer here (Stripe Express OAuth); never share or store it.' })
  url: string;

  @Field({ description: 'The CSRF state the link carries, single use and bound to this writer and session; Stripe hands it back to /connect/oauth/callback.' })
  state: string;

  @Field({ description: 'After this the callback refuses the state; the writer, signed in, asks createOAuthLink again.' })
  expiresAt: Date;
}
