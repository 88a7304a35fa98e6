import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Money, money } from '../money/money.type';
import { wholeNumber } from '../db/whole-number-column';
import { PAYOUT_RUN_LIFECYCLE, PayoutRunStatus } from './payout-run-status';

/**
 * A batch paying every writer owed at least a minimum in one currency. Drafted by one team
 * member, approved by another, executed by any number of instances together.
 */
@ObjectType({ description: 'A batch of transfers paying writers what they are owed: drafted, approved by another member, executed.' })
@Entity('payout_runs')
@Index(['createdAt', 'id'])
export class PayoutRun {
  @Field(() => ID, { description: "Also each item's Stripe transfer_group." })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => PayoutRunStatus)
  @Index()
  @Column({ type: 'varchar', length: 32 })
  status: PayoutRunStatus;

  @Field()
  @Column({ type: 'varchar', length: 3 })
  currency: string;

  /** The currency while the run is open: unique, so one open run per currency. */
  @Column({ type: 'varchar', length: 3, nullable: true, unique: true })
  openCurrency: string | null;

  @Column({ type: 'integer' })
  minimumAmountMinor: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  description: string | null;

  @Column({ type: 'bigint', transformer: wholeNumber })
  totalAmountMinor: number;

  @Column({ type: 'bigint', transformer: wholeNumber })
  heldAmountMinor: number;

  @Field(() => Int, { description: 'Items to pay (HELD ones not counted).' })
  @Column({ type: 'integer' })
  itemCount: number;

  @Field(() => Int, { description: 'Writers owed money who cannot receive transfers yet.' })
  @Column({ type: 'integer' })
  heldCount: number;

  @Column({ type: 'bigint', transformer: wholeNumber })
  shortfallMinor: number;

  @Column({ type: 'varchar', length: 36 })
  createdByUserId: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  approvedByUserId: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  executedByUserId: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: Date, nullable: true })
  approvedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: Date, nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: Date, nullable: true })
  completedAt: Date | null;

  @Field()
  @CreateDateColumn()
  createdAt: Date;

  @Field()
  @UpdateDateColumn()
  updatedAt: Date;

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
