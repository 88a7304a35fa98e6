import { invalidParam, missingParam, noSuchParamResource } from '../kernel/errors';
import { checkCurrency } from '../kernel/money';
import { isPlainObject, param, parseParams, required } from '../http/params';
import { EU_COUNTRIES, defaultCurrencyFor } from './account.factory';
import type { BankDetails } from './test-bank-accounts';
import { bankDetailsOfToken } from './test-bank-accounts';

const bankAccountFields = {
  object: required(param.enum(['bank_account'] as const)),
  country: required(param.string({ maxLength: 2 })),
  currency: param.string({ maxLength: 3 }),
  routing_number: param.string({ maxLength: 40 }),
  account_number: required(param.string({ maxLength: 40 })),
  account_holder_name: param.string({ maxLength: 5000 }),
  account_holder_type: param.enum(['individual', 'company'] as const),
  account_type: param.enum(['checking', 'savings', 'futsu', 'toza'] as const),
};

export interface ExternalAccountInput extends BankDetails {
  holderName: string | null;
  holderType: 'individual' | 'company' | null;
}

/**
 * `external_account` is a bank token (`btok_…`) or a hash of bank details. The parameter
 * descriptions have no "string or hash", so it is taken out of the body and read here.
 */
export function splitExternalAccount(raw: Record<string, unknown>, name = 'external_account') {
  const { [name]: value, ...rest } = raw;
  return { rest, value };
}

export function readExternalAccount(value: unknown, name = 'external_account'): ExternalAccountInput {
  if (typeof value === 'string' && value !== '') {
    const details = bankDetailsOfToken(value);
    if (!details) throw noSuchParamResource('token', value, name);
    return { ...details, holderName: null, holderType: 'individual' };
  }
  if (!isPlainObject(value)) {
    if (value === undefined || value === '') throw missingParam(name);
    throw invalidParam(`Invalid ${name}: must be a token or a hash of bank account details`, name);
  }
  const { [name]: bank } = parseParams({ [name]: value }, { [name]: required(param.object(bankAccountFields)) });
  if (!bank) throw missingParam(name);
  const country = bank.country.toUpperCase();
  const isIban = EU_COUNTRIES.includes(country);
  if (!isIban && !bank.routing_number) throw missingParam(`${name}[routing_number]`);
  return {
    country,
    currency: checkCurrency(bank.currency ?? defaultCurrencyFor(country), `${name}[currency]`),
    routingNumber: isIban ? null : bank.routing_number!,
    accountNumber: bank.account_number.replace(/\s+/g, ''),
    holderName: bank.account_holder_name ?? null,
    holderType: bank.account_holder_type ?? null,
  };
}
