import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { ActorIdColumn } from '../db/entity-columns';
import { CurrencyColumn, MinorUnitsSumColumn } from '../db/money-columns';

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

  @MinorUnitsSumColumn()
  totalAmountMinor: number;

  @CurrencyColumn({ nullable: true })
  currency: string | null;

  @ActorIdColumn() createdByUserId: string;

  @CreateDateColumn()
  createdAt: Date;
}
