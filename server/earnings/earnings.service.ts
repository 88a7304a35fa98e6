import { randomUUID } from 'node:crypto';
import { AuditAction } from '../audit/audit-action';
import type { AuditService } from '../audit/audit.service';
import type { Viewer } from '../identity/viewer';
import { money } from '../money/money.type';
import type { Database } from '../db/database';
import { isUniqueViolation } from '../db/unique-violation';
import { type Connection, paginate } from '../graphql/connection';
import { AppError, ErrorCode, badUserInput, notFound } from '../errors/errors';
import type { LedgerService } from '../ledger/ledger.service';
import { Writer } from '../writers/writer.entity';
import { earningsByReference, writerIdsByName } from './earnings-lookups';
import { isCalendarDate } from './calendar-date';
import { Earning, sameEarning } from './earning.entity';
import { type EarningRow, type Rejection, readEarningsCsv } from './earnings-csv';
import { insertImportRecord, newEarning, writeEarnings } from './earnings-writes';
import type { EarningsImport, ImportEarningsInput, RecordEarningsInput } from './earnings.types';

/** Earnings in, each credited to the writer's payable balance in the same transaction. */
export class EarningsService {
  constructor(
    private readonly database: Database,
    private readonly ledger: LedgerService,
    private readonly audit: AuditService,
    readonly revenueSharePercent: number,
  ) {}

  listForWriter(writerId: string, first?: number, after?: string): Promise<Connection<Earning>> {
    const query = this.database.manager.createQueryBuilder(Earning, 'earning').where('earning.writerId = :writerId', { writerId });
    return paginate(query, first, after);
  }

  /** One earning; the same reference with the same values returns the first, with others is refused. */
  async record(input: RecordEarningsInput, actor: Viewer): Promise<Earning> {
    if (!isCalendarDate(input.periodStart) || !isCalendarDate(input.periodEnd))
      throw badUserInput('periodStart and periodEnd must be real dates written YYYY-MM-DD.', 'periodStart');
    if (input.periodEnd < input.periodStart) throw badUserInput('periodEnd is before periodStart.', 'periodEnd');
    const wanted = {
      writerId: input.writerId,
      amountMinor: input.amount,
      currency: input.currency.toLowerCase(),
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
    };
    const existing = await this.byReference(input.reference, wanted);
    if (existing) return existing;
    if (!(await this.database.manager.existsBy(Writer, { id: input.writerId }))) throw notFound('Writer', input.writerId);
    const earning = newEarning(
      this.database.manager,
      { ...wanted, revenueMinor: null, reference: input.reference, description: input.description || null },
      null,
      actor,
    );
    try {
      await this.database.transaction(async ({ manager }) => {
        await writeEarnings(manager, this.ledger, [earning]);
        await this.audit.record(manager, {
          actorUserId: actor.userId,
          action: AuditAction.EARNINGS_RECORDED,
          subjectType: 'Earning',
          subjectId: earning.id,
          amountMinor: earning.amountMinor,
          currency: earning.currency,
          details: { writerId: earning.writerId, reference: earning.reference },
        });
      });
    } catch (error) {
      // Recorded meanwhile by another request with this reference.
      if (isUniqueViolation(error)) return (await this.byReference(input.reference, wanted))!;
      throw error;
    }
    return earning;
  }

  /** Checks every row; writes all of them in one transaction, or (any row refused, or a dry run) nothing. */
  async importCsv(input: ImportEarningsInput, actor: Viewer): Promise<EarningsImport> {
    const parsed = readEarningsCsv(input.csv, this.revenueSharePercent);
    const rejected: Rejection[] = [...parsed.rejected];
    const writerIds = await writerIdsByName(
      this.database.manager,
      parsed.rows.map((row) => row.writer),
    );
    const known = parsed.rows.filter(
      (row) => writerIds.has(row.writer) || !rejected.push({ row: row.row, reason: `no writer with the id, email or account ${row.writer}` }),
    );
    const earlier = await earningsByReference(
      this.database.manager,
      known.map((row) => row.reference),
    );
    const fresh: EarningRow[] = [];
    let alreadyRecorded = 0;
    for (const row of known) {
      const before = earlier.get(row.reference);
      if (!before) fresh.push(row);
      else if (sameEarning(before, { ...row, writerId: writerIds.get(row.writer)! })) alreadyRecorded += 1;
      else
        rejected.push({
          row: row.row,
          reason: `reference ${row.reference} was recorded before with other values (${money(before.amountMinor, before.currency).formatted} for ${before.periodStart} to ${before.periodEnd})`,
        });
    }
    rejected.sort((a, b) => a.row - b.row);
    const totalMinor = fresh.reduce((sum, row) => sum + row.amountMinor, 0);
    const currency = fresh[0]?.currency ?? known[0]?.currency;
    const report: EarningsImport = {
      id: randomUUID(),
      dryRun: input.dryRun,
      rowsTotal: parsed.rowsTotal,
      rowsAccepted: fresh.length,
      rowsAlreadyRecorded: alreadyRecorded,
      totalAmount: currency ? money(totalMinor, currency) : null,
      rejected,
    };
    if (input.dryRun) return report;
    if (rejected.length > 0) {
      throw new AppError(
        ErrorCode.BadUserInput,
        `${rejected.length} of ${parsed.rowsTotal} rows were refused, so nothing was recorded: fix them (a dry run lists them all) and import again.`,
        { field: 'csv', rejected },
      );
    }
    if (fresh.length > 0) await this.writeImport(report, fresh, writerIds, actor);
    return report;
  }

  private async writeImport(report: EarningsImport, rows: EarningRow[], writerIds: Map<string, string>, actor: Viewer): Promise<void> {
    const earnings = rows.map((row) => newEarning(this.database.manager, { ...row, writerId: writerIds.get(row.writer)! }, report.id, actor));
    try {
      await this.database.transaction(async ({ manager }) => {
        await insertImportRecord(manager, report, actor);
        await writeEarnings(manager, this.ledger, earnings);
        await this.audit.record(manager, {
          actorUserId: actor.userId,
          action: AuditAction.EARNINGS_IMPORTED,
          subjectType: 'EarningsImport',
          subjectId: report.id,
          amountMinor: report.totalAmount?.amountMinor,
          currency: report.totalAmount?.currency,
          details: { rowsAccepted: report.rowsAccepted, rowsAlreadyRecorded: report.rowsAlreadyRecorded },
        });
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppError(
          ErrorCode.IdempotencyConflict,
          'Another import recorded some of these references at the same moment; nothing was recorded from this one. Import it again: what is recorded is skipped.',
        );
      throw error;
    }
  }

  private async byReference(reference: string, wanted: Parameters<typeof sameEarning>[0]): Promise<Earning | undefined> {
    const existing = await this.database.manager.findOneBy(Earning, { reference });
    if (!existing) return undefined;
    if (!sameEarning(existing, wanted)) {
      throw new AppError(
        ErrorCode.IdempotencyConflict,
        `Reference ${reference} was recorded before with other values (${money(existing.amountMinor, existing.currency).formatted} for ${existing.periodStart} to ${existing.periodEnd}).`,
        { earningId: existing.id },
      );
    }
    return existing;
  }
}
