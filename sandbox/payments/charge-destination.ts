import { findAccount } from '../accounts/account.lookup';
import { invalidRequest, noSuchParamResource } from '../kernel/errors';
import type { SandboxContext } from '../kernel/sandbox.context';

/**
 * A destination charge's account (or `on_behalf_of`) must be a connected account that can
 * receive transfers; test mode lets a Standard account (full Dashboard) receive them anyway,
 * as it does for plain transfers.
 */
export function checkChargeDestination(context: SandboxContext, ownerId: string, accountId: string, param: string): void {
  const account = findAccount(context, accountId);
  if (!account || accountId === ownerId || accountId === context.state.platformAccountId) throw noSuchParamResource('account', accountId, param);
  if (account.capabilities.transfers !== 'active' && account.controller.stripe_dashboard?.type !== 'full') {
    throw invalidRequest(
      'Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments',
      { code: 'insufficient_capabilities_for_transfer', param },
    );
  }
}
