import { randomUUID } from 'node:crypto';
import type Stripe from 'stripe';
import { AuditAction } from '../audit/audit-action';
import type { AuditInput } from '../audit/audit.service';
import { requireSeesWriter, visibleWriterId } from '../identity/access';
import type { Viewer } from '../identity/viewer';
import type { BalanceService } from '../balance/balance.service';
import type { Database, Transaction } from '../db/database';
import { type Connection, paginate } from '../graphql/connection';
import { notFound } from '../errors/errors';
import { type IdempotencyService, requestHashOf } from '../money-intents/idempotency.service';
import { transferRecordKeyOf } from '../money-intents/idempotency-keys';
import type { Intent, MoneyIntents } from '../money-intents/money-intents';
import type { GatewayPubSub } from '../pubsub/pubsub';
import { TransferUpdated } from './transfer.topics';
import type { WriterService } from '../writers/writer.service';
import type { CrashHook } from './crash-point';
import type { TransferListeners } from './transfer-listener';
import type { TransferReversals } from './transfer-reversals.service';
import { TransferStatus } from './transfer-status';
import { Transfer } from './transfer.entity';
import type { CreateTransferInput, ReverseTransferInput, TransfersFilter } from './transfer.types';

type TransferRequest = Pick<Transfer, 'writerId' | 'amountMinor' | 'currency' | 'description'>;
type RequestClaim = { recordKey: string; requestHash: string };

const TRANSFERS_OF_OTHERS = 'Writers can only see their own transfers.';

/**
 * Paying writers. Refusals (writer not payable, currency not held, balance short) are checked
 * before anything is written; then the idempotency record, the PENDING row and the audit entry
 * commit together, and only then is Stripe called, with a key derived from the row.
 */
export class TransferService {
  constructor(
    private readonly database: Database,
    private readonly writers: WriterService,
    private readonly balance: BalanceService,
    private readonly idempotency: IdempotencyService,
    private readonly intents: MoneyIntents<Transfer, Stripe.Transfer, AuditInput>,
    private readonly reversals: TransferReversals,
    private readonly pubSub: GatewayPubSub,
    private readonly crash: CrashHook,
    private readonly listeners: TransferListeners,
  ) {}

  /** Admins see all; a writer only their own. */
  list(filter: TransfersFilter, viewer: Viewer): Promise<Connection<Transfer>> {
    const query = this.database.manager.createQueryBuilder(Transfer, 'transfer');
    const writerId = visibleWriterId(viewer, filter.writerId, TRANSFERS_OF_OTHERS);
    if (writerId) query.andWhere('transfer.writerId = :writerId', { writerId });
    if (filter.status) query.andWhere('transfer.status = :status', { status: filter.status });
    return paginate(query, filter.first, filter.after);
  }

  async readable(id: string, viewer: Viewer): Promise<Transfer> {
    const transfer = await this.database.manager.findOneBy(Transfer, { id });
    if (!transfer) throw notFound('Transfer', id);
    requireSeesWriter(viewer, transfer.writerId, TRANSFERS_OF_OTHERS);
    return transfer;
  }

  async create(input: CreateTransferInput, actor: Viewer): Promise<Transfer> {
    const request: TransferRequest = {
      writerId: input.writerId,
      amountMinor: input.amount,
      currency: input.currency.toLowerCase(),
      description: input.description?.trim() || null,
    };
    const claim = { recordKey: transferRecordKeyOf(input.idempotencyKey), requestHash: requestHashOf(request) };
    return this.idempotency.answerOnce(
      claim.recordKey,
      claim.requestHash,
      (transferId) => this.replay(transferId, claim),
      async () => {
        await this.preflight(request.writerId, request.amountMinor, request.currency);
        const transfer = this.newTransfer(request, input.idempotencyKey, actor);
        // Locked before the row exists, so the recovery pass cannot pick it up between commit and call.
        return this.intents.locks.run(transfer.id, async () => {
          if (!(await this.intents.persist({ ...this.intentOf(transfer), claim: { ...claim, actorUserId: actor.userId } }))) return undefined;
          this.crash('transfer-row-committed');
          await this.intents.submit(transfer, claim.recordKey);
          return this.byId(transfer.id);
        });
      },
    );
  }

  reverse(input: ReverseTransferInput, actor: Viewer): Promise<Transfer> {
    return this.reversals.reverse(input, actor);
  }

  /**
   * Writes a PENDING transfer with its audit entry and listeners' work (the ledger, a payout
   * item) inside the caller's transaction; Stripe is called only once that has committed.
   */
  recordIntent(transaction: Transaction, transfer: Transfer): Promise<void> {
    return this.intents.record(transaction, this.intentOf(transfer));
  }

  private intentOf(transfer: Transfer): Intent<Transfer, AuditInput> {
    return {
      row: transfer,
      after: (transaction) => this.listeners.requested(transaction, transfer),
      audit: () => ({
        actorUserId: transfer.createdByUserId,
        action: AuditAction.TRANSFER_REQUESTED,
        subjectType: 'Transfer',
        subjectId: transfer.id,
        amountMinor: transfer.amountMinor,
        currency: transfer.currency,
        details: { writerId: transfer.writerId, idempotencyKey: transfer.idempotencyKey, description: transfer.description, payoutRunId: transfer.payoutRunId },
      }),
      publish: (row) => this.pubSub.publish(TransferUpdated, row),
    };
  }

  private newTransfer(request: TransferRequest, idempotencyKey: string, actor: Viewer): Transfer {
    return this.database.manager.create(Transfer, {
      ...request,
      id: randomUUID(),
      stripeTransferId: null,
      amountReversedMinor: 0,
      status: TransferStatus.PENDING,
      idempotencyKey,
      failureCode: null,
      failureMessage: null,
      attemptCount: 0,
      createdByUserId: actor.userId,
      payoutRunId: null,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
  }

  private async byId(id: string): Promise<Transfer> {
    const transfer = await this.database.manager.findOneBy(Transfer, { id });
    if (!transfer) throw notFound('Transfer', id);
    return transfer;
  }

  /** The checks that need Stripe, side by side; the writer's refusal is reported first. */
  private async preflight(writerId: string, amountMinor: number, currency: string): Promise<void> {
    const [writer, funds] = await Promise.allSettled([this.writers.assertPayable(writerId), this.balance.assertCovers(amountMinor, currency)]);
    if (writer.status === 'rejected') throw writer.reason;
    if (funds.status === 'rejected') throw funds.reason;
  }

  /** A recorded request's transfer; a pending one is driven on (same Stripe key) before answering. */
  private async replay(transferId: string, claim: RequestClaim): Promise<Transfer> {
    const transfer = await this.byId(transferId);
    if (transfer.status !== TransferStatus.PENDING) return transfer;
    await this.intents.tryFinish(transfer, claim.recordKey);
    // A refusal recorded meanwhile is the answer to every request with this key.
    await this.idempotency.replay(claim.recordKey, claim.requestHash);
    return this.byId(transferId);
  }
}
