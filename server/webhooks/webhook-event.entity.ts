import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Every Stripe event received, unique on Stripe's event id so a redelivery is applied once. */
@Entity('webhook_events')
export class WebhookEvent {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'varchar', length: 64 })
  type: string;

  /** The connected account for Connect events. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  account: string | null;

  /** Stripe's `created`, unix seconds. */
  @Column({ type: 'integer' })
  stripeCreated: number;

  @Column({ type: 'text' })
  payload: string;

  /** What applying it did, for the log and the console. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  outcome: string | null;

  @Column({ default: () => 'CURRENT_TIMESTAMP' })
  receivedAt: Date;

  @Column({ type: Date, nullable: true })
  processedAt: Date | null;
}
