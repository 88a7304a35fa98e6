import type { EntityManager } from 'typeorm';
import type { Transaction } from '../db/database';
import type { TransferListener } from './transfer-listener';
import type { TransferReversal } from './transfer-reversal.entity';
import type { Transfer } from './transfer.entity';
import { LedgerAccount } from '../ledger/ledger-account';
import { type LedgerService, credit, debit } from '../ledger/ledger.service';

/**
 * Every transfer in the ledger. A payout item's money comes from the writer's payable balance;
 * a transfer typed in the console from the platform's cash. Each step is posted once, by
 * reference, in the transaction that records it.
 */
export class TransferPostings implements TransferListener {
  constructor(private readonly ledger: LedgerService) {}

  async requested({ manager }: Transaction, transfer: Transfer): Promise<void> {
    await this.postSent(manager, transfer, 'sent');
  }

  async paid({ manager }: Transaction, transfer: Transfer, wasFailed: boolean): Promise<void> {
    // A row failed by mistake is sent again in the ledger before it is paid.
    if (wasFailed) await this.postSent(manager, transfer, 'sent-again');
    await this.ledger.post(manager, {
      kind: 'TRANSFER_PAID',
      reference: `transfer:${transfer.id}:paid`,
      currency: transfer.currency,
      lines: [
        debit(LedgerAccount.IN_TRANSIT, transfer.amountMinor, transfer.writerId),
        credit(LedgerAccount.WRITER_PAID, transfer.amountMinor, transfer.writerId),
      ],
    });
  }

  async failed({ manager }: Transaction, transfer: Transfer): Promise<void> {
    await this.ledger.post(manager, {
      kind: 'TRANSFER_FAILED',
      reference: `transfer:${transfer.id}:failed`,
      currency: transfer.currency,
      lines: [
        debit(LedgerAccount.IN_TRANSIT, transfer.amountMinor, transfer.writerId),
        credit(sourceOf(transfer), transfer.amountMinor, sourceWriterOf(transfer)),
      ],
    });
  }

  async reversed({ manager }: Transaction, transfer: Transfer, reversal: TransferReversal): Promise<void> {
    // A reversal takes the money back from the writer: it returns to where it came from, not to their payable balance.
    const source = transfer.payoutRunId ? LedgerAccount.REVENUE_SHARE : LedgerAccount.PLATFORM_CASH;
    await this.ledger.post(manager, {
      kind: 'TRANSFER_REVERSED',
      reference: `reversal:${reversal.id}`,
      currency: reversal.currency,
      lines: [debit(LedgerAccount.WRITER_PAID, reversal.amountMinor, transfer.writerId), credit(source, reversal.amountMinor)],
    });
  }

  private async postSent(manager: EntityManager, transfer: Transfer, step: 'sent' | 'sent-again'): Promise<void> {
    await this.ledger.post(manager, {
      kind: 'TRANSFER_SENT',
      reference: `transfer:${transfer.id}:${step}`,
      currency: transfer.currency,
      description: transfer.description,
      lines: [
        debit(sourceOf(transfer), transfer.amountMinor, sourceWriterOf(transfer)),
        credit(LedgerAccount.IN_TRANSIT, transfer.amountMinor, transfer.writerId),
      ],
    });
  }
}

const sourceOf = (transfer: Transfer): LedgerAccount => (transfer.payoutRunId ? LedgerAccount.WRITER_PAYABLE : LedgerAccount.PLATFORM_CASH);
const sourceWriterOf = (transfer: Transfer): string | null => (transfer.payoutRunId ? transfer.writerId : null);
