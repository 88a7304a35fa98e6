import { AuditAction } from '../audit/audit-action';
import type { AuditInput } from '../audit/audit.service';
import type { AuditDetails } from '../audit/audit-entry.entity';
import type { BalanceService } from '../balance/balance.service';
import type { Database, Transaction } from '../db/database';
import { lockedRow } from '../db/row-lock';
import { isUniqueViolation } from '../db/unique-violation';
import { AppError, ErrorCode, badUserInput, forbidden, notFound } from '../errors/errors';
import type { Viewer } from '../identity/viewer';
import type { StatusMoves } from '../money-intents/move-status';
import { money, moneyJson } from '../money/money.type';
import { PayoutItem } from './payout-item.entity';
import { PAYOUT_ITEM_LIFECYCLE, PAYOUT_RUN_LIFECYCLE, PayoutItemStatus, PayoutRunStatus } from './payout-run-status';
import { PayoutRun } from './payout-run.entity';

const OPEN_STATUSES: readonly PayoutRunStatus[] = [PayoutRunStatus.DRAFT, PayoutRunStatus.APPROVED, PayoutRunStatus.EXECUTING];

export interface PayoutRunHooks {
  /** Tells subscribers how the run stands now. */
  publishProgress(runId: string): Promise<void>;
  /** Starts this instance working on an executing run (others join on their own schedule). */
  startExecuting(runId: string): void;
}

/** What team members do to a run: approve (maker-checker), execute, cancel, retry its failures. */
export class PayoutRunMoves {
  constructor(
    private readonly database: Database,
    private readonly statuses: StatusMoves<AuditInput>,
    private readonly balance: BalanceService,
    private readonly hooks: PayoutRunHooks,
  ) {}

  /** Maker-checker: a team member other than the creator approves. */
  async approve(id: string, actor: Viewer): Promise<void> {
    await this.database.transaction(async (transaction) => {
      const run = await lockedRun(transaction, id);
      if (run.status !== PayoutRunStatus.DRAFT) throw badUserInput(`Only a draft can be approved; this run is ${run.status}.`, 'id');
      if (run.createdByUserId === actor.userId) throw forbidden('A payout run is approved by another team member than the one who drafted it.');
      await this.move(
        transaction,
        run,
        PayoutRunStatus.APPROVED,
        AuditAction.PAYOUT_RUN_APPROVED,
        actor,
        { approvedByUserId: actor.userId, approvedAt: new Date() },
        true,
      );
    });
  }

  /** Starts sending; refused while the available balance cannot cover what is left to pay. */
  async execute(before: PayoutRun, actor: Viewer): Promise<void> {
    if (before.status === PayoutRunStatus.EXECUTING) return;
    if (before.status !== PayoutRunStatus.APPROVED) throw badUserInput(`Only an approved run can be executed; this run is ${before.status}.`, 'id');
    const shortfallMinor = await this.shortfallMinor(before.totalAmountMinor, before.currency);
    if (shortfallMinor > 0) {
      await this.database.transaction(({ manager }) => manager.update(PayoutRun, { id: before.id }, { shortfallMinor }));
      const shortfall = money(shortfallMinor, before.currency);
      throw new AppError(
        ErrorCode.InsufficientFunds,
        `The available balance is ${shortfall.formatted} short of this run's ${before.totalAmount.formatted}: top up ${shortfall.formatted} first.`,
        {
          shortfall: moneyJson(shortfallMinor, before.currency),
        },
      );
    }
    await this.database.transaction(async (transaction) => {
      const run = await lockedRun(transaction, before.id);
      if (run.status !== PayoutRunStatus.APPROVED) return;
      const set = { executedByUserId: actor.userId, startedAt: new Date(), shortfallMinor: 0 };
      await this.move(transaction, run, PayoutRunStatus.EXECUTING, AuditAction.PAYOUT_RUN_EXECUTION_REQUESTED, actor, set, true);
    });
    this.hooks.startExecuting(before.id);
  }

