import { createHash } from 'node:crypto';

/**
 * The id of the transfer paying one writer's item, derived from run, writer and attempt: every
 * instance and every retry after a crash computes the same one, and with it the same Stripe
 * idempotency key (`transfer-<id>`), so an item is never paid twice.
 */
export function payoutTransferIdOf(runId: string, writerId: string, attempt: number): string {
  const hex = createHash('sha256').update(`payout-item:${runId}:${writerId}:${attempt}`).digest('hex');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The key a payout item's transfer is recorded under (its Transfer.idempotencyKey). */
export const payoutIdempotencyKeyOf = (runId: string, writerId: string, attempt: number) => `payout-run:${runId}:${writerId}:${attempt}`;
