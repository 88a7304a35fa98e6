import { randomUUID } from 'node:crypto';
import { AuditAction } from '../audit/audit-action';
import type { AuditInput } from '../audit/audit.service';
import type { StatusMoves } from '../money-intents/move-status';
import type { Database } from '../db/database';
import { lockedRow } from '../db/row-lock';
import type { Logger } from '../logging/logger';
import { PayoutItem } from './payout-item.entity';
import type { PayoutItemSender } from './payout-item-sender';
import { progressOf } from './payout-run-progress';
import { PAYOUT_RUN_LIFECYCLE, PayoutItemStatus, PayoutRunStatus } from './payout-run-status';
import { PayoutRun } from './payout-run.entity';

export interface ExecutorOptions {
  /** Items this instance sends at the same time. */
  concurrency: number;
  /** How long a claimed item is this instance's. */
  leaseMs: number;
  /** How often executing runs are looked for (to join another instance's, or resume after a crash). */
  intervalMs: number;
}

const PROGRESS_EVERY_MS = 500;

/**
 * Executes payout runs on this instance, side by side with any other instance: each claims a
 * batch of PENDING items with a lease (one conditional UPDATE; SKIP LOCKED on PostgreSQL), sends
 * them, claims more. A crash leaves leases that lapse; the periodic look picks the run up again.
 */
export class PayoutRunExecutor {
  private readonly instanceId = randomUUID();
  private readonly working = new Map<string, Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  private stopping = false;

  constructor(
    private readonly database: Database,
    private readonly sender: PayoutItemSender,
    private readonly statuses: StatusMoves<AuditInput>,
    private readonly publishProgress: (runId: string) => Promise<void>,
    private readonly options: ExecutorOptions,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.stopping = false;
    void this.resumeExecuting();
    this.timer = setInterval(() => void this.resumeExecuting(), this.options.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearInterval(this.timer);
    await Promise.all(this.working.values());
  }

  /** Starts working on a run unless this instance already is. */
  work(runId: string): void {
    if (this.stopping || this.working.has(runId)) return;
    const running = this.executeRun(runId)
      .catch((error: unknown) => this.logger.warn({ err: error, runId }, 'payout run paused; resumed on the next pass'))
      .finally(() => this.working.delete(runId));
    this.working.set(runId, running);
  }

  private async resumeExecuting(): Promise<void> {
    const runs = await this.database.manager.find(PayoutRun, { where: { status: PayoutRunStatus.EXECUTING }, select: { id: true } }).catch(() => []);
    for (const { id } of runs) this.work(id);
  }

  private async executeRun(runId: string): Promise<void> {
    const run = await this.database.manager.findOneByOrFail(PayoutRun, { id: runId });
    if (run.status !== PayoutRunStatus.EXECUTING) return;
    const progress = setInterval(() => void this.publishProgress(runId).catch(() => undefined), PROGRESS_EVERY_MS);
    try {
      for (;;) {
        if (this.stopping) return;
        const batch = await this.claim(runId, this.options.concurrency * 2);
        if (batch.length === 0) break;
        await inParallel(batch, this.options.concurrency, (item) =>
          this.sender
            .send(run, item, () => this.stopping)
            .catch((error: unknown) => this.logger.warn({ err: error, itemId: item.id }, 'payout item not sent; its lease lapses and it is sent again')),
        );
      }
      await this.completeIfDone(runId);
    } finally {
      clearInterval(progress);
      await this.publishProgress(runId).catch(() => undefined);
    }
  }

  /** Takes up to `count` unleased PENDING items of the run for this instance; returns them. */
  private async claim(runId: string, count: number): Promise<PayoutItem[]> {
    const claimToken = `${this.instanceId.slice(0, 18)}-${randomUUID().slice(0, 17)}`;
    const nowMs = Date.now();
    await this.database.transaction(async ({ manager }) => {
      const candidates = manager
        .createQueryBuilder(PayoutItem, 'candidate')
        .select('candidate.id')
        .where('candidate.runId = :runId AND candidate.status = :pending AND candidate.leaseExpiresAtMs < :nowMs')
        .orderBy('candidate.id')
        .limit(count);
      if (manager.connection.options.type === 'postgres') candidates.setLock('pessimistic_write').setOnLocked('skip_locked');
      await manager
        .createQueryBuilder()
        .update(PayoutItem)
        .set({ claimedBy: claimToken, leaseExpiresAtMs: nowMs + this.options.leaseMs })
        .where(`id IN (${candidates.getQuery()})`)
        .setParameters({ runId, pending: PayoutItemStatus.PENDING, nowMs })
        .execute();
    });
    return this.database.manager.findBy(PayoutItem, { runId, claimedBy: claimToken });
  }

  /** Finishes the run once no item is left to send (any instance may be the one that sees it). */
  private async completeIfDone(runId: string): Promise<void> {
    await this.database.transaction(async (transaction) => {
      const run = await lockedRow(transaction.manager, PayoutRun, { id: runId });
      if (run?.status !== PayoutRunStatus.EXECUTING) return;
      const progress = await progressOf(transaction.manager, run);
      if (progress.itemsDone < progress.itemsTotal) return;
      const status = progress.itemsFailed > 0 ? PayoutRunStatus.COMPLETED_WITH_FAILURES : PayoutRunStatus.COMPLETED;
      await this.statuses.moveStatus(transaction, {
        lifecycle: PAYOUT_RUN_LIFECYCLE,
        entity: PayoutRun,
        row: run,
        to: status,
        set: { openCurrency: null, completedAt: new Date() },
        audit: {
          actorUserId: null,
          action: AuditAction.PAYOUT_RUN_COMPLETED,
          subjectType: 'PayoutRun',
          subjectId: runId,
          amountMinor: progress.amountSentMinor,
          currency: run.currency,
          details: { status, itemsPaid: progress.itemsDone - progress.itemsFailed, itemsFailed: progress.itemsFailed },
        },
      });
    });
  }
}

/** Runs `work` over `items`, at most `limit` at a time. */
async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  // One iterator shared by every lane: each item is taken by exactly one.
  const queue = items.values();
  const lane = async () => {
    for (const item of queue) await work(item);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
