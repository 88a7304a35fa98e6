import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { CurrencyColumn } from '../db/money-columns';

/** A balanced group of entries, posted once per `reference` (the event it records). */
@Entity('ledger_transactions')
export class LedgerTransactionRecord {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** What happened, e.g. EARNING, TRANSFER_SENT, TRANSFER_PAID, TRANSFER_FAILED, TRANSFER_REVERSED. */
  @Column({ type: 'varchar', length: 32 })
  kind: string;

  /** Unique: posting the same event again adds nothing (e.g. `transfer:<id>:paid`). */
  @Column({ type: 'varchar', length: 160, unique: true })
  reference: string;

  @CurrencyColumn()
  currency: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  description: string | null;

  @CreateDateColumn()
  createdAt: Date;
}
