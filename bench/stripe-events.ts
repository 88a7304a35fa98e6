// Stripe events about the gateway's own transfers, signed as Stripe signs them, for the benchmarks.
import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import type { LoadRequest } from './load';

export const WEBHOOK_SECRET = 'whsec_bench_webhooks';
const signer = new Stripe('sk_test_bench_signer').webhooks;

export interface HeldTransfer {
  id: string;
  stripeTransferId: string;
}

/** A Stripe event about one of the gateway's transfers, signed now. */
export function signedTransferEvent(transfer: HeldTransfer, type: string, amountReversed = 0): LoadRequest & { eventId: string } {
  const eventId = `evt_${randomUUID().replace(/-/g, '')}`;
  const object = {
    id: transfer.stripeTransferId,
    object: 'transfer',
    amount_reversed: amountReversed,
    metadata: { transfer_id: transfer.id },
    reversals: { object: 'list', data: [], has_more: false },
  };
  const body = JSON.stringify({ id: eventId, object: 'event', type, created: Math.floor(Date.now() / 1000), livemode: false, data: { object } });
  const signature = signer.generateTestHeaderString({ payload: body, secret: WEBHOOK_SECRET });
  return { eventId, path: '/webhooks/stripe', headers: { 'content-type': 'application/json', 'stripe-signature': signature }, body };
}
