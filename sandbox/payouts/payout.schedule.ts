import type { Account, PayoutSchedule } from '../accounts/account.model';
import { ACCOUNTS } from '../accounts/account.stores';
import { defaultExternalAccount } from '../accounts/external-account.attach';
import { balanceTotals } from '../balance/balance-totals';
import { BALANCE_TRANSACTIONS } from '../balance/balance.stores';
import { availableAmount } from '../balance/ledger.service';
import type { SandboxContext } from '../kernel/sandbox.context';
import { createPayout } from './payout.service';

const DAY_SECONDS = 24 * 60 * 60;
/** A jump of the clock longer than this looks back only this far for the latest payout date. */
const MAX_DAYS_LOOKED_BACK = 62;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * Automatic payouts: on each payout date of an account's schedule (UTC midnights: every day,
 * each `weekly_anchor`, or each `monthly_anchor`, the last day of shorter months), the funds that
 * became available at least `delay_days` before that date go to the bank. Dates are looked for
 * once per sandbox day crossed, so the timer costs nothing in between.
 */
export class PayoutScheduler {
  private checkedUntilSeconds: number | undefined;

  /** Makes the payouts of the payout dates passed since the last call; returns their ids. */
  run(context: SandboxContext): string[] {
    const now = context.clock.nowSeconds();
    // The first run after a start looks at today's date only.
    const since = this.checkedUntilSeconds ?? startOfDay(now) - 1;
    if (startOfDay(now) <= since) return [];
    this.checkedUntilSeconds = now;
    const accounts = context.state.of(ACCOUNTS).values((account) => account.settings.payouts.schedule.interval !== 'manual' && account.payouts_enabled);
    return accounts.flatMap((account) => {
      const payoutDate = latestPayoutDate(account.settings.payouts.schedule, since, now);
      return payoutDate === undefined ? [] : payOutAsOf(context, account, payoutDate);
    });
  }

  reset(): void {
    this.checkedUntilSeconds = undefined;
  }
}

/** The last payout date of the schedule in (since, now], if there is one. */
function latestPayoutDate(schedule: PayoutSchedule, sinceSeconds: number, nowSeconds: number): number | undefined {
  for (let day = startOfDay(nowSeconds), looked = 0; day > sinceSeconds && looked < MAX_DAYS_LOOKED_BACK; day -= DAY_SECONDS, looked += 1) {
    if (isPayoutDate(schedule, new Date(day * 1000))) return day;
  }
  return undefined;
}

function isPayoutDate(schedule: PayoutSchedule, date: Date): boolean {
  if (schedule.interval === 'daily') return true;
  if (schedule.interval === 'weekly') return WEEKDAYS[date.getUTCDay()] === (schedule.weekly_anchor ?? 'monday');
  if (schedule.interval !== 'monthly') return false;
  const daysInMonth = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  return date.getUTCDate() === Math.min(schedule.monthly_anchor ?? 1, daysInMonth);
}

/** One payout per currency that has a bank account, of the funds old enough on that date. */
function payOutAsOf(context: SandboxContext, account: Account, payoutDateSeconds: number): string[] {
  const cutoff = payoutDateSeconds - account.settings.payouts.schedule.delay_days * DAY_SECONDS;
  const currencies = [...(balanceTotals(context).get(account.id)?.keys() ?? [])];
  return currencies.flatMap((currency) => {
    if (!defaultExternalAccount(account, currency)) return [];
    const amount = availableAmount(context, account.id, currency) - creditsAvailableSince(context, account.id, currency, cutoff);
    if (amount <= 0) return [];
    return [createPayout(context, account, { amount, currency }, true).id];
  });
}

/** Funds that came in after the cutoff stay for a later payout date. */
function creditsAvailableSince(context: SandboxContext, accountId: string, currency: string, cutoffSeconds: number): number {
  const recent = context.state
    .of(BALANCE_TRANSACTIONS)
    .listOwned(
      accountId,
      (transaction) =>
        transaction.currency === currency && transaction.status === 'available' && transaction.net > 0 && transaction.available_on > cutoffSeconds,
    );
  return recent.reduce((sum, transaction) => sum + transaction.net, 0);
}

function startOfDay(seconds: number): number {
  return seconds - (seconds % DAY_SECONDS);
}
