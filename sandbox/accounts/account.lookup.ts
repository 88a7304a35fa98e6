import type { ApiRequest } from '../http/api-route';
import { redact } from '../http/auth';
import { pathParam } from '../http/router';
import { StripeError, noSuchResource } from '../kernel/errors';
import type { SandboxContext } from '../kernel/sandbox.context';
import type { Account, AccountSide } from './account.model';
import { ACCOUNTS, ACCOUNT_SIDES } from './account.stores';

/** The platform or one of its connected accounts that it can still reach. */
export function findAccount(context: SandboxContext, id: string): Account | undefined {
  const account = context.state.of(ACCOUNTS).get(id);
  if (!account) return undefined;
  return context.state.of(ACCOUNT_SIDES).get(id)?.deauthorized ? undefined : account;
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
  const side = context.state.of(ACCOUNT_SIDES).get(accountId);
  if (!side) throw new Error(`account ${accountId} has no side record`);
  return side;
}

/**
 * Stripe does not say whether an account it will not let a key reach never existed, was deleted
 * or disconnected the platform: each is this 403 (the SDK's StripePermissionError).
 */
export function noAccessToAccount(accountId: string, apiKey: string): StripeError {
  return new StripeError(
    `The provided key '${redact(apiKey)}' does not have access to account '${accountId}' (or that account does not exist). Application access may have been revoked.`,
    { status: 403, code: 'account_invalid' },
  );
}

/** The account a request acts for: the `Stripe-Account` header's, else the platform. */
export function resolveRequestAccount(context: SandboxContext, header: string | undefined, apiKey: string): string {
  if (!header) return context.state.platformAccountId;
  if (findAccount(context, header)) return header;
  throw noAccessToAccount(header, apiKey);
}

/** The account named by `/v1/accounts/{account}/…`: the platform or a connected account it reaches. */
export function accountInPath(context: SandboxContext, request: ApiRequest): Account {
  const id = pathParam(request, 'account');
  const account = findAccount(context, id);
  if (!account) throw noAccessToAccount(id, request.apiKey);
  return account;
}

/** As `accountInPath`, for endpoints that only connected accounts have (persons, capabilities…). */
export function connectedAccountInPath(context: SandboxContext, request: ApiRequest): Account {
  const account = accountInPath(context, request);
  if (account.id === context.state.platformAccountId) throw noSuchResource('account', account.id, 'account');
  return account;
}
