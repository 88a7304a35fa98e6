import { Field } from 'type-graphql';
import { Column } from 'typeorm';
import { given, stacked } from './entity-columns';

export interface StripeIdOptions {
  /** False where the row is only written from what Stripe sent, so the id is always known. */
  nullable?: boolean;
  /** False where several rows may name one Stripe object. */
  unique?: boolean;
  length?: number;
}

/**
 * The id of the Stripe object a row stands for (re_…, tr_…), exposed with its description. By
 * default nullable and unique: the row is written before Stripe is called, so before Stripe names it.
 */
export function StripeIdColumn(description: string, { nullable = true, unique = true, length = 64 }: StripeIdOptions = {}): PropertyDecorator {
  return stacked(
    Field(() => String, given({ nullable: nullable || undefined, description })),
    Column(given({ type: 'varchar' as const, length, nullable: nullable || undefined, unique: unique || undefined })),
  );
}

/** Stripe's failure_code when it refused; null otherwise. */
export function FailureCodeColumn(description: string): PropertyDecorator {
  return stacked(
    Field(() => String, { nullable: true, description }),
    Column({ type: 'varchar', length: 64, nullable: true }),
  );
}

/** Why Stripe (or the gateway) refused, or why it is still pending; null when nothing is amiss. */
export function FailureMessageColumn(description: string): PropertyDecorator {
  return stacked(
    Field(() => String, { nullable: true, description }),
    Column({ type: 'varchar', length: 500, nullable: true }),
  );
}
