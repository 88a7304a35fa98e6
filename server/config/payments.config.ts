import { z } from 'zod';
import { atLeastOne, percentage } from './environment-fields';

const WHOLE_MINOR_UNITS = 'a whole number of minor units, at least 0';

/** Readers paying for answers (Checkout destination charges). */
export const paymentsEnvironment = z.object({
  APPLICATION_FEE_PERCENT: percentage('a percentage from 0 to 100').default(10),
  APPLICATION_FEE_FIXED: z.coerce.number({ message: WHOLE_MINOR_UNITS }).int(WHOLE_MINOR_UNITS).min(0, WHOLE_MINOR_UNITS).default(30),
  CHECKOUT_MIN_AMOUNT: atLeastOne.default(50),
  CHECKOUT_MAX_AMOUNT: atLeastOne.max(99_999_999, 'at most 99999999 (Stripe refuses more digits)').default(100_000),
  CHECKOUT_SESSIONS_PER_ADDRESS_PER_HOUR: atLeastOne.default(60),
});

type PaymentsEnvironment = z.infer<typeof paymentsEnvironment>;

export interface PaymentsConfig {
  payments: {
    /** The platform's share of each payment, in percent, before the fixed part. */
    applicationFeePercent: number;
    /** Added to every payment's fee, in the payment currency's minor units. */
    applicationFeeFixedMinor: number;
    minimumAmountMinor: number;
    maximumAmountMinor: number;
    /** Checkout Sessions one client address may start an hour (API keys with CHECKOUT_WRITE are not counted). */
    checkoutSessionsPerAddressPerHour: number;
  };
}

/** The platform's application fee on a payment, in minor units: the percentage rounded to the nearest unit, plus the fixed part. */
export function applicationFeeMinor(amountMinor: number, percent: number, fixedMinor: number): number {
  return Math.round((amountMinor * percent) / 100) + fixedMinor;
}

export function paymentsProblems(environment: PaymentsEnvironment): string[] {
  const problems: string[] = [];
  if (environment.CHECKOUT_MIN_AMOUNT > environment.CHECKOUT_MAX_AMOUNT) {
    problems.push(`CHECKOUT_MIN_AMOUNT: must not exceed CHECKOUT_MAX_AMOUNT (${environment.CHECKOUT_MAX_AMOUNT})`);
  }
  if (
    applicationFeeMinor(environment.CHECKOUT_MIN_AMOUNT, environment.APPLICATION_FEE_PERCENT, environment.APPLICATION_FEE_FIXED) >=
    environment.CHECKOUT_MIN_AMOUNT
  ) {
    problems.push(
      'APPLICATION_FEE_PERCENT / APPLICATION_FEE_FIXED: the fee must stay below CHECKOUT_MIN_AMOUNT, or the smallest payment leaves the writer nothing',
    );
  }
  return problems;
}

export function paymentsConfig(environment: PaymentsEnvironment): PaymentsConfig {
  return {
    payments: {
      applicationFeePercent: environment.APPLICATION_FEE_PERCENT,
      applicationFeeFixedMinor: environment.APPLICATION_FEE_FIXED,
      minimumAmountMinor: environment.CHECKOUT_MIN_AMOUNT,
      maximumAmountMinor: environment.CHECKOUT_MAX_AMOUNT,
      checkoutSessionsPerAddressPerHour: environment.CHECKOUT_SESSIONS_PER_ADDRESS_PER_HOUR,
    },
  };
}
