import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Money, money } from '../money/money.type';
import { wholeNumber } from '../db/whole-number-column';
import { PayoutItemStatus } from './payout-run-status';

/** One writer's part of a payout run; sent as a transfer whose Stripe key derives from run, writer and attempt. */
@ObjectType({ description: "One writer's item of a payout run." })
@Entity('payout_items')
@Index(['runId', 'writerId'], { unique: true })
export class PayoutItem {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => ID)
  @Column({ type: 'varchar', length: 36 })
  runId: string;

  @Field(() => ID)
  @Column({ type: 'varchar', length: 36 })
  writerId: string;

  @Column({ type: 'integer' })
  amountMinor: number;

  @Field()
  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @Field(() => PayoutItemStatus)
  @Column({ type: 'varchar', length: 16 })
  status: PayoutItemStatus;

  @Field(() => String, { nullable: true, description: 'Why the writer cannot be paid yet (HELD items).' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  heldReason: string | null;

  @Field(() => String, { nullable: true, description: 'Why it failed, or why it is still waiting on Stripe.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  failureMessage: string | null;

  /** Sends so far: a retry of a failed item is a new transfer with a new key. */
  @Column({ type: 'integer', default: 0 })
  attempt: number;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'varchar', length: 36, nullable: true, unique: true })
  transferId: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  claimedBy: string | null;

  /** Epoch milliseconds until which `claimedBy` is sending it. */
  @Column({ type: 'bigint', default: 0, transformer: wholeNumber })
  leaseExpiresAtMs: number;

  @Field()
  @CreateDateColumn()
  createdAt: Date;

  @Field()
  @UpdateDateColumn()
  updatedAt: Date;

  @Field(() => Money)
  get amount(): Money {
    return money(this.amountMinor, this.currency);
  }
}
