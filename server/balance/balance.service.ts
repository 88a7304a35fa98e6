import type Stripe from 'stripe';
import { AppError, ErrorCode, badUserInput } from '../errors/errors';
import { stripeFailure } from '../stripe/stripe-errors';
import { payoutScheduleOf } from '../money/payout-schedule.stripe';
import type { PlatformBalance } from './balance.types';
import { money, moneyJson } from '../money/money.type';

const AUTOMATIC_PAYOUTS_WARNING =
  'Payouts are automatic: Stripe may pay out funds you added before you transfer them to writers. Switch the platform to a manual payout schedule in the Stripe payout settings.';

/** The platform's Stripe balance, always read from Stripe: it is the only source of truth. */
export class BalanceService {
  constructor(private readonly stripe: Stripe) {}

  async platformBalance(): Promise<PlatformBalance> {
    const [balance, account] = await Promise.all([this.retrieveBalance(), this.stripe.accounts.retrieveCurrent()]).catch((error: unknown) => {
      throw error instanceof AppError ? error : stripeFailure(error, 'read the platform account');
    });
    const schedule = payoutScheduleOf(account);
    return {
      available: balance.available.map((entry) => money(entry.amount, entry.currency)),
      pending: balance.pending.map((entry) => money(entry.amount, entry.currency)),
      payoutSchedule: schedule,
      warning: schedule && schedule.interval !== 'manual' ? AUTOMATIC_PAYOUTS_WARNING : null,
    };
  }

  /**
   * Refuses a transfer the balance cannot fund: BAD_USER_INPUT for a currency the platform holds
   * none of, INSUFFICIENT_FUNDS (saying what is available) when the available amount is short.
   */
  async assertCovers(amountMinor: number, currency: string): Promise<void> {
    const balance = await this.retrieveBalance();
    const available = balance.available.find((entry) => entry.currency === currency);
    const pending = balance.pending.find((entry) => entry.currency === currency);
    if (!available && !pending) {
      const held = [...new Set([...balance.available, ...balance.pending].map((entry) => entry.currency))];
      throw badUserInput(`The platform holds no ${currency}; it holds ${held.join(', ') || 'no funds yet'}. Add funds in ${currency} first.`, 'currency');
    }
    const availableMinor = available?.amount ?? 0;
    if (availableMinor >= amountMinor) return;
    const stillPending = pending && pending.amount > 0 ? ` (${money(pending.amount, currency).formatted} is still settling)` : '';
    throw new AppError(
      ErrorCode.InsufficientFunds,
      `The platform has ${money(availableMinor, currency).formatted} available${stillPending}; this needs ${money(amountMinor, currency).formatted}.`,
      { available: moneyJson(availableMinor, currency), requested: moneyJson(amountMinor, currency) },
    );
  }

  private async retrieveBalance(): Promise<Stripe.Balance> {
    try {
      return await this.stripe.balance.retrieve();
    } catch (error) {
      throw stripeFailure(error, 'read the platform balance');
    }
  }
}
