import { emitEvent } from '../kernel/event.service';
import type { SandboxContext } from '../kernel/sandbox.context';
import { sideOf } from './account.lookup';
import type { Account, DeletedAccount } from './account.model';
import { ACCOUNTS, ACCOUNT_SIDES } from './account.stores';

/** The holder disconnected the platform: the account is out of reach from now on. */
export function deauthorizeAccount(context: SandboxContext, account: Account): void {
  sideOf(context, account.id).deauthorized = true;
  announceDeauthorization(context, account.id);
}

/**
 * The platform deleted a connected account. Stripe tells the application it lost the account
 * as it does for a disconnection (the CLI's `account.application.deauthorized` trigger is this).
 */
export function deleteAccount(context: SandboxContext, account: Account): DeletedAccount {
  context.state.of(ACCOUNTS).delete(account.id);
  context.state.of(ACCOUNT_SIDES).delete(account.id);
  announceDeauthorization(context, account.id);
  return { id: account.id, object: 'account', deleted: true };
}

/** Sent to the application, so it is in the platform's event list although it names the account. */
function announceDeauthorization(context: SandboxContext, accountId: string): void {
  const applicationId = `ca_${context.state.platformAccountId.slice('acct_'.length)}`;
  const application = { id: applicationId, object: 'application', name: 'Sandbox Platform' };
  emitEvent(context, {
    type: 'account.application.deauthorized',
    account: accountId,
    object: application,
    listedFor: context.state.platformAccountId,
  });
}
