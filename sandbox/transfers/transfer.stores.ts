import { collectionStore, type SandboxState } from '../kernel/sandbox.state';
import { destinationPaymentOf, paymentRefundOf } from './destination-payment';
import type { Transfer, TransferReversal } from './transfer.model';

/** The `py_…` payment a transfer made on its destination (not stored apart: read off the transfer). */
export function findDestinationPayment(state: SandboxState, id: string): object | undefined {
  const [transfer] = state.of(TRANSFERS).values((candidate) => candidate.destination_payment === id);
  if (!transfer) return undefined;
  return destinationPaymentOf(
    state,
    transfer,
    state.of(REVERSALS).values((reversal) => reversal.transfer === transfer.id),
  );
}

/** The `pyr_…` refund of that payment a reversal made. */
export function findDestinationPaymentRefund(state: SandboxState, id: string): object | undefined {
  const [reversal] = state.of(REVERSALS).values((candidate) => candidate.destination_payment_refund === id);
  const transfer = reversal ? state.of(TRANSFERS).get(reversal.transfer) : undefined;
  return reversal && transfer ? paymentRefundOf(state, transfer, reversal) : undefined;
}

export const TRANSFERS = collectionStore<Transfer>({
  name: 'transfers',
  idPrefix: 'tr',
  objectType: 'transfer',
  expandable: {
    destination: 'account',
    balance_transaction: 'balance_transaction',
    destination_payment: { expandsTo: 'charge', find: findDestinationPayment },
    source_transaction: 'charge',
  },
  findSource: (state, id, transfers) => transfers.get(id) ?? findDestinationPayment(state, id),
  counts: (transfers) => ({ transfers: transfers.size }),
});

export const REVERSALS = collectionStore<TransferReversal>({
  name: 'reversals',
  idPrefix: 'trr',
  objectType: 'transfer_reversal',
  expandable: {
    balance_transaction: 'balance_transaction',
    transfer: 'transfer',
    destination_payment_refund: { expandsTo: 'refund', find: findDestinationPaymentRefund },
  },
  findSource: (state, id, reversals) => reversals.get(id) ?? findDestinationPaymentRefund(state, id),
});

export const TRANSFER_STORES = [TRANSFERS, REVERSALS];
