import { Field, ID } from 'type-graphql';
import { Column, CreateDateColumn, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The column shapes the entities share. Each declares the database column and, for an exposed
 * one, its GraphQL field in one decorator, so that the field's type and nullability are said
 * once, with the column's. (The money columns are in money-columns.ts, Stripe's in stripe-columns.ts.)
 */

/** What a GraphQL field may say beyond its type. */
export interface FieldText {
  description?: string;
}

/** Several property decorators as one, applied as TypeScript applies a stack of them: the last first. */
export function stacked(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, propertyKey) => {
    for (const decorator of [...decorators].reverse()) decorator(target, propertyKey);
  };
}

/** Options without the keys left undefined, so a column or field is declared as if by hand. */
export function given<T extends object>(options: T): T {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as T;
}

const UUID = { type: 'varchar', length: 36 } as const;

/** The row's own uuid, its GraphQL ID. */
export function IdColumn(field: FieldText = {}): PropertyDecorator {
  return stacked(
    Field(() => ID, given(field)),
    PrimaryColumn(UUID),
  );
}

export interface ForeignIdOptions extends FieldText {
  nullable?: boolean;
  unique?: boolean;
  /** Indexed on its own, for the rows looked up by it. */
  index?: boolean;
}

/** The uuid of another row (the writer paid, the payment refunded), exposed as an ID. */
export function ForeignIdColumn({ description, nullable, unique, index }: ForeignIdOptions = {}): PropertyDecorator {
  const column = Column(given({ ...UUID, nullable, unique }));
  return stacked(
    Field(() => ID, given({ nullable, description })),
    ...(index ? [Index(), column] : [column]),
  );
}

/** The team member or API key behind a row (`createdByUserId`, `approvedByUserId`); not exposed. */
export function ActorIdColumn(options: { nullable?: boolean } = {}): PropertyDecorator {
  return Column({ ...UUID, ...options });
}

export interface EnumColumnOptions<T> extends FieldText {
  nullable?: boolean;
  default?: T;
  index?: boolean;
}

/** A varchar holding a value of a registered GraphQL enum (a status, a reason). */
export function EnumColumn<T>(
  enumType: object,
  length: number,
  { description, nullable, default: initial, index }: EnumColumnOptions<T> = {},
): PropertyDecorator {
  const column = Column(given({ type: 'varchar' as const, length, nullable, default: initial }));
  return stacked(
    Field(() => enumType, given({ nullable, description })),
    ...(index ? [Index(), column] : [column]),
  );
}

/** A person's free-text note on the row (often also sent to Stripe); null when they gave none. */
export function NoteColumn(field: FieldText = {}): PropertyDecorator {
  return stacked(
    Field(() => String, { nullable: true, ...given(field) }),
    Column({ type: 'varchar', length: 200, nullable: true }),
  );
}

/** A moment the row records (from Stripe, or a step of its lifecycle). */
export function DateColumn({ nullable, description }: FieldText & { nullable?: boolean } = {}): PropertyDecorator {
  return stacked(
    Field(() => Date, given({ nullable, description })),
    Column(given({ type: Date, nullable })),
  );
}

/** When the row was written, set by the database. */
export function CreatedAt(field: FieldText = {}): PropertyDecorator {
  return stacked(
    Field(() => Date, given(field)),
    CreateDateColumn(),
  );
}

/** When the row last changed, set by the database on every update. */
export function UpdatedAt(field: FieldText = {}): PropertyDecorator {
  return stacked(
    Field(() => Date, given(field)),
    UpdateDateColumn(),
  );
}
