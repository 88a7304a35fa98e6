import type { EntityManager } from 'typeorm';
import { money } from '../money/money.type';
import { PayoutItem } from './payout-item.entity';
import { PayoutItemStatus, type PayoutRunStatus } from './payout-run-status';
import type { PayoutRun } from './payout-run.entity';
import type { PayoutRunProgress } from './payout-run.types';
import type { PayoutRunProgressEvent } from './payout-run.topics';

/** Counts a run's items by status (one grouped query). */
export async function progressOf(manager: EntityManager, run: Pick<PayoutRun, 'id' | 'status' | 'currency'>): Promise<PayoutRunProgressEvent> {
  const rows: Array<{ status: PayoutItemStatus; count: string | number; amount: string | number | null }> = await manager
    .createQueryBuilder(PayoutItem, 'item')
    .select('item.status', 'status')
    .addSelect('COUNT(*)', 'count')
    .addSelect('SUM(item.amountMinor)', 'amount')
    .where('item.runId = :runId', { runId: run.id })
    .groupBy('item.status')
    .getRawMany();
  const count = (status: PayoutItemStatus) => Number(rows.find((row) => row.status === status)?.count ?? 0);
  const paid = count(PayoutItemStatus.PAID);
  const failed = count(PayoutItemStatus.FAILED);
  return {
    runId: run.id,
    status: run.status,
    itemsDone: paid + failed,
    itemsTotal: paid + failed + count(PayoutItemStatus.PENDING),
    itemsFailed: failed,
    amountSentMinor: Number(rows.find((row) => row.status === PayoutItemStatus.PAID)?.amount ?? 0),
    currency: run.currency,
  };
}

export function progressView(event: PayoutRunProgressEvent): PayoutRunProgress {
  return {
    runId: event.runId,
    status: event.status as PayoutRunStatus,
    itemsDone: event.itemsDone,
    itemsTotal: event.itemsTotal,
    itemsFailed: event.itemsFailed,
    amountSent: money(event.amountSentMinor, event.currency),
  };
}
