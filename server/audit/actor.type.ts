import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The person (or API key of the platform’s backend) behind an action.' })
export class Actor {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;
}

/**
 * Names the people (and API keys) behind actions: one batch for every id a response names, in
 * the order asked, null where none is known. Auth answers it, as users and API keys are its own;
 * app/ wires the two.
 */
export type ActorsById = (ids: readonly string[]) => Promise<Array<Actor | null>>;
