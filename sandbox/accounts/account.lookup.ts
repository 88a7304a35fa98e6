import { StripeError, noSuchResource } from '../errors';
import type { SandboxContext } from '../sandbox.context';
import type { Account, AccountSide } from './account.model';

/** The platform or one of its connected accounts that it can still reach. */
export function findAccount(context: SandboxContext, id: string): Account | undefined {
  const account = context.state.accounts.get(id);
  if (!account) return undefined;
  return context.state.accountSides.get(id)?.deauthorized ? undefined : account;
}

export function requireAccount(context: SandboxContext, id: string): Account {
  const account = findAccount(context, id);
  if (!account) throw noSuchResource('account', id, 'account');
  return account;
}

export function requireConnectedAccount(context: SandboxContext, id: string): Account {
  const account = requireAccount(context, id);
  if (id === context.state.platformAccountId) throw noSuchResource('account', id, 'account');
  return account;
}

export function sideOf(context: SandboxContext, accountId: string): AccountSide {
  const side = context.state.accountSides.get(accountId);
  if (!side) throw new Error(`account ${accountId} has no side record`);
  return side;
}

/** The account a request acts for: the `Stripe-Account` header's, else the platform. */
export function resolveRequestAccount(context: SandboxContext, header: string | undefined): string {
  if (!header) return context.state.platformAccountId;
  if (findAccount(context, header)) return header;
  throw new StripeError(
    `The provided key does not have access to account '${header}' (or that account does not exist). Application access may have been revoked.`,
    { status: 403, code: 'account_invalid' },
  );
}
