import { createHash, randomUUID } from 'node:crypto';

// Every idempotency key the gateway derives, in one place. Two kinds:
// - record keys name a client's request (`<operation>:<client key>`): one IdempotencyRecord each,
//   so a replay with the same key and input gets the first answer;
// - Stripe keys are sent as Stripe's Idempotency-Key and derive from our row's id only, so every
//   attempt, retry and recovery of one row asks Stripe for the very same object;
// - demo keys are the ones the gateway's own demo sends, as a client would.

export const topUpRecordKeyOf = (clientKey: string): string => `createTopUp:${clientKey}`;
export const transferRecordKeyOf = (clientKey: string): string => `createTransfer:${clientKey}`;
export const reversalRecordKeyOf = (clientKey: string): string => `reverseTransfer:${clientKey}`;
export const checkoutRecordKeyOf = (clientKey: string): string => `createCheckoutSession:${clientKey}`;
export const refundRecordKeyOf = (clientKey: string): string => `refundPayment:${clientKey}`;

/** The client's own key inside a record key, as refusals name it. */
export const clientKeyOf = (recordKey: string): string => recordKey.slice(recordKey.indexOf(':') + 1);

export const topUpStripeKeyOf = (topUpId: string): string => `topup-${topUpId}`;
export const transferStripeKeyOf = (transferId: string): string => `transfer-${transferId}`;
export const reversalStripeKeyOf = (reversalId: string): string => `reversal-${reversalId}`;
export const checkoutSessionStripeKeyOf = (paymentId: string): string => `checkout-session-${paymentId}`;
export const refundStripeKeyOf = (refundId: string): string => `refund-${refundId}`;
export const writerAccountStripeKeyOf = (writerId: string): string => `writer-account-${writerId}`;

/**
 * The id of the transfer paying one writer's payout-run item, derived from run, writer and
 * attempt: every instance and every retry after a crash computes the same one, and with it the
 * same Stripe key (`transfer-<id>`), so an item is never paid twice.
 */
export function payoutTransferIdOf(runId: string, writerId: string, attempt: number): string {
  const hex = createHash('sha256').update(`payout-item:${runId}:${writerId}:${attempt}`).digest('hex');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The key a payout item's transfer is recorded under (its Transfer.idempotencyKey). */
export const payoutIdempotencyKeyOf = (runId: string, writerId: string, attempt: number): string => `payout-run:${runId}:${writerId}:${attempt}`;

/** The demo seed's top-ups and transfers: seeding again replays them instead of paying twice. */
export const demoTopUpKeyOf = (index: number): string => `demo-top-up-${index}`;
export const demoTransferKeyOf = (index: number): string => `demo-transfer-${index}`;

/** The demo payment page's keys: one per payment form shown, so submitting a form twice pays once. */
export const newDemoCheckoutKey = (): string => `demo-${randomUUID()}`;
export const isDemoCheckoutKey = (key: unknown): key is string => typeof key === 'string' && /^demo-[\w-]{1,64}$/.test(key);
