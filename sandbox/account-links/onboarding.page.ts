import type { Account } from '../accounts/account.model';
import { testOnboardingData, type OnboardingSubmission } from '../accounts/onboarding.service';
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

/** The hosted onboarding form, prefilled with Stripe's test data so one click completes it. */
export function onboardingPage(account: Account, formAction: string, sessionToken: string, isUpdate: boolean): string {
  const data = testOnboardingData(account);
  const title = isUpdate ? 'Update your payout details' : 'Set up payouts';
  const body = `
<h1>${title}</h1>
<p class="test-banner" role="note">Sandbox test mode: the fields hold Stripe's test values. Press Submit to finish.</p>
<p>Account <code>${escapeHtml(account.id)}</code></p>
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
  { name: 'address_line1', label: 'Address line 1', value: data.addressLine1, autocomplete: 'address-line1' },
  { name: 'city', label: 'City', value: data.city, autocomplete: 'address-level2' },
  { name: 'state', label: 'State', value: data.state, autocomplete: 'address-level1' },
  { name: 'postal_code', label: 'ZIP code', value: data.postalCode, autocomplete: 'postal-code', inputmode: 'numeric' },
  { name: 'id_number', label: 'Social Security number', value: data.idNumber, inputmode: 'numeric' },
])}
${fieldsetHtml('Business', [{ name: 'website', label: 'Website', value: data.website, type: 'url', autocomplete: 'url' }])}
${fieldsetHtml('Payout bank account', [
  { name: 'routing_number', label: 'Routing number', value: data.routingNumber, inputmode: 'numeric' },
  { name: 'account_number', label: 'Account number', value: data.accountNumber, inputmode: 'numeric' },
])}
<button type="submit">Submit</button>
</form>`;
  return htmlPage(title, body);
}

export function invalidLinkPage(): string {
  return htmlPage('Link not found', '<h1>This link is not valid</h1><p>Ask the platform for a new onboarding link.</p>');
}
