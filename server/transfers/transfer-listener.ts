import type { EntityManager } from 'typeorm';
import type { TransferReversal } from './transfer-reversal.entity';
import type { Transfer } from './transfer.entity';

/**
 * Work that must commit with a transfer's change of state (the ledger, payout items). Each
 * method runs inside the transaction that writes the change, under the transfer's row lock.
 */
export interface TransferListener {
  /** The PENDING row was written: the money is on its way. */
  requested(manager: EntityManager, transfer: Transfer): Promise<void>;
  /** Stripe confirmed it (first time; `wasFailed` when a row marked failed turned out paid). */
  paid(manager: EntityManager, transfer: Transfer, wasFailed: boolean): Promise<void>;
  /** Stripe refused it, or never received it: nothing was paid. */
  failed(manager: EntityManager, transfer: Transfer): Promise<void>;
  /** Stripe confirmed a reversal of part or all of it. */
  reversed(manager: EntityManager, transfer: Transfer, reversal: TransferReversal): Promise<void>;
}

/** The listeners of the composition root, called in the order they were added. */
export class TransferListeners implements TransferListener {
  private readonly listeners: TransferListener[] = [];

  add(listener: TransferListener): void {
    this.listeners.push(listener);
  }

  async requested(manager: EntityManager, transfer: Transfer): Promise<void> {
    for (const listener of this.listeners) await listener.requested(manager, transfer);
  }

  async paid(manager: EntityManager, transfer: Transfer, wasFailed: boolean): Promise<void> {
    for (const listener of this.listeners) await listener.paid(manager, transfer, wasFailed);
  }

  async failed(manager: EntityManager, transfer: Transfer): Promise<void> {
    for (const listener of this.listeners) await listener.failed(manager, transfer);
  }

  async reversed(manager: EntityManager, transfer: Transfer, reversal: TransferReversal): Promise<void> {
    for (const listener of this.listeners) await listener.reversed(manager, transfer, reversal);
  }
}
