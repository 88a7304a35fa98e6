import type { AuditInput } from '../audit/audit.service';
import type { Transaction } from '../db/database';
import type { StatusMoves } from '../money-intents/move-status';
import type { TransferListener } from '../transfers/transfer-listener';
import type { Transfer } from '../transfers/transfer.entity';
import { PayoutItem } from './payout-item.entity';
import { PAYOUT_ITEM_LIFECYCLE, PayoutItemStatus } from './payout-run-status';

/** A payout item follows its transfer: PAID or FAILED in the transaction that records the transfer's outcome. */
export class PayoutItemSync implements TransferListener {
  constructor(private readonly statuses: StatusMoves<AuditInput>) {}

  async requested(): Promise<void> {
    // The executor links the item to its transfer in the transaction that writes the transfer.
  }

  async paid(transaction: Transaction, transfer: Transfer): Promise<void> {
    await this.follow(transaction, transfer, PayoutItemStatus.PAID, null);
  }

  async failed(transaction: Transaction, transfer: Transfer): Promise<void> {
    await this.follow(transaction, transfer, PayoutItemStatus.FAILED, transfer.failureMessage ?? 'Stripe refused the transfer.');
  }

  async reversed(): Promise<void> {
    // A reversal changes the ledger and the transfer, not whether the item was paid.
  }

  private async follow(transaction: Transaction, transfer: Transfer, to: PayoutItemStatus, failureMessage: string | null): Promise<void> {
    if (!transfer.payoutRunId) return;
    const item = await transaction.manager.findOneBy(PayoutItem, { transferId: transfer.id });
    if (!item) return;
    await this.statuses.moveStatus(transaction, { lifecycle: PAYOUT_ITEM_LIFECYCLE, entity: PayoutItem, row: item, to, set: { failureMessage } });
  }
}
