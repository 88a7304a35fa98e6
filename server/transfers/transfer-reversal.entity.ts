import { Field, ObjectType } from 'type-graphql';
import { Entity } from 'typeorm';
import { ActorIdColumn, CreatedAt, EnumColumn, ForeignIdColumn, IdColumn, NoteColumn } from '../db/entity-columns';
import { CurrencyColumn, MinorUnitsColumn } from '../db/money-columns';
import { FailureMessageColumn, StripeIdColumn } from '../db/stripe-columns';
import { Money, money } from '../money/money.type';
import { ReversalStatus } from './transfer-status';

/** Money taken back from a writer: a new entry beside the transfer, never an edit of it. */
@ObjectType({ description: 'Part or all of a transfer taken back from the writer.' })
@Entity('transfer_reversals')
export class TransferReversal {
  @IdColumn()
  id: string;

  @ForeignIdColumn({ index: true })
  transferId: string;

  @StripeIdColumn("Stripe's trr_… id; null until Stripe has confirmed it.")
  stripeReversalId: string | null;

  @MinorUnitsColumn()
  amountMinor: number;

  @CurrencyColumn()
  currency: string;

  @EnumColumn(ReversalStatus, 16)
  status: ReversalStatus;

  @NoteColumn({ description: 'Why the admin reversed it.' })
  reason: string | null;

  @FailureMessageColumn('Why Stripe refused it, when it did.')
  failureMessage: string | null;

  /** Null when the reversal was made outside the gateway (the Stripe Dashboard). */
  @ActorIdColumn({ nullable: true }) createdByUserId: string | null;

  @CreatedAt() createdAt: Date;

  @Field(() => Money)
  get amount(): Money {
    return money(this.amountMinor, this.currency);
  }
}
