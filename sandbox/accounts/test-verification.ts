import type { SandboxContext } from '../kernel/sandbox.context';
import type { Account, AccountSide } from './account.model';
import { outstandingRequirements } from './account.requirements';
import { identityVerdict, idNumberKind, type IdNumberKind } from './test-identity';

/** Test mode verifies in seconds: a verification that will succeed completes this long after. */
export const VERIFICATION_DELAY_SECONDS = 2;

/** States in which new details start a verification: before one, or after one failed. */
function awaitsVerification(side: AccountSide): boolean {
  return side.onboardingState === 'new' || side.onboardingState === 'in_progress' || (side.onboardingState === 'restricted' && !!side.verification?.failure);
}

/**
 * Once an individual's account holds everything asked for, verifies it as Stripe's test mode
 * does with its test data: at once, in a few seconds (then `settleDueVerifications`), or a
 * failure that asks for a document. Sets the side's state; the caller applies it to the account.
 */
export function verifyTestData(context: SandboxContext, account: Account, side: AccountSide, idNumber?: IdNumberKind): void {
  if (idNumber) side.verification = { ...side.verification, idNumber };
  if (!awaitsVerification(side) || account.business_type !== 'individual' || !account.individual) return;
  if (outstandingRequirements(account).length > 0) return;
  const verdict = identityVerdict(account.individual, side.verification?.idNumber);
  const verification = account.individual.verification;
  if (verdict.outcome === 'failed') {
    side.onboardingState = 'restricted';
    side.verification = { ...side.verification, failure: verdict.failure, dueAt: undefined };
    verification.status = 'unverified';
    return;
  }
  side.verification = { idNumber: side.verification?.idNumber };
  if (verdict.outcome === 'verified_now') {
    side.onboardingState = 'active';
    verification.status = 'verified';
    return;
  }
  side.onboardingState = 'pending_verification';
  side.verification.dueAt = context.clock.nowSeconds() + VERIFICATION_DELAY_SECONDS;
  verification.status = 'pending';
}

/** The kind of test ID number an individual was given (an SSN, or its last 4), if any. */
export function testIdNumberOf(individual: { id_number?: string | null; ssn_last_4?: string | null } | null | undefined): IdNumberKind | undefined {
  const idNumber = individual?.id_number ?? individual?.ssn_last_4;
  return idNumber ? idNumberKind(idNumber) : undefined;
}
