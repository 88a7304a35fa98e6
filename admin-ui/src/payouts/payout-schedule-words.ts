interface Schedule {
  interval: string;
  delayDays?: number | null;
  weeklyAnchor?: string | null;
  monthlyAnchor?: number | null;
}

const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** `{ weekly, friday, 7 }` → "Every Friday, funds 7 days after they arrive". */
export function payoutScheduleInWords(schedule: Schedule | null | undefined): string {
  if (!schedule) return 'Not known yet';
  if (schedule.interval === 'manual') return 'Manual: Stripe keeps the balance until a payout is asked for';
  const delay = schedule.delayDays ? `, funds ${schedule.delayDays} days after they arrive` : '';
  if (schedule.interval === 'weekly') return `Every ${capitalized(schedule.weeklyAnchor ?? 'monday')}${delay}`;
  if (schedule.interval === 'monthly') return `Monthly on day ${schedule.monthlyAnchor ?? 1}${delay}`;
  return `Daily${delay}`;
}
