import { randomUUID } from 'node:crypto';
import { AuditAction } from '../audit/audit-action';
import type { AuditService } from '../audit/audit.service';
import type { Viewer } from '../identity/viewer';
import { money } from '../money/money.type';
import type { Database } from '../db/database';
import { isUniqueViolation } from '../db/unique-violation';
import type { Connection } from '../graphql/connection';
import { StatusReads, pageWhere } from '../graphql/reads';
import { badUserInput } from '../errors/errors';
import type { LedgerService } from '../ledger/ledger.service';
import type { GatewayPubSub } from '../pubsub/pubsub';
import { Transfer } from '../transfers/transfer.entity';
import { PayoutItem } from './payout-item.entity';
import { draftItems } from './payout-run-drafting';
import { type PayoutRunMoves, runEntry } from './payout-run-moves';
import { progressOf } from './payout-run-progress';
import { PayoutItemStatus, PayoutRunStatus } from './payout-run-status';
import { PayoutRun } from './payout-run.entity';
import type { CreatePayoutRunInput, PayoutItemsArgs } from './payout-run.types';
import { PayoutRunProgressed } from './payout-run.topics';

const INSERT_CHUNK = 400;

/** Drafting and reading runs; what members do to them is PayoutRunMoves', sending them the executor's. */
export class PayoutRunService extends StatusReads<PayoutRun> {
  constructor(
    private readonly database: Database,
    private readonly ledger: LedgerService,
    private readonly audit: AuditService,
    private readonly pubSub: GatewayPubSub,
    private readonly moves: PayoutRunMoves,
  ) {
    super(database, { entity: PayoutRun, alias: 'run', what: 'Payout run' });
  }

  items(filter: PayoutItemsArgs & { runId?: string; writerId?: string }): Promise<Connection<PayoutItem>> {
    const { runId, writerId, status } = filter;
    return pageWhere(this.database.manager, PayoutItem, 'item', { runId, writerId, status }, filter);
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
    if (payables.length === 0)
      throw badUserInput(
        `No writer is owed at least ${money(input.minimumAmount, currency).formatted}: there is nothing to pay in ${currency}.`,
        'minimumAmount',
      );
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
      shortfallMinor: await this.moves.shortfallMinor(totalAmountMinor, currency),
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
      await this.database.transaction(async ({ manager, afterCommit }) => {
        await manager.createQueryBuilder().insert().into(PayoutRun).values(run).updateEntity(false).execute();
        for (let start = 0; start < items.length; start += INSERT_CHUNK) {
          await manager
            .createQueryBuilder()
            .insert()
            .into(PayoutItem)
            .values(items.slice(start, start + INSERT_CHUNK))
            .updateEntity(false)
            .execute();
        }
        await this.audit.record(
          manager,
          runEntry(run, AuditAction.PAYOUT_RUN_CREATED, actor.userId, {
            itemCount: run.itemCount,
            heldCount: run.heldCount,
            shortfallMinor: run.shortfallMinor,
          }),
        );
        afterCommit(() => this.publishProgress(runId));
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw await this.moves.openRunRefusal(currency);
      throw error;
    }
    return run;
  }

  async approve(id: string, actor: Viewer): Promise<PayoutRun> {
    await this.moves.approve(id, actor);
    return this.byId(id);
  }

  async execute(id: string, actor: Viewer): Promise<PayoutRun> {
    await this.moves.execute(await this.byId(id), actor);
    return this.byId(id);
  }

  async cancel(id: string, actor: Viewer): Promise<PayoutRun> {
    await this.moves.cancel(id, actor);
    return this.byId(id);
  }

  async retry(id: string, actor: Viewer): Promise<PayoutRun> {
    await this.moves.retry(id, actor);
    return this.byId(id);
  }

  async publishProgress(runId: string): Promise<void> {
    const run = await this.byId(runId);
    this.pubSub.publish(PayoutRunProgressed, await progressOf(this.database.manager, run));
  }
}
