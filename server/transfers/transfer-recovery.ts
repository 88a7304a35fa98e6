import { IsNull } from 'typeorm';
import type { Database } from '../db/database';
import type { Logger } from '../logging/logger';
import { TransferReversal } from './transfer-reversal.entity';
import { ReversalStatus, TransferStatus } from './transfer-status';
import type { TransferSubmission } from './transfer-submission';
import { Transfer } from './transfer.entity';

const RECOVERY_BATCH_SIZE = 50;

/**
 * Finishes transfers and reversals left PENDING by a crash, a timeout or a 5xx: each is
 * reconciled with Stripe by its transfer_group or metadata, then retried with its own key
 * inside Stripe's 24-hour window. A row someone in this process is working on is skipped.
 */
export class TransferRecovery {
  constructor(
    private readonly database: Database,
    private readonly submission: TransferSubmission,
    private readonly logger: Logger,
  ) {}

  async recoverPending(): Promise<void> {
    // A payout run's transfers are sent again by the run's executor, within its Stripe request budget.
    const transfers = await this.database.manager.find(Transfer, { where: { status: TransferStatus.PENDING, payoutRunId: IsNull() }, order: { createdAt: 'ASC' }, take: RECOVERY_BATCH_SIZE });
    for (const { id } of transfers) {
      await this.attempt(id, { transferId: id }, () => this.submission.finishTransfer(id));
    }
    const reversals = await this.database.manager.find(TransferReversal, { where: { status: ReversalStatus.PENDING }, order: { createdAt: 'ASC' }, take: RECOVERY_BATCH_SIZE });
    for (const { id, transferId } of reversals) {
      await this.attempt(transferId, { reversalId: id }, () => this.submission.finishReversal(id));
    }
  }

  private async attempt(transferId: string, subject: Record<string, string>, work: () => Promise<unknown>): Promise<void> {
    if (this.submission.locks.isHeld(transferId)) return;
    await this.submission.locks.run(transferId, work).catch((error: unknown) => {
      this.logger.warn({ err: error, ...subject }, 'not recovered yet; will retry');
    });
  }
}
