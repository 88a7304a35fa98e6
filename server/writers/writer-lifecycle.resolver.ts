import { Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { requirementInWords } from './requirement-words';
import { Writer } from './writer.entity';
import { WriterAction, allowedActions, lifecycleSummary } from './writer-lifecycle';

@ObjectType({ description: 'Something Stripe needs from the writer: its code, and what it means for a person.' })
export class Requirement {
  @Field({ description: "Stripe's code, e.g. individual.id_number." })
  code: string;

  @Field({ description: 'In words, e.g. Government ID number.' })
  description: string;
}

@ObjectType({ description: 'Where the writer stands, in words a person reads.' })
export class WriterStanding {
  @Field()
  headline: string;

  @Field(() => String, { nullable: true, description: 'What happens next and who acts; null when nothing is needed.' })
  nextStep: string | null;
}

/** The writer's lifecycle as clients show it: legal actions, words for their state and requirements. */
@Resolver(() => Writer)
export class WriterLifecycleResolver {
  @FieldResolver(() => [WriterAction], { description: 'What the gateway accepts for this writer now; offer only these.' })
  allowedActions(@Root() writer: Writer): WriterAction[] {
    return allowedActions(writer);
  }

  @FieldResolver(() => WriterStanding)
  standing(@Root() writer: Writer): WriterStanding {
    return lifecycleSummary(writer);
  }

  @FieldResolver(() => [Requirement], { description: 'requirementsDue with each code in words.' })
  requirements(@Root() writer: Writer): Requirement[] {
    return writer.requirementsDue.map((code) => ({ code, description: requirementInWords(code) }));
  }
}
