import { noSuchResource } from '../kernel/errors';
import { emitEvent, eventAccountOf } from '../kernel/event.service';
import { mergeMetadata, type MetadataUpdate } from '../http/params';
import type { SandboxContext } from '../kernel/sandbox.context';
import type { Account } from './account.model';
import { newBankAccount, type BankAccount } from './bank-account.model';
import type { ExternalAccountInput } from './external-account.params';

export function requireExternalAccount(account: Account, id: string): BankAccount {
  const bank = account.external_accounts.data.find((candidate) => candidate.id === id);
  if (!bank) throw noSuchResource('external account', id);
  return bank;
}

/** The bank account payouts in `currency` go to, if the account has one. */
export function defaultExternalAccount(account: Account, currency: string): BankAccount | undefined {
  return account.external_accounts.data.find((bank) => bank.currency === currency && bank.default_for_currency);
}

/**
 * Adds a bank account; the first one in a currency, or one asked to be, becomes that currency's
 * default. Announces it, but leaves the account's own `account.updated` to the caller.
 */
export function addBankAccount(
  context: SandboxContext,
  account: Account,
  input: ExternalAccountInput,
  options: { makeDefault?: boolean; metadata?: MetadataUpdate | null } = {},
): BankAccount {
  const bank = newBankAccount({
    accountId: account.id,
    holderName: input.holderName,
    holderType: input.holderType,
    routingNumber: input.routingNumber,
    accountNumber: input.accountNumber,
    currency: input.currency,
    country: input.country,
    metadata: mergeMetadata({}, options.metadata),
  });
  const previousDefault = defaultExternalAccount(account, bank.currency);
  bank.default_for_currency = !previousDefault || options.makeDefault === true;
  if (bank.default_for_currency && previousDefault) previousDefault.default_for_currency = false;
  account.external_accounts.data.push(bank);
  announceExternalAccount(context, account, 'account.external_account.created', bank);
  return bank;
}

/**
 * `external_account` on an account create or update: Stripe makes it the default for its
 * currency and deletes the default it replaces.
 */
export function replaceDefaultBankAccount(context: SandboxContext, account: Account, input: ExternalAccountInput): BankAccount {
  const replaced = defaultExternalAccount(account, input.currency);
  const bank = addBankAccount(context, account, input, { makeDefault: true });
  if (replaced) removeBankAccount(context, account, replaced);
  return bank;
}

export function removeBankAccount(context: SandboxContext, account: Account, bank: BankAccount): void {
  account.external_accounts.data = account.external_accounts.data.filter((candidate) => candidate.id !== bank.id);
  announceExternalAccount(context, account, 'account.external_account.deleted', bank);
}

export function announceExternalAccount(
  context: SandboxContext,
  account: Account,
  type: string,
  bank: BankAccount,
  previousAttributes?: Record<string, unknown>,
) {
  emitEvent(context, { type, object: bank, account: eventAccountOf(context, account.id), previousAttributes });
}
