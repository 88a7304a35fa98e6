import { AppError, ErrorCode, badUserInput } from '../errors/errors';
import { OnboardingStatus } from './onboarding-status';
import { AccountConnection } from './account-connection';
import { AccountEnd, accountEndOf } from './account-end';
import type { Writer } from './writer.entity';

/** Why a writer may not connect an account now, in the words of the audit trail. */
export enum ConnectionRefusalReason {
  DENIED_BY_WRITER = 'DENIED_BY_WRITER',
  ACCOUNT_IN_USE = 'ACCOUNT_IN_USE',
  ACCOUNT_REJECTED = 'ACCOUNT_REJECTED',
  ACCOUNT_OF_ANOTHER_WRITER = 'ACCOUNT_OF_ANOTHER_WRITER',
}

export interface ConnectionRefusal {
  reason: ConnectionRefusalReason;
  error: AppError;
}

/**
 * A writer is never switched to another account behind their back. Connecting through OAuth
 * is open to a writer with no account, with the account the platform made for them while it
 * holds nothing (onboarding never started), or whose account was disconnected. Any other
 * account stays until the platform disconnects it; a rejection by Stripe is final.
 */
export function connectionRefusal(writer: Writer): ConnectionRefusal | null {
  const end = accountEndOf(writer);
  if (end === AccountEnd.DISCONNECTED || !writer.stripeAccountId) return null;
  if (end === AccountEnd.REJECTED) {
    const error = new AppError(
      ErrorCode.Forbidden,
      'Stripe rejected this payouts account, so another one cannot be connected in its place; contact the platform for help.',
      {
        reason: AccountEnd.REJECTED,
        writerId: writer.id,
      },
    );
    return { reason: ConnectionRefusalReason.ACCOUNT_REJECTED, error };
  }
  if (writer.accountConnection === AccountConnection.CREATED && writer.onboardingStatus === OnboardingStatus.NOT_STARTED) return null;
  const how = writer.accountConnection === AccountConnection.OAUTH ? 'is connected to the platform' : 'has started onboarding';
  const error = badUserInput(
    `This writer's Stripe account ${writer.stripeAccountId} ${how}, so another one cannot replace it: finish with that account, or ask the platform to disconnect it first.`,
    'writerId',
  );
  return { reason: ConnectionRefusalReason.ACCOUNT_IN_USE, error };
}
