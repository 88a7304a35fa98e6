import type { EntityManager } from 'typeorm';
import type { TransferListener } from '../transfers/transfer-listener';
import type { Transfer } from '../transfers/transfer.entity';
import { PayoutItem } from './payout-item.entity';
import { PayoutItemStatus } from './payout-run-status';

/** A payout item follows its transfer: PAID or FAILED in the transaction that records the transfer's outcome. */
export class PayoutItemSync implements TransferListener {
  async requested(): Promise<void> {
    // The executor links the item to its transfer in the transaction that writes the transfer.
  }

  async paid(manager: EntityManager, transfer: Transfer): Promise<void> {
    if (!transfer.payoutRunId) return;
    await manager.update(PayoutItem, { transferId: transfer.id }, { status: PayoutItemStatus.PAID, failureMessage: null });
  }

  async failed(manager: EntityManager, transfer: Transfer): Promise<void> {
    if (!transfer.payoutRunId) return;
    await manager.update(PayoutItem, { transferId: transfer.id }, { status: PayoutItemStatus.FAILED, failureMessage: transfer.failureMessage ?? 'Stripe refused the transfer.' });
  }

  async reversed(): Promise<void> {
    // A reversal changes the ledger and the transfer, not whether the item was paid.
  }
}
