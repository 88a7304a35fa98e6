import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { ActorIdColumn } from '../db/entity-columns';

/**
 * One per client idempotency key and operation, written in the same transaction as the row it
 * produced. A replay with the same input gets the same response; other input is a conflict.
 */
@Entity('idempotency_records')
export class IdempotencyRecord {
  /** `<operation>:<client key>`, e.g. `createTransfer:payout-2024-06-writer-7`. */
  @PrimaryColumn({ type: 'varchar', length: 300 })
  key: string;

  /** sha256 of the canonical input, hex. */
  @Column({ type: 'varchar', length: 64 })
  requestHash: string;

  /** The row the request produced (transfer, top-up, reversal). */
  @Column({ type: 'varchar', length: 36 })
  subjectId: string;

  /** JSON `StoredResponse`: the row to return, or the error the first request answered with. */
  @Column({ type: 'text' })
  response: string;

  @ActorIdColumn() actorUserId: string;

  @CreateDateColumn()
  createdAt: Date;
}
