import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AuditAction } from '../audit/audit-action';
import type { AuditService } from '../audit/audit.service';
import type { AuditDetails } from '../audit/audit-entry.entity';
import type { Viewer } from '../identity/viewer';
import type { BalanceService } from '../balance/balance.service';
import { money, moneyJson } from '../money/money.type';
import type { Database } from '../db/database';
import { lockedRow } from '../db/row-lock';
import { isUniqueViolation } from '../db/unique-violation';
import { type Connection, paginate } from '../graphql/connection';
import { AppError, ErrorCode, badUserInput, forbidden, notFound } from '../errors/errors';
import type { LedgerService } from '../ledger/ledger.service';
import type { GatewayPubSub } from '../pubsub/pubsub';
import { Transfer } from '../transfers/transfer.entity';
import { PayoutItem } from './payout-item.entity';
import { draftItems } from './payout-run-drafting';
import { progressOf } from './payout-run-progress';
import { PayoutItemStatus, PayoutRunStatus } from './payout-run-status';
import { PayoutRun } from './payout-run.entity';
import type { CreatePayoutRunInput, PayoutItemsArgs, PayoutRunsArgs } from './payout-run.types';
import { PayoutRunProgressed } from './payout-run.topics';

const INSERT_CHUNK = 400;
const OPEN_STATUSES = [PayoutRunStatus.DRAFT, PayoutRunStatus.APPROVED, PayoutRunStatus.EXECUTING];

/** Drafting, approval (maker-checker), cancel and retry; execution itself is the executor's. */
export class PayoutRunService {
  constructor(
    private readonly database: Database,
    private readonly ledger: LedgerService,
    private readonly balance: BalanceService,
    private readonly audit: AuditService,
    private readonly pubSub: GatewayPubSub,
    /** Starts this instance working on an executing run (others join on their own schedule). */
    private readonly startExecuting: (runId: string) => void,
  ) {}

  list(args: PayoutRunsArgs): Promise<Connection<PayoutRun>> {
    const query = this.database.manager.createQueryBuilder(PayoutRun, 'run');
    if (args.status) query.andWhere('run.status = :status', { status: args.status });
    return paginate(query, args.first, args.after);
  }

  async byId(id: string): Promise<PayoutRun> {
    const run = await this.database.manager.findOneBy(PayoutRun, { id });
    if (!run) throw notFound('Payout run', id);
    return run;
  }

  items(filter: PayoutItemsArgs & { runId?: string; writerId?: string }): Promise<Connection<PayoutItem>> {
    const query = this.database.manager.createQueryBuilder(PayoutItem, 'item');
    if (filter.runId) query.andWhere('item.runId = :runId', { runId: filter.runId });
    if (filter.writerId) query.andWhere('item.writerId = :writerId', { writerId: filter.writerId });
    if (filter.status) query.andWhere('item.status = :status', { status: filter.status });
    return paginate(query, filter.first, filter.after);
  }

  progress(run: PayoutRun) {
    return progressOf(this.database.manager, run);
  }

  transferOf(transferId: string): Promise<Transfer | null> {
    return this.database.manager.findOneBy(Transfer, { id: transferId });
  }

