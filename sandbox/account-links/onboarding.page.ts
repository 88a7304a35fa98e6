import type { Account } from '../accounts/account.model';
import { testOnboardingData, type OnboardingSubmission } from '../accounts/onboarding.service';
import { countryForm, type BankForm, type CountryForm } from '../accounts/onboarding.countries';
import { escapeHtml, htmlPage } from '../pages/html';

interface FormField {
  name: string;
  label: string;
  value: string;
  type?: string;
  autocomplete?: string;
  inputmode?: string;
}

function fieldHtml(field: FormField): string {
  const attributes = [
    `id="${field.name}"`,
    `name="${field.name}"`,
    `type="${field.type ?? 'text'}"`,
    `value="${escapeHtml(field.value)}"`,
    'required',
    field.autocomplete ? `autocomplete="${field.autocomplete}"` : '',
    field.inputmode ? `inputmode="${field.inputmode}"` : '',
  ].filter(Boolean);
  return `<label for="${field.name}">${escapeHtml(field.label)}<input ${attributes.join(' ')}></label>`;
}

function fieldsetHtml(legend: string, fields: FormField[]): string {
  return `<fieldset><legend>${escapeHtml(legend)}</legend>${fields.map(fieldHtml).join('\n')}</fieldset>`;
}

function isoDate(date: OnboardingSubmission['dateOfBirth']): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

function addressFields(data: OnboardingSubmission, form: CountryForm): FormField[] {
  return [
    { name: 'address_line1', label: 'Address line 1', value: data.addressLine1, autocomplete: 'address-line1' },
    { name: 'city', label: form.bank === 'sort_code' ? 'Town or city' : 'City', value: data.city, autocomplete: 'address-level2' },
    ...(form.region ? [{ name: 'state', label: form.region.label, value: data.state ?? '', autocomplete: 'address-level1' }] : []),
    { name: 'postal_code', label: form.postalCode.label, value: data.postalCode, autocomplete: 'postal-code' },
    ...(form.idNumber !== null ? [{ name: 'id_number', label: 'Social Security number', value: data.idNumber ?? '', inputmode: 'numeric' }] : []),
  ];
}

/** The bank details each country's holders know their account by. */
function bankFields(data: OnboardingSubmission, form: CountryForm): FormField[] {
  const accountNumber = { name: 'account_number', label: 'Account number', value: data.accountNumber, inputmode: 'numeric' };
  switch (form.bank) {
    case 'iban':
      return [{ name: 'iban', label: 'IBAN', value: data.accountNumber }];
    case 'sort_code':
      return [{ name: 'sort_code', label: 'Sort code', value: data.routingNumber ?? '', inputmode: 'numeric' }, accountNumber];
    case 'transit': {
      const [transit = '', institution = ''] = (data.routingNumber ?? '-').split('-');
      return [
        { name: 'transit_number', label: 'Transit number', value: transit, inputmode: 'numeric' },
        { name: 'institution_number', label: 'Institution number', value: institution, inputmode: 'numeric' },
        accountNumber,
      ];
    }
    case 'routing':
      return [{ name: 'routing_number', label: 'Routing number', value: data.routingNumber ?? '', inputmode: 'numeric' }, accountNumber];
  }
}

/** Stripe's test values for this country, shown so a person can type them (or change them to see a failure). */
function testValuesHtml(form: CountryForm): string {
  const rows: [string, string][] = [
    ['SMS code', '000-000'],
    ['Date of birth', '1901-01-01 verifies; any other date fails verification'],
    ['Address line 1', 'address_full_match verifies; address_no_match fails'],
    ...(form.idNumber !== null ? ([['Social Security number', '000000000 verifies; 111111111 fails']] as [string, string][]) : []),
    ...bankTestValues(form),
  ];
  const items = rows.map(([name, value]) => `<dt>${escapeHtml(name)}</dt><dd><code>${escapeHtml(value)}</code></dd>`).join('');
  return `<section class="test-values" aria-labelledby="test-values"><h2 id="test-values">Test values</h2><dl>${items}</dl></section>`;
}

function bankTestValues(form: CountryForm): [string, string][] {
  if (form.bank === 'iban') return [['IBAN', `${form.accountNumber} pays out`]];
  const names: Record<Exclude<BankForm, 'iban'>, string> = { routing: 'Routing number', transit: 'Transit and institution numbers', sort_code: 'Sort code' };
  return [
    [names[form.bank], form.routingNumber ?? ''],
    ['Account number', `${form.accountNumber} pays out; one ending 1116 fails (no_account)`],
  ];
}

/** The hosted onboarding form, asking what the account's country asks, prefilled with Stripe's test data. */
export function onboardingPage(account: Account, formAction: string, sessionToken: string, isUpdate: boolean): string {
  const data = testOnboardingData(account);
  const form = countryForm(account.country);
  const title = isUpdate ? 'Update your payout details' : 'Set up payouts';
  const body = `
<h1>${title}</h1>
<p class="test-banner" role="note">Sandbox test mode: the fields hold Stripe's test values. Press Submit to finish.</p>
<p>Account <code>${escapeHtml(account.id)}</code> (${escapeHtml(account.country)})</p>
${testValuesHtml(form)}
<form method="post" action="${escapeHtml(formAction)}">
<input type="hidden" name="session" value="${escapeHtml(sessionToken)}">
${fieldsetHtml('Contact', [
  { name: 'email', label: 'Email', value: data.email, type: 'email', autocomplete: 'email' },
  { name: 'phone', label: 'Mobile phone number', value: data.phone, type: 'tel', autocomplete: 'tel' },
  { name: 'verification_code', label: 'SMS verification code', value: '000-000', autocomplete: 'one-time-code' },
])}
${fieldsetHtml('Personal details', [
  { name: 'first_name', label: 'First name', value: data.firstName, autocomplete: 'given-name' },
  { name: 'last_name', label: 'Last name', value: data.lastName, autocomplete: 'family-name' },
  { name: 'dob', label: 'Date of birth', value: isoDate(data.dateOfBirth), type: 'date', autocomplete: 'bday' },
  ...addressFields(data, form),
])}
${fieldsetHtml('Business', [{ name: 'website', label: 'Website', value: data.website, type: 'url', autocomplete: 'url' }])}
${fieldsetHtml('Payout bank account', bankFields(data, form))}
<button type="submit">Submit</button>
</form>`;
  return htmlPage(title, body);
}

export function invalidLinkPage(): string {
  return htmlPage('Link not found', '<h1>This link is not valid</h1><p>Ask the platform for a new onboarding link.</p>');
}
