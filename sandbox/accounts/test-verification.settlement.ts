import type { SandboxContext } from '../kernel/sandbox.context';
import { settleAccountChange } from './account.service';
import { ACCOUNTS, ACCOUNT_SIDES } from './account.stores';

/** Pending verifications whose time has come succeed (runs on the runtime's timer and clock advances). */
export function settleDueVerifications(context: SandboxContext): string[] {
  const now = context.clock.nowSeconds();
  const verified: string[] = [];
  for (const account of context.state.of(ACCOUNTS).values((candidate) => candidate.individual?.verification.status === 'pending')) {
    const side = context.state.of(ACCOUNT_SIDES).get(account.id);
    const dueAt = side?.verification?.dueAt;
    if (!side || dueAt === undefined || dueAt > now || side.onboardingState !== 'pending_verification') continue;
    const before = structuredClone(account);
    side.verification = { idNumber: side.verification?.idNumber };
    side.onboardingState = 'active';
    account.individual!.verification.status = 'verified';
    settleAccountChange(context, before, account);
    verified.push(account.id);
  }
  return verified;
}
