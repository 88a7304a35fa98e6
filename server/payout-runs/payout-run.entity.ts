import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { ActorIdColumn, CreatedAt, DateColumn, EnumColumn, IdColumn, NoteColumn, UpdatedAt } from '../db/entity-columns';
import { CurrencyColumn, MinorUnitsColumn, MinorUnitsSumColumn } from '../db/money-columns';
import { Money, money } from '../money/money.type';
import { PAYOUT_RUN_LIFECYCLE, PayoutRunStatus } from './payout-run-status';

/**
 * A batch paying every writer owed at least a minimum in one currency. Drafted by one team
 * member, approved by another, executed by any number of instances together.
 */
@ObjectType({ description: 'A batch of transfers paying writers what they are owed: drafted, approved by another member, executed.' })
@Entity('payout_runs')
@Index(['createdAt', 'id'])
export class PayoutRun {
  @IdColumn({ description: "Also each item's Stripe transfer_group." })
  id: string;

  @EnumColumn(PayoutRunStatus, 32, { index: true })
  status: PayoutRunStatus;

  @Field()
  @CurrencyColumn()
  currency: string;

  /** The currency while the run is open: unique, so one open run per currency. */
  @CurrencyColumn({ nullable: true, unique: true })
  openCurrency: string | null;

  @MinorUnitsColumn()
  minimumAmountMinor: number;

  @NoteColumn()
  description: string | null;

  @MinorUnitsSumColumn()
  totalAmountMinor: number;

  @MinorUnitsSumColumn()
  heldAmountMinor: number;

  @Field(() => Int, { description: 'Items to pay (HELD ones not counted).' })
  @Column({ type: 'integer' })
  itemCount: number;

  @Field(() => Int, { description: 'Writers owed money who cannot receive transfers yet.' })
  @Column({ type: 'integer' })
  heldCount: number;

  @MinorUnitsSumColumn()
  shortfallMinor: number;

  @ActorIdColumn() createdByUserId: string;
  @ActorIdColumn({ nullable: true }) approvedByUserId: string | null;
  @ActorIdColumn({ nullable: true }) executedByUserId: string | null;

  @DateColumn({ nullable: true })
  approvedAt: Date | null;

  @DateColumn({ nullable: true })
  startedAt: Date | null;

  @DateColumn({ nullable: true })
  completedAt: Date | null;

  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;

  @Field(() => Money, { description: 'The sum of the items to pay.' })
  get totalAmount(): Money {
    return money(this.totalAmountMinor, this.currency);
  }

  @Field(() => Money, { description: 'Owed to the HELD writers, not sent by this run.' })
  get heldAmount(): Money {
    return money(this.heldAmountMinor, this.currency);
  }

  @Field(() => Money, { description: 'How much the available balance lacked when last checked: top up this much first.' })
  get shortfall(): Money {
    return money(this.shortfallMinor, this.currency);
  }

  @Field(() => Money, { description: 'The minimum payable balance a writer needed to be in the run.' })
  get minimumAmount(): Money {
    return money(this.minimumAmountMinor, this.currency);
  }

  @Field(() => [PayoutRunStatus], { description: 'The statuses this run can still move to.' })
  get nextStates(): PayoutRunStatus[] {
    return PAYOUT_RUN_LIFECYCLE.nextStates(this.status);
  }
}
