import { ACCOUNTS } from '../accounts/account.stores';
import { payoutFailureFor } from '../accounts/test-bank-accounts';
import type { SandboxContext } from '../kernel/sandbox.context';
import type { Payout } from './payout.model';
import { finishPayout } from './payout.service';
import { PAYOUTS } from './payout.stores';

/**
 * Payouts whose arrival date has come reach the bank: paid, or failed as the destination's
 * test account number dictates (Stripe's test bank, e.g. 000111111116 → `no_account`).
 */
export function settleDuePayouts(context: SandboxContext): string[] {
  const now = context.clock.nowSeconds();
  const due = context.state.of(PAYOUTS).values((payout) => payout.status === 'pending' && payout.arrival_date <= now);
  return due.map((payout) => settlePayout(context, payout).id);
}

export function settlePayout(context: SandboxContext, payout: Payout): Payout {
  const destination = destinationOf(context, payout);
  // A bank account deleted after the payout left has no test number to fail on: the payout is paid.
  const failure = destination ? payoutFailureFor(destination) : undefined;
  return failure ? finishPayout(context, payout, 'failed', failure) : finishPayout(context, payout, 'paid');
}

function destinationOf(context: SandboxContext, payout: Payout) {
  const ownerId = context.state.of(PAYOUTS).ownerOf(payout.id);
  const account = ownerId ? context.state.of(ACCOUNTS).get(ownerId) : undefined;
  return account?.external_accounts.data.find((bank) => bank.id === payout.destination);
}