  async create(input: CreatePayoutRunInput, actor: Viewer): Promise<PayoutRun> {
    const currency = input.currency.toLowerCase();
    const payables = await this.ledger.payablesAtLeast(currency, input.minimumAmount);
    if (payables.length === 0) throw badUserInput(`No writer is owed at least ${money(input.minimumAmount, currency).formatted}: there is nothing to pay in ${currency}.`, 'minimumAmount');
    const runId = randomUUID();
    const items = await draftItems(this.database, runId, currency, payables);
    const toPay = items.filter((item) => item.status === PayoutItemStatus.PENDING);
    const held = items.filter((item) => item.status === PayoutItemStatus.HELD);
    const totalAmountMinor = toPay.reduce((sum, item) => sum + item.amountMinor, 0);
    const run = this.database.manager.create(PayoutRun, {
      id: runId,
      status: PayoutRunStatus.DRAFT,
      currency,
      openCurrency: currency,
      minimumAmountMinor: input.minimumAmount,
      description: input.description || null,
      totalAmountMinor,
      heldAmountMinor: held.reduce((sum, item) => sum + item.amountMinor, 0),
      itemCount: toPay.length,
      heldCount: held.length,
      shortfallMinor: await this.shortfallMinor(totalAmountMinor, currency),
      createdByUserId: actor.userId,
      approvedByUserId: null,
      executedByUserId: null,
      approvedAt: null,
      startedAt: null,
      completedAt: null,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    try {
      await this.database.transaction(async ({ manager }) => {
        await manager.createQueryBuilder().insert().into(PayoutRun).values(run).updateEntity(false).execute();
        for (let start = 0; start < items.length; start += INSERT_CHUNK) {
          await manager.createQueryBuilder().insert().into(PayoutItem).values(items.slice(start, start + INSERT_CHUNK)).updateEntity(false).execute();
        }
        await this.record(manager, run, AuditAction.PAYOUT_RUN_CREATED, actor, { itemCount: run.itemCount, heldCount: run.heldCount, shortfallMinor: run.shortfallMinor });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw await this.openRunRefusal(currency);
      throw error;
    }
    return run;
  }

  /** Maker-checker: a team member other than the creator approves. */
  async approve(id: string, actor: Viewer): Promise<PayoutRun> {
    await this.database.transaction(async ({ manager }) => {
      const run = await this.lockedRun(manager, id);
      if (run.status !== PayoutRunStatus.DRAFT) throw badUserInput(`Only a draft can be approved; this run is ${run.status}.`, 'id');
      if (run.createdByUserId === actor.userId) throw forbidden('A payout run is approved by another team member than the one who drafted it.');
      await manager.update(PayoutRun, { id }, { status: PayoutRunStatus.APPROVED, approvedByUserId: actor.userId, approvedAt: new Date() });
      await this.record(manager, run, AuditAction.PAYOUT_RUN_APPROVED, actor);
    });
    return this.byId(id);
  }

  /** Starts sending; refused while the available balance cannot cover what is left to pay. */
  async execute(id: string, actor: Viewer): Promise<PayoutRun> {
    const before = await this.byId(id);
    if (before.status === PayoutRunStatus.EXECUTING) return before;
    if (before.status !== PayoutRunStatus.APPROVED) throw badUserInput(`Only an approved run can be executed; this run is ${before.status}.`, 'id');
    const shortfallMinor = await this.shortfallMinor(before.totalAmountMinor, before.currency);
    if (shortfallMinor > 0) {
      await this.database.transaction(({ manager }) => manager.update(PayoutRun, { id }, { shortfallMinor }));
      const shortfall = money(shortfallMinor, before.currency);
      throw new AppError(ErrorCode.InsufficientFunds, `The available balance is ${shortfall.formatted} short of this run's ${before.totalAmount.formatted}: top up ${shortfall.formatted} first.`, { shortfall: moneyJson(shortfallMinor, before.currency) });
    }
    await this.database.transaction(async ({ manager, afterCommit }) => {
      const run = await this.lockedRun(manager, id);
      if (run.status !== PayoutRunStatus.APPROVED) return;
      await manager.update(PayoutRun, { id }, { status: PayoutRunStatus.EXECUTING, executedByUserId: actor.userId, startedAt: new Date(), shortfallMinor: 0 });
      await this.record(manager, run, AuditAction.PAYOUT_RUN_EXECUTION_REQUESTED, actor);
      afterCommit(() => this.publishProgress(id));
    });
    this.startExecuting(id);
    return this.byId(id);
  }

  async cancel(id: string, actor: Viewer): Promise<PayoutRun> {
    await this.database.transaction(async ({ manager, afterCommit }) => {
      const run = await this.lockedRun(manager, id);
      if (run.status !== PayoutRunStatus.DRAFT && run.status !== PayoutRunStatus.APPROVED) throw badUserInput(`Only a draft or approved run can be canceled; this run is ${run.status}.`, 'id');
      await manager.update(PayoutRun, { id }, { status: PayoutRunStatus.CANCELED, openCurrency: null, completedAt: new Date() });
      await this.record(manager, run, AuditAction.PAYOUT_RUN_CANCELED, actor);
      afterCommit(() => this.publishProgress(id));
    });
    return this.byId(id);
  }

  /** Sends the FAILED items again, each as a new transfer (a new attempt, a new Stripe key). */
  async retry(id: string, actor: Viewer): Promise<PayoutRun> {
    try {
      await this.database.transaction(async ({ manager, afterCommit }) => {
        const run = await this.lockedRun(manager, id);
        if (run.status !== PayoutRunStatus.COMPLETED_WITH_FAILURES) throw badUserInput(`Only a run completed with failures can be retried; this run is ${run.status}.`, 'id');
        await manager.update(PayoutRun, { id }, { status: PayoutRunStatus.EXECUTING, openCurrency: run.currency, completedAt: null });
        await manager
          .createQueryBuilder()
          .update(PayoutItem)
          .set({ status: PayoutItemStatus.PENDING, attempt: () => 'attempt + 1', transferId: null, failureMessage: null, claimedBy: null, leaseExpiresAtMs: 0 })
          .where('runId = :id AND status = :failed', { id, failed: PayoutItemStatus.FAILED })
          .execute();
        await this.record(manager, run, AuditAction.PAYOUT_RUN_RETRY_REQUESTED, actor);
        afterCommit(() => this.publishProgress(id));
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw await this.openRunRefusal((await this.byId(id)).currency);
      throw error;
    }
    this.startExecuting(id);
    return this.byId(id);
  }

  async publishProgress(runId: string): Promise<void> {
    const run = await this.byId(runId);
    this.pubSub.publish(PayoutRunProgressed, await progressOf(this.database.manager, run));
  }

  private async shortfallMinor(totalAmountMinor: number, currency: string): Promise<number> {
    const balance = await this.balance.platformBalance();
    const availableMinor = balance.available.find((entry) => entry.currency === currency)?.amountMinor ?? 0;
    return Math.max(0, totalAmountMinor - availableMinor);
  }

  private async lockedRun(manager: EntityManager, id: string): Promise<PayoutRun> {
    const run = await lockedRow(manager, PayoutRun, { id });
    if (!run) throw notFound('Payout run', id);
    return run;
  }

  private async openRunRefusal(currency: string): Promise<AppError> {
    const open = await this.database.manager.findOneBy(PayoutRun, { openCurrency: currency });
    const which = open && OPEN_STATUSES.includes(open.status) ? `Run ${open.id} (${open.status})` : 'Another run';
    return badUserInput(`${which} is still open in ${currency}: execute or cancel it first (one open run per currency, so nobody is paid twice).`, 'currency');
  }

  private record(manager: EntityManager, run: PayoutRun, action: AuditAction, actor: Viewer, details: AuditDetails = {}): Promise<void> {
    return this.audit.record(manager, { actorUserId: actor.userId, action, subjectType: 'PayoutRun', subjectId: run.id, amountMinor: run.totalAmountMinor, currency: run.currency, details });
  }
}
