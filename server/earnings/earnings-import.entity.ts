import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { wholeNumber } from '../db/whole-number-column';

/** A CSV import that was written (dry runs leave no record). */
@Entity('earnings_imports')
export class EarningsImportRecord {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'integer' })
  rowsTotal: number;

  @Column({ type: 'integer' })
  rowsAccepted: number;

  @Column({ type: 'integer' })
  rowsAlreadyRecorded: number;

  @Column({ type: 'bigint', transformer: wholeNumber })
  totalAmountMinor: number;

  @Column({ type: 'varchar', length: 3, nullable: true })
  currency: string | null;

  @Column({ type: 'varchar', length: 36 })
  createdByUserId: string;

  @CreateDateColumn()
  createdAt: Date;
}
