import { z } from 'zod';
import { type ValidPayoutSchedule, parsePayoutScheduleSetting } from '../money/payout-schedule.rules';
import { atLeastOne, milliseconds, percentage } from './environment-fields';
import type { ServerEnvironment } from './server.config';
import { type StripeEnvironment, isLiveKey } from './stripe.config';

// Stripe's default rate limits (requests per second) for live and test mode.
const LIVE_REQUESTS_PER_SECOND = 100;
const TEST_REQUESTS_PER_SECOND = 25;

/** Money going out to writers: earnings, payout runs, payout schedules and recovery. */
export const payoutsEnvironment = z.object({
  MONEY_RECOVERY_INTERVAL_MS: milliseconds(100).default(30000),
  REVENUE_SHARE_PERCENT: percentage('a percentage from 0 to 100, e.g. 70 or 62.5').default(70),
  STRIPE_REQUESTS_PER_SECOND: atLeastOne.optional(),
  PAYOUT_RUN_CONCURRENCY: atLeastOne.default(8),
  PAYOUT_RUN_LEASE_MS: milliseconds(500).default(30000),
  PAYOUT_RUN_INTERVAL_MS: milliseconds(100).default(5000),
  PAYOUT_SCHEDULE_DEFAULT: z.string().optional(),
  CRASH_AFTER: z.enum(['transfer-row-committed', 'stripe-answered'], { message: 'transfer-row-committed or stripe-answered (tests only)' }).optional(),
});

type PayoutsEnvironment = z.infer<typeof payoutsEnvironment> & Pick<ServerEnvironment, 'NODE_ENV'> & Pick<StripeEnvironment, 'STRIPE_SECRET_KEY'>;

export interface PayoutsConfig {
  earnings: {
    /** The writer's share of a `revenue` row of an earnings import, in percent. */
    revenueSharePercent: number;
  };
  payoutRuns: {
    /** Stripe requests per second the runs may make: Stripe allows 100 in live mode, 25 in test mode. */
    stripeRequestsPerSecond: number;
    /** Items one instance sends at the same time. */
    concurrency: number;
    /** How long a claimed item is this instance's before another may take it over. */
    leaseMs: number;
    /** How often each instance looks for executing runs to help with (and resumes them after a crash). */
    intervalMs: number;
  };
  /** The payout schedule new writers' accounts start on; unset, Stripe's default (daily, shortest delay). */
  defaultPayoutSchedule: ValidPayoutSchedule | undefined;
  money: {
    /** How often pending top-ups, transfers and reversals are finished with their Stripe idempotency keys. */
    recoveryIntervalMs: number;
    /** Tests only (NODE_ENV=test): the process kills itself at this point of a transfer. */
    crashAfter: 'transfer-row-committed' | 'stripe-answered' | undefined;
  };
}

export function payoutsProblems(environment: PayoutsEnvironment): string[] {
  const schedule = environment.PAYOUT_SCHEDULE_DEFAULT;
  const scheduleProblems = schedule ? parsePayoutScheduleSetting(schedule).problems : [];
  if (scheduleProblems.length > 0) {
    return [
      `PAYOUT_SCHEDULE_DEFAULT: expected manual, daily[:delayDays], weekly:<weekday>[:delayDays] or monthly:<1-31>[:delayDays]; ${scheduleProblems.join('; ')} (got ${JSON.stringify(schedule)})`,
    ];
  }
  return [];
}

export function payoutsConfig(environment: PayoutsEnvironment): PayoutsConfig {
  return {
    earnings: { revenueSharePercent: environment.REVENUE_SHARE_PERCENT },
    payoutRuns: {
      stripeRequestsPerSecond:
        environment.STRIPE_REQUESTS_PER_SECOND ?? (isLiveKey(environment.STRIPE_SECRET_KEY) ? LIVE_REQUESTS_PER_SECOND : TEST_REQUESTS_PER_SECOND),
      concurrency: environment.PAYOUT_RUN_CONCURRENCY,
      leaseMs: environment.PAYOUT_RUN_LEASE_MS,
      intervalMs: environment.PAYOUT_RUN_INTERVAL_MS,
    },
    defaultPayoutSchedule: environment.PAYOUT_SCHEDULE_DEFAULT ? parsePayoutScheduleSetting(environment.PAYOUT_SCHEDULE_DEFAULT).schedule : undefined,
    money: {
      recoveryIntervalMs: environment.MONEY_RECOVERY_INTERVAL_MS,
      crashAfter: environment.NODE_ENV === 'test' ? environment.CRASH_AFTER : undefined,
    },
  };
}
