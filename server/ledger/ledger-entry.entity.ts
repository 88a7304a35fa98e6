import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { wholeNumber } from '../db/whole-number-column';
import { CurrencyColumn } from '../db/money-columns';
import { LedgerAccount } from './ledger-account';

/** One side of a ledger transaction: debit when positive, credit when negative. Never updated. */
@Entity('ledger_entries')
export class LedgerEntry {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36 })
  transactionId: string;

  @Column({ type: 'varchar', length: 32 })
  account: LedgerAccount;

  /** For the per-writer accounts; null for the platform's. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  writerId: string | null;

  @CurrencyColumn()
  currency: string;

  @Column({ type: 'bigint', transformer: wholeNumber })
  amountMinor: number;

  @CreateDateColumn()
  createdAt: Date;
}
