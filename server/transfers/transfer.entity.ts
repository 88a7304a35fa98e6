import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { ActorIdColumn, CreatedAt, EnumColumn, ForeignIdColumn, IdColumn, NoteColumn, UpdatedAt } from '../db/entity-columns';
import { CurrencyColumn, MinorUnitsColumn } from '../db/money-columns';
import { FailureCodeColumn, FailureMessageColumn, StripeIdColumn } from '../db/stripe-columns';
import { Money, money } from '../money/money.type';
import { REVERSIBLE_STATUSES, TRANSFER_LIFECYCLE, TransferStatus } from './transfer-status';

/**
 * A payment to a writer. The row is committed PENDING before Stripe is called; Stripe's
 * idempotency key and transfer_group are derived from its id, so any retry or recovery finds
 * the same Stripe transfer instead of making a second one.
 */
@ObjectType({ description: "Money sent from the platform balance to a writer's Stripe account." })
@Entity('transfers')
@Index(['createdAt', 'id'])
@Index(['writerId', 'createdAt'])
export class Transfer {
  @IdColumn()
  id: string;

  @ForeignIdColumn({ description: 'The writer paid.' })
  writerId: string;

  @StripeIdColumn("Stripe's tr_… id; null until Stripe has confirmed the transfer.")
  stripeTransferId: string | null;

  @MinorUnitsColumn()
  amountMinor: number;

  @MinorUnitsColumn({ default: 0 })
  amountReversedMinor: number;

  @CurrencyColumn()
  currency: string;

  @EnumColumn(TransferStatus, 24, { index: true })
  status: TransferStatus;

  @NoteColumn({ description: 'Your note on the transfer, also sent to Stripe.' })
  description: string | null;

  @Field({ description: 'The key the client sent; a replay with it returns this transfer.' })
  @Column({ type: 'varchar', length: 255 })
  idempotencyKey: string;

  @FailureCodeColumn("Stripe's error code when it refused, e.g. balance_insufficient.")
  failureCode: string | null;

  @FailureMessageColumn('Why it failed, or why it is still pending (the last unanswered attempt).')
  failureMessage: string | null;

  /** Calls to Stripe whose outcome we learned or gave up waiting for. */
  @Column({ type: 'integer', default: 0 })
  attemptCount: number;

  @ActorIdColumn() createdByUserId: string;

  /** The payout run this transfer pays an item of; null for a transfer sent by hand. */
  @ForeignIdColumn({ nullable: true, description: 'The payout run this transfer belongs to, if any.' })
  payoutRunId: string | null;

  @CreatedAt() createdAt: Date;

  @UpdatedAt({ description: 'When this record last changed (a status, a reversal, a failure).' })
  updatedAt: Date;

  @Field(() => Money, { description: 'What was sent to the writer’s Stripe balance.' })
  get amount(): Money {
    return money(this.amountMinor, this.currency);
  }

  @Field(() => Money, { description: 'How much of it has been reversed back to the platform so far.' })
  get amountReversed(): Money {
    return money(this.amountReversedMinor, this.currency);
  }

  @Field(() => Money, { description: 'What reverseTransfer can still take back.' })
  get reversibleAmount(): Money {
    const reversible = REVERSIBLE_STATUSES.includes(this.status) ? this.amountMinor - this.amountReversedMinor : 0;
    return money(reversible, this.currency);
  }

  @Field({ description: "Stripe's transfer_group for this transfer (its payout run's id, if any): search Stripe by it." })
  get transferGroup(): string {
    return transferGroupOf(this);
  }

  @Field(() => [TransferStatus], {
    description:
      'The statuses this transfer can still move to in its ordinary course (what a console offers). A late answer from Stripe may still move it elsewhere, e.g. a transfer the gateway failed, which Stripe turns out to have paid.',
  })
  get nextStates(): TransferStatus[] {
    return TRANSFER_LIFECYCLE.nextStates(this.status);
  }
}

/** A payout run's transfers share its id as their group; any other transfer has one of its own. */
export function transferGroupOf(transfer: Pick<Transfer, 'id' | 'payoutRunId'>): string {
  return transfer.payoutRunId ?? `transfer_${transfer.id}`;
}
