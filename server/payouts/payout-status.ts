import { describedEnum, type EnumValue } from '../graphql/described-enum';
import { Lifecycle } from '../money-intents/lifecycle';

export const PayoutStatus = describedEnum('PayoutStatus', "Where a payout of a writer's Stripe balance to their bank stands, as Stripe reports it.", {
  PENDING: 'Made; not yet sent to the bank.',
  IN_TRANSIT: 'Sent to the bank; it arrives on arrivalDate.',
  PAID: 'Stripe expects it in the bank account (a bank may still return it: it then turns FAILED).',
  FAILED: 'The bank refused it; the funds are back in the writer’s Stripe balance (see failureCode).',
  CANCELED: 'Canceled before it left; the funds are back in the balance.',
});

/**
 * A writer's payout, as Stripe reports it in `payout.*` events on their account. Events arrive in
 * any order and more than once: a status only replaces one of a lower rank, and within a rank the
 * newest event wins. Stripe can mark a payout paid and later failed (a bank returning it), never
 * the other way.
 */
export const PAYOUT_LIFECYCLE = new Lifecycle<PayoutStatus>({
  name: 'payout',
  ranks: {
    [PayoutStatus.PENDING]: 0,
    [PayoutStatus.IN_TRANSIT]: 1,
    [PayoutStatus.PAID]: 2,
    [PayoutStatus.FAILED]: 3,
    [PayoutStatus.CANCELED]: 3,
  },
  moves: [
    { from: PayoutStatus.PENDING, to: [PayoutStatus.IN_TRANSIT, PayoutStatus.CANCELED] },
    { from: PayoutStatus.IN_TRANSIT, to: [PayoutStatus.PAID, PayoutStatus.FAILED] },
    { from: PayoutStatus.PAID, to: [PayoutStatus.FAILED] },
    // Events missed or overtaken by later ones.
    { from: PayoutStatus.PENDING, to: [PayoutStatus.PAID, PayoutStatus.FAILED], late: true },
    { from: PayoutStatus.IN_TRANSIT, to: [PayoutStatus.CANCELED], late: true },
    { from: PayoutStatus.PAID, to: [PayoutStatus.CANCELED], late: true },
    // Same rank: the newest event wins.
    { from: PayoutStatus.FAILED, to: [PayoutStatus.CANCELED], late: true },
    { from: PayoutStatus.CANCELED, to: [PayoutStatus.FAILED], late: true },
  ],
});
export type PayoutStatus = EnumValue<typeof PayoutStatus>;
