import type { Account } from '../accounts/account.model';
import { testOnboardingData, type OnboardingSubmission } from '../accounts/onboarding.service';
import type { PageRequest } from '../pages/page-route';

function text(form: Record<string, unknown>, name: string, fallback: string): string {
  const value = form[name];
  return typeof value === 'string' && value.trim() ? value.trim() : fallback;
}

function dateOfBirth(value: string, fallback: OnboardingSubmission['dateOfBirth']) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : fallback;
}

/** Reads the posted form; a field left empty keeps its test value. */
export function readSubmission(account: Account, request: PageRequest): OnboardingSubmission {
  const defaults = testOnboardingData(account);
  const form = request.form;
  return {
    email: text(form, 'email', defaults.email),
    phone: text(form, 'phone', defaults.phone),
    firstName: text(form, 'first_name', defaults.firstName),
    lastName: text(form, 'last_name', defaults.lastName),
    dateOfBirth: dateOfBirth(text(form, 'dob', ''), defaults.dateOfBirth),
    addressLine1: text(form, 'address_line1', defaults.addressLine1),
    city: text(form, 'city', defaults.city),
    state: text(form, 'state', defaults.state),
    postalCode: text(form, 'postal_code', defaults.postalCode),
    idNumber: text(form, 'id_number', defaults.idNumber),
    website: text(form, 'website', defaults.website),
    routingNumber: text(form, 'routing_number', defaults.routingNumber),
    accountNumber: text(form, 'account_number', defaults.accountNumber),
    ip: request.ip,
    userAgent: request.userAgent,
  };
}
