import type { FeeDetail } from '../balance/balance-transaction.model';

/** Stripe's standard US pricing: 2.9 % + 30¢ a successful card charge; SEPA Direct Debit 35¢ (in euro cents). */
const CARD_PERCENT = 2.9;
const CARD_FIXED_MINOR = 30;
const SEPA_DEBIT_FIXED_MINOR = 35;
/** A dispute costs the platform $15.00, returned if it is won. */
export const DISPUTE_FEE_MINOR = 1500;
/** Card funds become available two days after the charge (Stripe's US standard payout timing). */
export const CARD_FUNDS_PENDING_SECONDS = 2 * 24 * 60 * 60;

export function processingFee(amountMinor: number, currency: string, paymentMethodType: string): FeeDetail {
  const amount = paymentMethodType === 'sepa_debit' ? SEPA_DEBIT_FIXED_MINOR : Math.round((amountMinor * CARD_PERCENT) / 100) + CARD_FIXED_MINOR;
  return { amount: Math.min(amount, amountMinor), application: null, currency, description: 'Stripe processing fees', type: 'stripe_fee' };
}

export function applicationFeeDetail(amountMinor: number, currency: string, applicationId: string): FeeDetail {
  return { amount: amountMinor, application: applicationId, currency, description: 'Application fee', type: 'application_fee' };
}
