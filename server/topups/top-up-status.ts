import { describedEnum, type EnumValue } from '../graphql/described-enum';
import { Lifecycle } from '../money-intents/lifecycle';

export const TopUpStatus = describedEnum('TopUpStatus', 'Where a top-up stands, as Stripe reports it. Settlement takes days on Stripe.', {
  PENDING: 'The bank debit has not settled yet; it can still be canceled.',
  SUCCEEDED: 'The funds are in the platform balance.',
  FAILED: 'The bank debit failed; see failureCode.',
  CANCELED: 'Canceled before it settled.',
  REVERSED: 'Settled, then taken back.',
});

/**
 * A top-up's lifecycle. Stripe drives every move but cancelation; its events arrive in any order,
 * so a status only replaces one of a lower rank (an older event never undoes a newer one).
 */
export const TOP_UP_LIFECYCLE = new Lifecycle<TopUpStatus>({
  name: 'top-up',
  ranks: {
    [TopUpStatus.PENDING]: 0,
    [TopUpStatus.SUCCEEDED]: 1,
    [TopUpStatus.FAILED]: 2,
    [TopUpStatus.CANCELED]: 2,
    [TopUpStatus.REVERSED]: 2,
  },
  moves: [
    { from: TopUpStatus.PENDING, to: [TopUpStatus.SUCCEEDED, TopUpStatus.FAILED, TopUpStatus.CANCELED] },
    { from: TopUpStatus.SUCCEEDED, to: [TopUpStatus.REVERSED] },
    // A missed `succeeded` does not block `reversed`; Stripe's later word wins over `succeeded`.
    { from: TopUpStatus.PENDING, to: [TopUpStatus.REVERSED], late: true },
    { from: TopUpStatus.SUCCEEDED, to: [TopUpStatus.FAILED, TopUpStatus.CANCELED], late: true },
    // Failed by the gateway (Stripe's answer never came within the key's window), yet Stripe has it.
    { from: TopUpStatus.FAILED, to: [TopUpStatus.PENDING, TopUpStatus.SUCCEEDED, TopUpStatus.CANCELED, TopUpStatus.REVERSED], late: true },
  ],
});
export type TopUpStatus = EnumValue<typeof TopUpStatus>;
