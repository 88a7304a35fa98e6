// Stripe's rules for `settings.payouts.schedule` (Accounts API): the anchors are required for,
// and only accepted with, their interval; delay_days is counted from when funds arrive and is at
// least the account country's minimum (two days in the US) and at most 31.
export const PAYOUT_INTERVALS = ['manual', 'daily', 'weekly', 'monthly'] as const;
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const MINIMUM_DELAY_DAYS = 2;
export const MAXIMUM_DELAY_DAYS = 31;

export type PayoutInterval = (typeof PAYOUT_INTERVALS)[number];
export type Weekday = (typeof WEEKDAYS)[number];

export interface PayoutScheduleRequest {
  interval: string;
  /** Unset: the lowest the account's country allows (Stripe's `minimum`). */
  delayDays?: number | null;
  weeklyAnchor?: string | null;
  monthlyAnchor?: number | null;
}

export interface ValidPayoutSchedule {
  interval: PayoutInterval;
  delayDays: number | null;
  weeklyAnchor: Weekday | null;
  monthlyAnchor: number | null;
}

export interface ScheduleProblem {
  field: 'interval' | 'delayDays' | 'weeklyAnchor' | 'monthlyAnchor';
  message: string;
}

const isInterval = (value: string): value is PayoutInterval => (PAYOUT_INTERVALS as readonly string[]).includes(value);
const isWeekday = (value: string): value is Weekday => (WEEKDAYS as readonly string[]).includes(value);

/** Every problem of a requested schedule, each naming its field; the schedule when there are none. */
export function checkPayoutSchedule(request: PayoutScheduleRequest): { schedule?: ValidPayoutSchedule; problems: ScheduleProblem[] } {
  const interval = request.interval.trim().toLowerCase();
  const weeklyAnchor = request.weeklyAnchor?.trim().toLowerCase() || null;
  const { delayDays = null, monthlyAnchor = null } = request;
  const problems: ScheduleProblem[] = [];
  if (!isInterval(interval)) problems.push({ field: 'interval', message: `interval must be one of ${PAYOUT_INTERVALS.join(', ')}` });
  if (delayDays !== null && (!Number.isInteger(delayDays) || delayDays < MINIMUM_DELAY_DAYS || delayDays > MAXIMUM_DELAY_DAYS)) {
    problems.push({
      field: 'delayDays',
      message: `delayDays must be a whole number of days from ${MINIMUM_DELAY_DAYS} to ${MAXIMUM_DELAY_DAYS} (leave it out for the shortest Stripe allows)`,
    });
  }
  if (interval === 'weekly' && !weeklyAnchor)
    problems.push({ field: 'weeklyAnchor', message: 'weeklyAnchor is required for weekly payouts (monday to sunday)' });
  if (weeklyAnchor && !isWeekday(weeklyAnchor))
    problems.push({ field: 'weeklyAnchor', message: `weeklyAnchor must be a day of the week (${WEEKDAYS.join(', ')})` });
  else if (weeklyAnchor && interval !== 'weekly') problems.push({ field: 'weeklyAnchor', message: 'weeklyAnchor applies only to weekly payouts' });
  if (interval === 'monthly' && monthlyAnchor === null)
    problems.push({ field: 'monthlyAnchor', message: 'monthlyAnchor is required for monthly payouts (a day of the month, 1 to 31)' });
  if (monthlyAnchor !== null && (!Number.isInteger(monthlyAnchor) || monthlyAnchor < 1 || monthlyAnchor > 31)) {
    problems.push({
      field: 'monthlyAnchor',
      message: 'monthlyAnchor must be a day of the month from 1 to 31 (29 to 31 pay on the last day of shorter months)',
    });
  } else if (monthlyAnchor !== null && interval !== 'monthly')
    problems.push({ field: 'monthlyAnchor', message: 'monthlyAnchor applies only to monthly payouts' });
  if (problems.length > 0 || !isInterval(interval)) return { problems };
  return { schedule: { interval, delayDays, weeklyAnchor: weeklyAnchor as Weekday | null, monthlyAnchor }, problems };
}

/**
 * PAYOUT_SCHEDULE_DEFAULT: `manual`, `daily`, `daily:7` (delay days), `weekly:friday`,
 * `weekly:friday:7`, `monthly:15` or `monthly:15:7`.
 */
export function parsePayoutScheduleSetting(setting: string): { schedule?: ValidPayoutSchedule; problems: string[] } {
  const [interval = '', ...rest] = setting.trim().toLowerCase().split(':');
  const anchor = interval === 'weekly' || interval === 'monthly' ? rest.shift() : undefined;
  const delay = rest.shift();
  const number = (text: string | undefined) => (text === undefined ? null : /^\d+$/.test(text) ? Number(text) : Number.NaN);
  const { schedule, problems } = checkPayoutSchedule({
    interval,
    delayDays: number(delay),
    weeklyAnchor: interval === 'weekly' ? anchor : null,
    monthlyAnchor: interval === 'monthly' ? number(anchor) : null,
  });
  const extra = rest.length > 0 ? ['too many parts'] : [];
  return { schedule: extra.length ? undefined : schedule, problems: [...problems.map((problem) => problem.message), ...extra] };
}
