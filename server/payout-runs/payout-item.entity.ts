import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, EnumColumn, ForeignIdColumn, IdColumn, UpdatedAt } from '../db/entity-columns';
import { CurrencyColumn, MinorUnitsColumn } from '../db/money-columns';
import { FailureMessageColumn } from '../db/stripe-columns';
import { Money, money } from '../money/money.type';
import { wholeNumber } from '../db/whole-number-column';
import { PayoutItemStatus } from './payout-run-status';

/** One writer's part of a payout run; sent as a transfer whose Stripe key derives from run, writer and attempt. */
@ObjectType({ description: "One writer's item of a payout run." })
@Entity('payout_items')
@Index(['runId', 'writerId'], { unique: true })
export class PayoutItem {
  @IdColumn()
  id: string;

  @ForeignIdColumn()
  runId: string;

  @ForeignIdColumn()
  writerId: string;

  @MinorUnitsColumn()
  amountMinor: number;

  @Field()
  @CurrencyColumn()
  currency: string;

  @EnumColumn(PayoutItemStatus, 16)
  status: PayoutItemStatus;

  @Field(() => String, { nullable: true, description: 'Why the writer cannot be paid yet (HELD items).' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  heldReason: string | null;

  @FailureMessageColumn('Why it failed, or why it is still waiting on Stripe.')
  failureMessage: string | null;

  /** Sends so far: a retry of a failed item is a new transfer with a new key. */
  @Column({ type: 'integer', default: 0 })
  attempt: number;

  @ForeignIdColumn({ nullable: true, unique: true })
  transferId: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  claimedBy: string | null;

  /** Epoch milliseconds until which `claimedBy` is sending it. */
  @Column({ type: 'bigint', default: 0, transformer: wholeNumber })
  leaseExpiresAtMs: number;

  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;

  @Field(() => Money)
  get amount(): Money {
    return money(this.amountMinor, this.currency);
  }
}
