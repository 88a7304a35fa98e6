import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Money, money } from '../money/money.type';
import { DisputeStatus, NEEDS_RESPONSE_STATUSES } from './dispute-status';

/** A reader's bank disputing a charge: recorded from Stripe's charge.dispute.* events. */
@ObjectType({ description: "A reader's bank disputing a payment. The platform answers it, and its balance carries the amount until it is won." })
@Entity('payment_disputes')
export class Dispute {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ type: 'varchar', length: 36 })
  paymentId: string;

  @Field({ description: "Stripe's dp_… id." })
  @Column({ type: 'varchar', length: 64, unique: true })
  stripeDisputeId: string;

  @Field(() => DisputeStatus)
  @Index()
  @Column({ type: 'varchar', length: 32 })
  status: DisputeStatus;

  @Field({ description: "The bank's reason, in Stripe's words (fraudulent, product_not_received, …)." })
  @Column({ type: 'varchar', length: 64 })
  reason: string;

  @Column({ type: 'integer' })
  amountMinor: number;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @Field(() => Date, { nullable: true, description: 'The last moment to submit evidence to Stripe.' })
  @Column({ type: Date, nullable: true })
  evidenceDueBy: Date | null;

  @Field()
  @CreateDateColumn()
  createdAt: Date;

  @Field()
  @UpdateDateColumn()
  updatedAt: Date;

  @Field(() => Money, { description: 'The disputed amount, taken from the platform balance while it is open.' })
  get amount(): Money {
    return money(this.amountMinor, this.currency);
  }

  @Field({ description: 'Evidence is due and has not been submitted.' })
  get needsResponse(): boolean {
    return NEEDS_RESPONSE_STATUSES.includes(this.status);
  }
}
