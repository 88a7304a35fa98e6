import { AppError, ErrorCode } from '../errors/errors';
import { AccountEnd } from './account-end';
import type { Writer } from './writer.entity';

export const ENDED_BECAUSE: Record<AccountEnd, string> = {
  [AccountEnd.REJECTED]: 'was rejected by Stripe, which is final',
  [AccountEnd.DISCONNECTED]: 'is no longer connected to the platform (they disconnected it)',
};

/** WRITER_NOT_PAYABLE, saying why and what Stripe still needs. */
export function notPayable(writer: Writer, why: string, extensions: { reason?: AccountEnd } = {}): AppError {
  return new AppError(ErrorCode.WriterNotPayable, `${writer.displayName} cannot receive transfers: their Stripe account ${why}.`, {
    writerId: writer.id,
    onboardingStatus: writer.onboardingStatus,
    requirementsDue: writer.requirementsDue,
    ...extensions,
  });
}
