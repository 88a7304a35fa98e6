import type { Transaction } from '../db/database';
import type { TransferReversal } from './transfer-reversal.entity';
import type { Transfer } from './transfer.entity';

/**
 * Work that must commit with a transfer's change of state (the ledger, payout items). Each
 * method runs inside the transaction that writes the change, under the transfer's row lock.
 */
export interface TransferListener {
  /** The PENDING row was written: the money is on its way. */
  requested(transaction: Transaction, transfer: Transfer): Promise<void>;
  /** Stripe confirmed it (first time; `wasFailed` when a row marked failed turned out paid). */
  paid(transaction: Transaction, transfer: Transfer, wasFailed: boolean): Promise<void>;
  /** Stripe refused it, or never received it: nothing was paid. */
  failed(transaction: Transaction, transfer: Transfer): Promise<void>;
  /** Stripe confirmed a reversal of part or all of it. */
  reversed(transaction: Transaction, transfer: Transfer, reversal: TransferReversal): Promise<void>;
}

/** The listeners of the composition root, called in the order they were added. */
export class TransferListeners implements TransferListener {
  private readonly listeners: TransferListener[] = [];

  add(listener: TransferListener): void {
    this.listeners.push(listener);
  }

  async requested(transaction: Transaction, transfer: Transfer): Promise<void> {
    for (const listener of this.listeners) await listener.requested(transaction, transfer);
  }

  async paid(transaction: Transaction, transfer: Transfer, wasFailed: boolean): Promise<void> {
    for (const listener of this.listeners) await listener.paid(transaction, transfer, wasFailed);
  }

  async failed(transaction: Transaction, transfer: Transfer): Promise<void> {
    for (const listener of this.listeners) await listener.failed(transaction, transfer);
  }

  async reversed(transaction: Transaction, transfer: Transfer, reversal: TransferReversal): Promise<void> {
    for (const listener of this.listeners) await listener.reversed(transaction, transfer, reversal);
  }
}
