import type { Account } from '../accounts/account.model';
import { testOnboardingData, type OnboardingSubmission } from '../accounts/onboarding.service';
import { countryForm, type BankForm } from '../accounts/onboarding.countries';
import type { PageRequest } from '../pages/page-route';

function text(form: Record<string, unknown>, name: string, fallback: string): string {
  const value = form[name];
  return typeof value === 'string' && value.trim() ? value.trim() : fallback;
}

function dateOfBirth(value: string, fallback: OnboardingSubmission['dateOfBirth']) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : fallback;
}

/** The bank details as the country's form posts them; a field left empty keeps its test value. */
function bankOf(form: Record<string, unknown>, bank: BankForm, defaults: OnboardingSubmission) {
  const accountNumber = text(form, 'account_number', defaults.accountNumber).replace(/\s+/g, '');
  switch (bank) {
    case 'iban':
      return { routingNumber: null, accountNumber: text(form, 'iban', defaults.accountNumber).replace(/\s+/g, '').toUpperCase() };
    case 'sort_code':
      return { routingNumber: text(form, 'sort_code', defaults.routingNumber ?? '').replace(/[\s-]/g, ''), accountNumber };
    case 'transit': {
      const [transit = '', institution = ''] = (defaults.routingNumber ?? '-').split('-');
      return { routingNumber: `${text(form, 'transit_number', transit)}-${text(form, 'institution_number', institution)}`, accountNumber };
    }
    case 'routing':
      return { routingNumber: text(form, 'routing_number', defaults.routingNumber ?? ''), accountNumber };
  }
}

/** Reads the posted form as the account's country asks it; a field left empty keeps its test value. */
export function readSubmission(account: Account, request: PageRequest): OnboardingSubmission {
  const defaults = testOnboardingData(account);
  const country = countryForm(account.country);
  const form = request.form;
  return {
    email: text(form, 'email', defaults.email),
    phone: text(form, 'phone', defaults.phone),
    firstName: text(form, 'first_name', defaults.firstName),
    lastName: text(form, 'last_name', defaults.lastName),
    dateOfBirth: dateOfBirth(text(form, 'dob', ''), defaults.dateOfBirth),
    addressLine1: text(form, 'address_line1', defaults.addressLine1),
    city: text(form, 'city', defaults.city),
    state: country.region ? text(form, 'state', defaults.state ?? '') : null,
    postalCode: text(form, 'postal_code', defaults.postalCode),
    idNumber: country.idNumber !== null ? text(form, 'id_number', defaults.idNumber ?? '') : null,
    website: text(form, 'website', defaults.website),
    ...bankOf(form, country.bank, defaults),
    ip: request.ip,
    userAgent: request.userAgent,
  };
}
