import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { ActorIdColumn, CreatedAt, ForeignIdColumn, IdColumn, NoteColumn } from '../db/entity-columns';
import { CurrencyColumn, MinorUnitsColumn } from '../db/money-columns';
import { Money, money } from '../money/money.type';

/** What a writer earned for a period: credited to their payable balance in the ledger, once per reference. */
@ObjectType({ description: "A writer's earning for a period; credited to their payable balance." })
@Entity('earnings')
@Index(['createdAt', 'id'])
@Index(['writerId', 'createdAt'])
export class Earning {
  @IdColumn()
  id: string;

  @ForeignIdColumn()
  writerId: string;

  @MinorUnitsColumn()
  amountMinor: number;

  /** For a `revenue` row: the revenue the share was taken from. */
  @MinorUnitsColumn({ nullable: true })
  revenueMinor: number | null;

  @Field()
  @CurrencyColumn()
  currency: string;

  @Field({ description: 'First day of the period, YYYY-MM-DD.' })
  @Column({ type: 'varchar', length: 10 })
  periodStart: string;

  @Field({ description: 'Last day of the period, YYYY-MM-DD.' })
  @Column({ type: 'varchar', length: 10 })
  periodEnd: string;

  @Field({ description: "The platform's own unique reference: recording it again adds nothing." })
  @Column({ type: 'varchar', length: 120, unique: true })
  reference: string;

  @NoteColumn()
  description: string | null;

  @ForeignIdColumn({ nullable: true, description: 'The CSV import it came from, if any.' })
  importId: string | null;

  /** The team member or API key that recorded it. */
  @ActorIdColumn() createdByUserId: string;

  @CreatedAt() createdAt: Date;

  @Field(() => Money, { description: "The writer's earning." })
  get amount(): Money {
    return money(this.amountMinor, this.currency);
  }

  @Field(() => Money, { nullable: true, description: 'The revenue it is a share of (REVENUE_SHARE_PERCENT), for revenue rows.' })
  get revenue(): Money | null {
    return this.revenueMinor === null ? null : money(this.revenueMinor, this.currency);
  }
}

/** The fields that make two recordings of one reference the same earning. */
export function sameEarning(a: Pick<Earning, 'writerId' | 'amountMinor' | 'currency' | 'periodStart' | 'periodEnd'>, b: typeof a): boolean {
  return (
    a.writerId === b.writerId && a.amountMinor === b.amountMinor && a.currency === b.currency && a.periodStart === b.periodStart && a.periodEnd === b.periodEnd
  );
}
