import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { Money, money } from '../money/money.type';
import { ReversalStatus } from './transfer-status';

/** Money taken back from a writer: a new entry beside the transfer, never an edit of it. */
@ObjectType({ description: 'Part or all of a transfer taken back from the writer.' })
@Entity('transfer_reversals')
export class TransferReversal {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ type: 'varchar', length: 36 })
  transferId: string;

  @Field(() => String, { nullable: true, description: "Stripe's trr_… id; null until Stripe has confirmed it." })
  @Column({ type: 'varchar', length: 64, nullable: true, unique: true })
  stripeReversalId: string | null;

  @Column({ type: 'integer' })
  amountMinor: number;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @Field(() => ReversalStatus)
  @Column({ type: 'varchar', length: 16 })
  status: ReversalStatus;

  @Field(() => String, { nullable: true, description: 'Why the admin reversed it.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'Why Stripe refused it, when it did.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  failureMessage: string | null;

  /** Null when the reversal was made outside the gateway (the Stripe Dashboard). */
  @Column({ type: 'varchar', length: 36, nullable: true })
  createdByUserId: string | null;

  @Field()
  @CreateDateColumn()
  createdAt: Date;

  @Field(() => Money)
  get amount(): Money {
    return money(this.amountMinor, this.currency);
  }
}
