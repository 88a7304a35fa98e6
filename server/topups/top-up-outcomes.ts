import { AuditAction } from '../audit/audit-action';
import type { AuditInput } from '../audit/audit.service';
import type { Database, Transaction } from '../db/database';
import { lockedRow } from '../db/row-lock';
import type { AppError } from '../errors/errors';
import type { Logger } from '../logging/logger';
import type { IdempotencyService } from '../money-intents/idempotency.service';
import { topUpRecordKeyOf } from '../money-intents/idempotency-keys';
import type { StatusMoves } from '../money-intents/move-status';
import type { GatewayPubSub } from '../pubsub/pubsub';
import { TopUpUpdated } from './top-up.topics';
import { TOP_UP_LIFECYCLE, TopUpStatus } from './top-up-status';
import { TopUp } from './top-up.entity';
import { type TopUpFacts, topUpFacts } from './top-up.stripe';
import type Stripe from 'stripe';

/**
 * Writes what Stripe says about a top-up into its row, each change in one transaction with its
 * audit entry, published once committed. Order-insensitive: see TOP_UP_LIFECYCLE.
 */
export class TopUpOutcomes {
  constructor(
    private readonly database: Database,
    private readonly statuses: StatusMoves<AuditInput>,
    private readonly idempotency: IdempotencyService,
    private readonly pubSub: GatewayPubSub,
    private readonly logger: Logger,
  ) {}

  /** Stripe's id once known, and its status unless ours is already further along. Null when the top-up is not ours. */
  applyStripeTopUp(stripeTopUp: Stripe.Topup): Promise<TopUp | null> {
    const facts = topUpFacts(stripeTopUp);
    return this.database.transaction(async (transaction) => {
      const { manager } = transaction;
      const current =
        (facts.topUpId ? await lockedRow(manager, TopUp, { id: facts.topUpId }) : null) ??
        (await lockedRow(manager, TopUp, { stripeTopUpId: facts.stripeTopUpId }));
      if (!current) return null;
      // Failed by the gateway itself (Stripe's answer never came within the key's window), yet
      // Stripe has it: Stripe's status is the truth, and the key answers with the top-up again.
      const failedByGateway = current.status === TopUpStatus.FAILED && !current.stripeTopUpId;
      const moves = TOP_UP_LIFECYCLE.supersedes(facts.status, current.status) || (failedByGateway && facts.status !== TopUpStatus.FAILED);
      if (!moves && current.stripeTopUpId) return current;
      if (failedByGateway && moves) {
        this.logger.error({ topUpId: current.id, stripeTopUpId: facts.stripeTopUpId }, 'a top-up marked failed exists on Stripe; recording what Stripe says');
        await this.idempotency.restoreSubject(manager, topUpRecordKeyOf(current.idempotencyKey), current.id);
      }
      if (moves) await this.move(transaction, current, facts);
      else await this.recordStripeId(transaction, current, facts);
      return current;
    });
  }

  /** Stripe refused it or never received it: nothing was debited. For the client's own request, replays refuse the same way. */
  async refused(topUpId: string, failure: AppError, recordKey?: string): Promise<void> {
    await this.database.transaction(async (transaction) => {
      const current = (await lockedRow(transaction.manager, TopUp, { id: topUpId }))!;
      if (current.status !== TopUpStatus.PENDING || current.stripeTopUpId) return;
      await this.statuses.moveStatus(transaction, {
        lifecycle: TOP_UP_LIFECYCLE,
        entity: TopUp,
        row: current,
        to: TopUpStatus.FAILED,
        set: { failureCode: (failure.extensions.stripeCode as string | null) ?? null, failureMessage: failure.message.slice(0, 500) },
        audit: this.updated(current, { from: TopUpStatus.PENDING, to: TopUpStatus.FAILED, reason: failure.message }),
        publish: (topUp) => this.pubSub.publish(TopUpUpdated, topUp),
      });
      if (recordKey) await this.idempotency.storeError(transaction.manager, recordKey, failure);
    });
  }

  private async move(transaction: Transaction, current: TopUp, facts: TopUpFacts): Promise<void> {
    await this.statuses.moveStatus(transaction, {
      lifecycle: TOP_UP_LIFECYCLE,
      entity: TopUp,
      row: current,
      to: facts.status,
      set: {
        stripeTopUpId: facts.stripeTopUpId,
        expectedAvailabilityDate: facts.expectedAvailabilityDate,
        failureCode: facts.failureCode,
        failureMessage: facts.failureMessage,
      },
      audit: this.updated(current, { from: current.status, to: facts.status, stripeTopUpId: facts.stripeTopUpId, failureCode: facts.failureCode }),
      publish: (topUp) => this.pubSub.publish(TopUpUpdated, topUp),
    });
  }

  /** Stripe's first answer for a top-up whose status it has not changed. */
  private async recordStripeId({ manager, afterCommit }: Transaction, current: TopUp, facts: TopUpFacts): Promise<void> {
    const known = { stripeTopUpId: facts.stripeTopUpId, expectedAvailabilityDate: facts.expectedAvailabilityDate, updatedAt: new Date() };
    Object.assign(current, known);
    await manager.update(TopUp, { id: current.id }, known);
    afterCommit(() => this.pubSub.publish(TopUpUpdated, current));
  }

  private updated(topUp: TopUp, details: Record<string, string | null>): AuditInput {
    return {
      actorUserId: null,
      action: AuditAction.TOP_UP_UPDATED,
      subjectType: 'TopUp',
      subjectId: topUp.id,
      amountMinor: topUp.amountMinor,
      currency: topUp.currency,
      details,
    };
  }
}
