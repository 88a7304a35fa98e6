import type { EntityManager } from 'typeorm';
import type { BalanceService } from '../balance/balance.service';
import { type AppError, badUserInput } from '../errors/errors';
import { PayoutRunStatus } from './payout-run-status';
import { PayoutRun } from './payout-run.entity';

const OPEN_STATUSES = [PayoutRunStatus.DRAFT, PayoutRunStatus.APPROVED, PayoutRunStatus.EXECUTING];

/** How much the platform's available balance lacks to pay `totalAmountMinor` (0 when it covers it). */
export async function shortfallMinorOf(balance: BalanceService, totalAmountMinor: number, currency: string): Promise<number> {
  const platform = await balance.platformBalance();
  const availableMinor = platform.available.find((entry) => entry.currency === currency)?.amountMinor ?? 0;
  return Math.max(0, totalAmountMinor - availableMinor);
}

/** The refusal of a second open run in a currency, naming the open one. */
export async function openRunRefusal(manager: EntityManager, currency: string): Promise<AppError> {
  const open = await manager.findOneBy(PayoutRun, { openCurrency: currency });
  const which = open && OPEN_STATUSES.includes(open.status) ? `Run ${open.id} (${open.status})` : 'Another run';
  return badUserInput(`${which} is still open in ${currency}: execute or cancel it first (one open run per currency, so nobody is paid twice).`, 'currency');
}
