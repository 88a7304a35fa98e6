import { announceAvailableFunds } from '../balance/balance.service';
import { BALANCE_TRANSACTIONS } from '../balance/balance.stores';
import { makeAvailable } from '../balance/ledger.service';
import type { SandboxContext } from '../kernel/sandbox.context';

/** The transaction types a charge leaves pending until its funds are available. */
const CHARGE_FUND_TYPES = new Set(['charge', 'transfer', 'payment', 'application_fee']);

/** Charge funds whose `available_on` has come become available; each account hears `balance.available`. */
export function releaseDueChargeFunds(context: SandboxContext): string[] {
  const now = context.clock.nowSeconds();
  const due = context.state
    .of(BALANCE_TRANSACTIONS)
    .values((transaction) => transaction.status === 'pending' && transaction.available_on <= now && CHARGE_FUND_TYPES.has(transaction.type));
  const accounts = new Set<string>();
  for (const transaction of due) {
    makeAvailable(context, transaction.id);
    accounts.add(context.state.of(BALANCE_TRANSACTIONS).ownerOf(transaction.id)!);
  }
  for (const accountId of accounts) announceAvailableFunds(context, accountId);
  return due.map((transaction) => transaction.id);
}
