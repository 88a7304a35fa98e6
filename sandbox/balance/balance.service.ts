import { ACCOUNTS } from '../accounts/account.stores';
import { emitEvent, eventAccountOf } from '../kernel/event.service';
import type { SandboxContext } from '../kernel/sandbox.context';
import { balanceTotals } from './balance-totals';

interface BalanceAmount {
  amount: number;
  currency: string;
  source_types: { card: number };
}

export interface Balance {
  object: 'balance';
  available: BalanceAmount[];
  connect_reserved?: { amount: number; currency: string }[];
  livemode: false;
  pending: BalanceAmount[];
}

/**
 * One pool per currency. Stripe splits balances by source type; the sandbox reports all funds
 * under `card`, the default `source_type` of transfers, so top-ups can fund transfers directly.
 */
export function balanceOf(context: SandboxContext, accountId: string): Balance {
  const totals = balanceTotals(context).get(accountId);
  const defaultCurrency = context.state.of(ACCOUNTS).get(accountId)?.default_currency ?? 'usd';
  const entries = totals && totals.size > 0 ? [...totals] : [[defaultCurrency, { available: 0, pending: 0 }] as const];
  const amounts = (kind: 'available' | 'pending') =>
    entries.map(([currency, total]) => ({ amount: total[kind], currency, source_types: { card: total[kind] } }));
  return {
    object: 'balance',
    available: amounts('available'),
    ...(accountId === context.state.platformAccountId ? { connect_reserved: entries.map(([currency]) => ({ amount: 0, currency })) } : {}),
    livemode: false,
    pending: amounts('pending'),
  };
}

/** `balance.available`: pending funds of the account became available; Stripe sends the whole balance. */
export function announceAvailableFunds(context: SandboxContext, accountId: string): void {
  emitEvent(context, { type: 'balance.available', object: balanceOf(context, accountId), account: eventAccountOf(context, accountId) });
}
