import { invalidRequest } from '../kernel/errors';
import { previousAttributes } from '../kernel/event.service';
import { mergeMetadata, type MetadataUpdate } from '../http/params';
import type { SandboxContext } from '../kernel/sandbox.context';
import type { Account } from './account.model';
import { settleAccountChange } from './account.service';
import type { BankAccount, DeletedBankAccount } from './bank-account.model';
import { addBankAccount, announceExternalAccount, defaultExternalAccount, removeBankAccount } from './external-account.attach';
import type { ExternalAccountInput } from './external-account.params';

/** `POST /v1/accounts/{account}/external_accounts`. */
export function createExternalAccount(
  context: SandboxContext,
  account: Account,
  input: ExternalAccountInput,
  options: { makeDefault?: boolean; metadata?: MetadataUpdate | null },
): BankAccount {
  const before = structuredClone(account);
  const bank = addBankAccount(context, account, input, options);
  settleAccountChange(context, before, account);
  return bank;
}

export interface ExternalAccountUpdate {
  account_holder_name?: string | null;
  account_holder_type?: 'individual' | 'company' | null;
  default_for_currency?: boolean | null;
  metadata?: MetadataUpdate | null;
}

export function updateExternalAccount(context: SandboxContext, account: Account, bank: BankAccount, update: ExternalAccountUpdate): BankAccount {
  const before = structuredClone(account);
  const previous = structuredClone(bank);
  if (update.account_holder_name !== undefined) bank.account_holder_name = update.account_holder_name;
  if (update.account_holder_type !== undefined) bank.account_holder_type = update.account_holder_type;
  if (update.default_for_currency === true && !bank.default_for_currency) {
    const previousDefault = defaultExternalAccount(account, bank.currency);
    if (previousDefault) previousDefault.default_for_currency = false;
    bank.default_for_currency = true;
  }
  bank.metadata = mergeMetadata(bank.metadata, update.metadata);
  if (JSON.stringify(previous) === JSON.stringify(bank)) return bank;
  announceExternalAccount(context, account, 'account.external_account.updated', bank, previousAttributes(previous, bank));
  settleAccountChange(context, before, account);
  return bank;
}

/** Stripe keeps a default in the account's own currency: another must be made default first. */
export function deleteExternalAccount(context: SandboxContext, account: Account, bank: BankAccount): DeletedBankAccount {
  if (bank.default_for_currency && bank.currency === account.default_currency) {
    throw invalidRequest(
      'You cannot delete the default external account for your default currency. Please make another external account the default using the `default_for_currency` param, and then delete this one.',
      { param: 'id' },
    );
  }
  const before = structuredClone(account);
  removeBankAccount(context, account, bank);
  settleAccountChange(context, before, account);
  return { id: bank.id, object: 'bank_account', currency: bank.currency, deleted: true };
}
