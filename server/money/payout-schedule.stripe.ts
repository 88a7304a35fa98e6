import type Stripe from 'stripe';
import type { ValidPayoutSchedule } from './payout-schedule.rules';

/** An account's payout schedule in our terms: the platform's, or a writer's connected account's. */
export interface AccountPayoutSchedule {
  interval: string;
  delayDays: number | null;
  weeklyAnchor: string | null;
  monthlyAnchor: number | null;
}

/** What Stripe says of an account's `settings.payouts.schedule`; null when it did not say. */
export function payoutScheduleOf(account: Stripe.Account): AccountPayoutSchedule | null {
  const schedule = account.settings?.payouts?.schedule;
  if (!schedule) return null;
  return {
    interval: schedule.interval,
    delayDays: schedule.delay_days ?? null,
    weeklyAnchor: schedule.weekly_anchor ?? null,
    monthlyAnchor: schedule.monthly_anchor ?? null,
  };
}

/** The schedule as Stripe's `settings.payouts.schedule` parameter. */
export function stripeScheduleParams(schedule: ValidPayoutSchedule): Stripe.AccountUpdateParams.Settings.Payouts.Schedule {
  return {
    interval: schedule.interval,
    delay_days: schedule.delayDays ?? 'minimum',
    ...(schedule.weeklyAnchor ? { weekly_anchor: schedule.weeklyAnchor } : {}),
    ...(schedule.monthlyAnchor !== null ? { monthly_anchor: schedule.monthlyAnchor } : {}),
  };
}
