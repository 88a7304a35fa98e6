import type { SandboxContext } from '../kernel/sandbox.context';
import { announceAccountChanges } from './account.service';
import { applyOnboardingState } from './account.requirements';
import type { Account } from './account.model';
import { sideOf } from './account.lookup';
import { addBankAccount } from './external-account.attach';
import { applyPersonParams } from './person.apply';
import { newPerson } from './person.model';
import { countryForm } from './onboarding.countries';
import { identityVerdict, idNumberKind } from './test-identity';

/** What the hosted onboarding form collects. */
export interface OnboardingSubmission {
  email: string;
  phone: string;
  firstName: string;
  lastName: string;
  dateOfBirth: { day: number; month: number; year: number };
  addressLine1: string;
  city: string;
  /** State or province; null where the country's addresses have none. */
  state: string | null;
  postalCode: string;
  /** The SSN (US only). */
  idNumber: string | null;
  website: string;
  /** Routing number, transit-institution or sort code; null with an IBAN. */
  routingNumber: string | null;
  /** Account number, or the IBAN. */
  accountNumber: string;
  ip: string;
  userAgent: string | null;
}

/** Stripe's documented test values that pass verification in test mode, as the account's country asks them. */
export function testOnboardingData(account: Account): OnboardingSubmission {
  const form = countryForm(account.country);
  return {
    email: account.email ?? account.individual?.email ?? 'jenny.rosen@example.com',
    phone: '0000000000',
    firstName: account.individual?.first_name ?? 'Jenny',
    lastName: account.individual?.last_name ?? 'Rosen',
    dateOfBirth: { day: 1, month: 1, year: 1901 },
    addressLine1: 'address_full_match',
    city: form.city,
    state: form.region?.value ?? null,
    postalCode: form.postalCode.value,
    idNumber: form.idNumber,
    website: account.business_profile.url ?? 'https://accessible.stripe.com',
    routingNumber: form.routingNumber,
    accountNumber: form.accountNumber,
    ip: '127.0.0.1',
    userAgent: null,
  };
}

/**
 * The holder finished onboarding: details recorded, terms accepted, and verified at once as
 * Stripe's test mode verifies its test data (everything enabled), or refused on other values.
 */
export function completeOnboarding(context: SandboxContext, account: Account, submission = testOnboardingData(account)) {
  const before = structuredClone(account);
  recordSubmission(context, account, submission);
  const side = sideOf(context, account.id);
  const idNumber = submission.idNumber ? idNumberKind(submission.idNumber) : undefined;
  const verdict = account.individual ? identityVerdict(account.individual, idNumber) : undefined;
  if (verdict?.outcome === 'failed') {
    side.onboardingState = 'restricted';
    side.verification = { idNumber, failure: verdict.failure };
  } else {
    side.onboardingState = 'active';
    side.verification = { idNumber };
  }
  if (account.individual) account.individual.verification.status = side.onboardingState === 'active' ? 'verified' : 'unverified';
  applyOnboardingState(account, side.onboardingState, side.verification.failure);
  announceAccountChanges(context, before, account);
  return account;
}

function recordSubmission(context: SandboxContext, account: Account, submission: OnboardingSubmission): void {
  const now = context.clock.nowSeconds();
  account.business_type ??= 'individual';
  account.email ??= submission.email;
  account.business_profile.url ??= submission.website;
  account.business_profile.mcc ??= '7399';
  if (account.business_type === 'individual') {
    account.individual ??= newPerson(account.id, now);
    applyPersonParams(account.individual, {
      email: submission.email,
      phone: submission.phone,
      first_name: submission.firstName,
      last_name: submission.lastName,
      dob: submission.dateOfBirth,
      address: {
        line1: submission.addressLine1,
        city: submission.city,
        state: submission.state,
        postal_code: submission.postalCode,
        country: account.country,
      },
      ...(submission.idNumber ? { id_number: submission.idNumber } : {}),
    });
  }
  if (account.external_accounts.data.length === 0) {
    addBankAccount(context, account, {
      country: account.country,
      currency: account.default_currency,
      routingNumber: submission.routingNumber,
      accountNumber: submission.accountNumber,
      holderName: `${submission.firstName} ${submission.lastName}`,
      holderType: 'individual',
    });
  }
  account.tos_acceptance.date ??= now;
  account.tos_acceptance.ip ??= submission.ip;
  account.tos_acceptance.user_agent ??= submission.userAgent;
}
