import { OnboardingStatus } from './onboarding-status';
import type { Writer } from './writer.entity';

/**
 * Why a writer's Stripe account can never be onboarded or paid again. Refusals carry it as
 * `extensions.reason`, so a client can tell the writer what happened instead of retrying.
 */
export enum AccountEnd {
  /** Stripe rejected the account (`requirements.disabled_reason` rejected.*); Stripe's decision is final. */
  REJECTED = 'ACCOUNT_REJECTED',
  /** The writer disconnected the platform (`account.application.deauthorized`): Stripe no longer lets us reach it. */
  DISCONNECTED = 'ACCOUNT_DISCONNECTED',
}

/** What we hold is enough: both facts arrive by webhook, and Stripe refuses to read a disconnected account. */
export function accountEndOf(writer: Pick<Writer, 'deauthorized' | 'onboardingStatus'>): AccountEnd | null {
  if (writer.deauthorized) return AccountEnd.DISCONNECTED;
  return writer.onboardingStatus === OnboardingStatus.REJECTED ? AccountEnd.REJECTED : null;
}
