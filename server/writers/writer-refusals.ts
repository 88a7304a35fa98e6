import { AppError, ErrorCode } from '../errors/errors';
import { AccountEnd } from './account-end';
import type { Writer } from './writer.entity';

const ENDED_BECAUSE: Record<AccountEnd, string> = {
  [AccountEnd.REJECTED]: 'was rejected by Stripe, which is final',
  [AccountEnd.DISCONNECTED]: 'is no longer connected to the platform (they disconnected it)',
};

/** WRITER_NOT_PAYABLE with where the writer stands, so the caller can say why. */
export function notPayable(writer: Writer, why: string, extensions: { reason?: AccountEnd } = {}): AppError {
  return new AppError(ErrorCode.WriterNotPayable, `${writer.displayName} cannot receive transfers: their Stripe account ${why}.`, {
    writerId: writer.id,
    onboardingStatus: writer.onboardingStatus,
    requirementsDue: writer.requirementsDue,
    ...extensions,
  });
}

export function endedNotPayable(writer: Writer, end: AccountEnd): AppError {
  return notPayable(writer, ENDED_BECAUSE[end], { reason: end });
}

/** Stripe answers a disconnected account with "No such account": say what happened instead. */
export function disconnectedUnreadable(writer: Writer): AppError {
  return new AppError(
    ErrorCode.Forbidden,
    `${writer.displayName}'s Stripe account is no longer connected to the platform, so Stripe no longer lets the platform read it.`,
    {
      reason: AccountEnd.DISCONNECTED,
      writerId: writer.id,
    },
  );
}
