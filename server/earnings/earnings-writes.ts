import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../identity/viewer';
import { LedgerAccount } from '../ledger/ledger-account';
import { type LedgerPosting, type LedgerService, credit, debit } from '../ledger/ledger.service';
import { Earning } from './earning.entity';
import type { EarningRow } from './earnings-csv';
import { EarningsImportRecord } from './earnings-import.entity';
import { LOOKUP_CHUNK } from './earnings-lookups';
import type { EarningsImport } from './earnings.types';

/** A new earning row for the writer, recorded by `actor`, from an import or on its own (`importId` null). */
export function newEarning(
  manager: EntityManager,
  row: Omit<EarningRow, 'row' | 'writer'> & { writerId: string },
  importId: string | null,
  actor: Viewer,
): Earning {
  return manager.create(Earning, {
    id: randomUUID(),
    writerId: row.writerId,
    amountMinor: row.amountMinor,
    revenueMinor: row.revenueMinor,
    currency: row.currency,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    reference: row.reference,
    description: row.description,
    importId,
    createdByUserId: actor.userId,
    createdAt: new Date(),
  });
}

/** The rows and their ledger postings: REVENUE_SHARE debited, the writer's payable credited. */
export async function writeEarnings(manager: EntityManager, ledger: LedgerService, earnings: Earning[]): Promise<void> {
  for (let start = 0; start < earnings.length; start += LOOKUP_CHUNK) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(Earning)
      .values(earnings.slice(start, start + LOOKUP_CHUNK))
      .updateEntity(false)
      .execute();
  }
  const postings: LedgerPosting[] = earnings.map((earning) => ({
    kind: 'EARNING',
    reference: `earning:${earning.id}`,
    currency: earning.currency,
    description: earning.reference,
    lines: [debit(LedgerAccount.REVENUE_SHARE, earning.amountMinor), credit(LedgerAccount.WRITER_PAYABLE, earning.amountMinor, earning.writerId)],
  }));
  await ledger.postMany(manager, postings);
}

/** The import's own row, which its earnings point to. */
export async function insertImportRecord(manager: EntityManager, report: EarningsImport, actor: Viewer): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(EarningsImportRecord)
    .values({
      id: report.id,
      rowsTotal: report.rowsTotal,
      rowsAccepted: report.rowsAccepted,
      rowsAlreadyRecorded: report.rowsAlreadyRecorded,
      totalAmountMinor: report.totalAmount?.amountMinor ?? 0,
      currency: report.totalAmount?.currency ?? null,
      createdByUserId: actor.userId,
      createdAt: new Date(),
    })
    .updateEntity(false)
    .execute();
}