  async cancel(id: string, actor: Viewer): Promise<void> {
    await this.database.transaction(async (transaction) => {
      const run = await lockedRun(transaction, id);
      if (run.status !== PayoutRunStatus.DRAFT && run.status !== PayoutRunStatus.APPROVED)
        throw badUserInput(`Only a draft or approved run can be canceled; this run is ${run.status}.`, 'id');
      const set = { openCurrency: null, completedAt: new Date() };
      await this.move(transaction, run, PayoutRunStatus.CANCELED, AuditAction.PAYOUT_RUN_CANCELED, actor, set, true);
    });
  }

  /** Sends the FAILED items again, each as a new transfer (a new attempt, a new Stripe key). */
  async retry(id: string, actor: Viewer): Promise<void> {
    try {
      await this.database.transaction(async (transaction) => {
        const run = await lockedRun(transaction, id);
        if (run.status !== PayoutRunStatus.COMPLETED_WITH_FAILURES)
          throw badUserInput(`Only a run completed with failures can be retried; this run is ${run.status}.`, 'id');
        const set = { openCurrency: run.currency, completedAt: null };
        await this.move(transaction, run, PayoutRunStatus.EXECUTING, AuditAction.PAYOUT_RUN_RETRY_REQUESTED, actor, set, true);
        await this.statuses.moveAll(transaction, {
          lifecycle: PAYOUT_ITEM_LIFECYCLE,
          entity: PayoutItem,
          where: { runId: id },
          from: PayoutItemStatus.FAILED,
          to: PayoutItemStatus.PENDING,
          set: { attempt: () => 'attempt + 1', transferId: null, failureMessage: null, claimedBy: null, leaseExpiresAtMs: 0 },
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw await this.openRunRefusal((await this.database.manager.findOneByOrFail(PayoutRun, { id })).currency);
      throw error;
    }
    this.hooks.startExecuting(id);
  }

  /** Why a run cannot open in `currency`: another one is open there (one per currency, so nobody is paid twice). */
  async openRunRefusal(currency: string): Promise<AppError> {
    const open = await this.database.manager.findOneBy(PayoutRun, { openCurrency: currency });
    const which = open && OPEN_STATUSES.includes(open.status) ? `Run ${open.id} (${open.status})` : 'Another run';
    return badUserInput(`${which} is still open in ${currency}: execute or cancel it first (one open run per currency, so nobody is paid twice).`, 'currency');
  }

  async shortfallMinor(totalAmountMinor: number, currency: string): Promise<number> {
    const balance = await this.balance.platformBalance();
    const availableMinor = balance.available.find((entry) => entry.currency === currency)?.amountMinor ?? 0;
    return Math.max(0, totalAmountMinor - availableMinor);
  }

  private move(
    transaction: Transaction,
    run: PayoutRun,
    to: PayoutRunStatus,
    action: AuditAction,
    actor: Viewer,
    set: Partial<PayoutRun>,
    publishes = false,
  ): Promise<void> {
    return this.statuses.moveStatus(transaction, {
      lifecycle: PAYOUT_RUN_LIFECYCLE,
      entity: PayoutRun,
      row: run,
      to,
      set,
      audit: runEntry(run, action, actor.userId),
      publish: publishes ? () => this.hooks.publishProgress(run.id) : undefined,
    });
  }
}

/** The audit entry of something done to a run, with the run's total. */
export function runEntry(run: PayoutRun, action: AuditAction, actorUserId: string | null, details: AuditDetails = {}): AuditInput {
  return { actorUserId, action, subjectType: 'PayoutRun', subjectId: run.id, amountMinor: run.totalAmountMinor, currency: run.currency, details };
}

async function lockedRun({ manager }: Transaction, id: string): Promise<PayoutRun> {
  const run = await lockedRow(manager, PayoutRun, { id });
  if (!run) throw notFound('Payout run', id);
  return run;
}
