import { randomUUID } from 'node:crypto';
import type Stripe from 'stripe';
import { IsNull } from 'typeorm';
import type { AuditService } from '../audit/audit.service';
import { AuditAction } from '../audit/audit-action';
import type { Viewer } from '../auth/viewer';
import type { Database } from '../db/database';
import { type Connection, paginate } from '../graphql/connection';
import { AppError, ErrorCode, badUserInput, notFound } from '../graphql/errors';
import { type IdempotencyService, requestHashOf } from '../money-intents/idempotency.service';
import { KeyedLock } from '../money-intents/keyed-lock';
import { insertRow } from '../db/insert-row';
import { lockedRow } from '../db/row-lock';
import { isUniqueViolation } from '../db/unique-violation';
import type { Logger } from '../logger';
import { type GatewayPubSub, Topic } from '../pubsub/pubsub';
import { isUnknownOutcome, stripeFailure } from '../stripe/stripe-errors';
import { STRIPE_IDEMPOTENCY_WINDOW_MS } from '../money-intents/stripe-idempotency-window';
import { TopUpStatus, supersedes, topUpStatusOf } from './top-up-status';
import { TopUp } from './top-up.entity';
import type { CreateTopUpInput, TopUpsFilter } from './top-up.types';

/** Stripe's Idempotency-Key for creating this top-up: the same on every attempt. */
export function topUpStripeKeyOf(topUpId: string): string {
  return `topup-${topUpId}`;
}

// How far back to search Stripe's top-ups for one whose creation we never heard about.
const LOOKUP_MARGIN_SECONDS = 600;
const RECOVERY_BATCH_SIZE = 50;

/**
 * Top-ups: the intent row is committed before Stripe is called (key derived from the row), so a
 * crash or a timeout leaves a row the recovery pass finishes instead of a second debit. Status
 * then follows Stripe's events; settlement takes days.
 */
export class TopUpService {
  private readonly locks = new KeyedLock();

  constructor(
    private readonly database: Database,
    private readonly stripe: Stripe,
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService,
    private readonly pubSub: GatewayPubSub,
    private readonly logger: Logger,
  ) {}

  list(filter: TopUpsFilter): Promise<Connection<TopUp>> {
    const query = this.database.manager.createQueryBuilder(TopUp, 'topUp');
    if (filter.status) query.andWhere('topUp.status = :status', { status: filter.status });
    return paginate(query, filter.first, filter.after);
  }

  async byId(id: string): Promise<TopUp> {
    const topUp = await this.database.manager.findOneBy(TopUp, { id });
    if (!topUp) throw notFound('Top-up', id);
    return topUp;
  }

  async create(input: CreateTopUpInput, actor: Viewer): Promise<TopUp> {
    const request = {
      amountMinor: input.amount,
      currency: input.currency.toLowerCase(),
      description: input.description?.trim() || null,
      statementDescriptor: input.statementDescriptor?.trim() || null,
      source: input.source ?? null,
    };
    const key = topUpRecordKeyOf(input.idempotencyKey);
    const requestHash = requestHashOf(request);
    return this.idempotency.singleFlight(key, requestHash, async () => {
      const replayed = await this.replay(key, requestHash);
      if (replayed) return replayed;
      await this.assertManualPayouts();
      const topUp = this.database.manager.create(TopUp, {
        ...request,
        id: randomUUID(),
        stripeTopUpId: null,
        status: TopUpStatus.PENDING,
        expectedAvailabilityDate: null,
        failureCode: null,
        failureMessage: null,
        idempotencyKey: input.idempotencyKey,
        createdByUserId: actor.userId,
        createdAt: new Date(),
        updatedAt: new Date(),
      });
      // Locked before the row exists, so the recovery pass cannot pick it up between commit and call.
      const submitted = await this.locks.run(topUp.id, async () => ((await this.persistIntent(topUp, key, requestHash)) ? this.submit(topUp, key) : undefined));
      return submitted ? this.byId(topUp.id) : (await this.replay(key, requestHash))!;
    });
  }

  /**
   * Stripe: "To use top-ups, your platform must be on a manual payout schedule". On an automatic
   * schedule the added funds would be paid straight back out to the platform's bank before any
   * writer could be paid from them, so the top-up is refused (not merely warned about).
   */
  private async assertManualPayouts(): Promise<void> {
    let account: Stripe.Account;
    try {
      account = await this.stripe.accounts.retrieveCurrent();
    } catch (error) {
      throw stripeFailure(error, "read the platform's payout schedule");
    }
    const interval = account.settings?.payouts?.schedule?.interval;
    if (interval && interval !== 'manual') {
      throw new AppError(
        ErrorCode.Forbidden,
        `The platform's Stripe account pays out ${interval}, so Stripe would send added funds back to the bank before they reach writers. Switch the platform to a manual payout schedule in Stripe's payout settings, then add funds.`,
        { reason: 'PLATFORM_AUTOMATIC_PAYOUTS', payoutInterval: interval },
      );
    }
  }

  async cancel(id: string, actor: Viewer): Promise<TopUp> {
    const topUp = await this.byId(id);
    if (topUp.status !== TopUpStatus.PENDING) throw badUserInput(`Only a pending top-up can be canceled; this one is ${topUp.status}.`, 'id');
    if (!topUp.stripeTopUpId) throw badUserInput('This top-up is still being sent to Stripe; try again in a moment.', 'id');
    let canceled: Stripe.Topup;
    try {
      canceled = await this.stripe.topups.cancel(topUp.stripeTopUpId);
    } catch (error) {
      if (isUnknownOutcome(error)) throw stripeFailure(error, 'cancel the top-up');
      const current = await this.refresh(topUp.stripeTopUpId);
      if (current && current.status !== TopUpStatus.PENDING) throw badUserInput(`Only a pending top-up can be canceled; this one is ${current.status}.`, 'id');
      throw stripeFailure(error, 'cancel the top-up');
    }
    await this.database.transaction(({ manager }) =>
      this.audit.record(manager, {
        actorUserId: actor.userId,
        action: AuditAction.TOP_UP_CANCEL_REQUESTED,
        subjectType: 'TopUp',
        subjectId: topUp.id,
        amountMinor: topUp.amountMinor,
        currency: topUp.currency,
        details: { stripeTopUpId: canceled.id },
      }),
    );
    return (await this.applyStripeTopUp(canceled))!;
  }

  /**
   * Stores what Stripe says about a top-up: its id once known, and its status unless ours is
   * already further along (events arrive in any order). Null when it is not one of ours.
   */
  async applyStripeTopUp(stripeTopUp: Stripe.Topup): Promise<TopUp | null> {
    return this.database.transaction(async ({ manager, afterCommit }) => {
      const current =
        (stripeTopUp.metadata?.top_up_id ? await lockedRow(manager, TopUp, { id: stripeTopUp.metadata.top_up_id }) : null) ??
        (await lockedRow(manager, TopUp, { stripeTopUpId: stripeTopUp.id }));
      if (!current) return null;
      const status = topUpStatusOf(stripeTopUp.status);
      // Failed by the gateway itself (Stripe's answer never came within the key's window), yet
      // Stripe has it: Stripe's status is the truth, and the key answers with the top-up again.
      const failedByGateway = current.status === TopUpStatus.FAILED && !current.stripeTopUpId;
      const moves = supersedes(status, current.status) || (failedByGateway && status !== TopUpStatus.FAILED);
      if (!moves && current.stripeTopUpId) return current;
      if (failedByGateway && moves) {
        this.logger.error({ topUpId: current.id, stripeTopUpId: stripeTopUp.id }, 'a top-up marked failed exists on Stripe; recording what Stripe says');
        await this.idempotency.restoreSubject(manager, topUpRecordKeyOf(current.idempotencyKey), current.id);
      }
      const previousStatus = current.status;
      Object.assign(current, {
        stripeTopUpId: stripeTopUp.id,
        expectedAvailabilityDate: stripeTopUp.expected_availability_date ? new Date(stripeTopUp.expected_availability_date * 1000) : null,
        ...(moves ? { status, failureCode: stripeTopUp.failure_code, failureMessage: stripeTopUp.failure_message } : {}),
      });
      await manager.save(current);
      if (moves) {
        await this.audit.record(manager, {
          actorUserId: null,
          action: AuditAction.TOP_UP_UPDATED,
          subjectType: 'TopUp',
          subjectId: current.id,
          amountMinor: current.amountMinor,
          currency: current.currency,
          details: { from: previousStatus, to: status, stripeTopUpId: stripeTopUp.id, failureCode: stripeTopUp.failure_code },
        });
      }
      afterCommit(() => this.pubSub.publish(Topic.TopUpUpdated, current));
      return current;
    });
  }

  /** Finishes top-ups whose creation Stripe never confirmed (a crash, a timeout, a 5xx). */
  async recoverPending(): Promise<void> {
    const stranded = await this.database.manager.find(TopUp, {
      where: { status: TopUpStatus.PENDING, stripeTopUpId: IsNull() },
      order: { createdAt: 'ASC' },
      take: RECOVERY_BATCH_SIZE,
    });
    for (const topUp of stranded) {
      if (this.locks.isHeld(topUp.id)) continue;
      await this.locks.run(topUp.id, () => this.finish(topUp.id)).catch((error: unknown) => {
        this.logger.warn({ err: error, topUpId: topUp.id }, 'top-up not recovered yet; will retry');
      });
    }
  }

  private async replay(key: string, requestHash: string): Promise<TopUp | undefined> {
    const subjectId = await this.idempotency.replay(key, requestHash);
    if (!subjectId) return undefined;
    const topUp = await this.byId(subjectId);
    if (topUp.stripeTopUpId || topUp.status !== TopUpStatus.PENDING) return topUp;
    return this.locks.run(topUp.id, () => this.finish(topUp.id));
  }

  /** False when another request claimed the key first. */
  private async persistIntent(topUp: TopUp, key: string, requestHash: string): Promise<boolean> {
    try {
      await this.database.transaction(async ({ manager, afterCommit }) => {
        await this.idempotency.claim(manager, { key, requestHash, subjectId: topUp.id, actorUserId: topUp.createdByUserId });
        await insertRow(manager, TopUp, topUp);
        await this.audit.record(manager, {
          actorUserId: topUp.createdByUserId,
          action: AuditAction.TOP_UP_REQUESTED,
          subjectType: 'TopUp',
          subjectId: topUp.id,
          amountMinor: topUp.amountMinor,
          currency: topUp.currency,
          details: { idempotencyKey: topUp.idempotencyKey, statementDescriptor: topUp.statementDescriptor, source: topUp.source },
        });
        afterCommit(() => this.pubSub.publish(Topic.TopUpUpdated, topUp));
      });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /**
   * One call to Stripe with the row's key. Unknown outcome: the row stays pending for the
   * recovery pass. Refusal: the row fails and, for the client's own request, so do replays.
   */
  private async submit(topUp: TopUp, idempotencyRecordKey?: string): Promise<TopUp> {
    let created: Stripe.Topup;
    try {
      created = await this.stripe.topups.create(
        {
          amount: topUp.amountMinor,
          currency: topUp.currency,
          ...(topUp.description ? { description: topUp.description } : {}),
          ...(topUp.statementDescriptor ? { statement_descriptor: topUp.statementDescriptor } : {}),
          ...(topUp.source ? { source: topUp.source } : {}),
          metadata: { top_up_id: topUp.id },
        },
        { idempotencyKey: topUpStripeKeyOf(topUp.id) },
      );
    } catch (error) {
      if (isUnknownOutcome(error)) {
        this.logger.warn({ err: error, topUpId: topUp.id }, 'top-up outcome unknown; the recovery pass will finish it');
        return topUp;
      }
      const failure = stripeFailure(error, 'add funds');
      await this.markRefused(topUp, failure, idempotencyRecordKey);
      if (idempotencyRecordKey) throw failure;
      return this.byId(topUp.id);
    }
    return (await this.applyStripeTopUp(created)) ?? topUp;
  }

  private async finish(topUpId: string): Promise<TopUp> {
    const topUp = await this.byId(topUpId);
    if (topUp.stripeTopUpId || topUp.status !== TopUpStatus.PENDING) return topUp;
    const found = await this.findOnStripe(topUp);
    if (found) return (await this.applyStripeTopUp(found)) ?? topUp;
    if (Date.now() - topUp.createdAt.getTime() < STRIPE_IDEMPOTENCY_WINDOW_MS) return this.submit(topUp);
    await this.markRefused(topUp, new AppError(ErrorCode.StripeError, 'Stripe never received this top-up within a day; nothing was debited. Send a new one.'));
    return this.byId(topUp.id);
  }

  /** Stripe's top-up made for this row, when an earlier attempt reached Stripe. */
  private async findOnStripe(topUp: TopUp): Promise<Stripe.Topup | undefined> {
    const since = Math.floor(topUp.createdAt.getTime() / 1000) - LOOKUP_MARGIN_SECONDS;
    for await (const candidate of this.stripe.topups.list({ created: { gte: since }, limit: 100 })) {
      if (candidate.metadata?.top_up_id === topUp.id) return candidate;
    }
    return undefined;
  }

  private async refresh(stripeTopUpId: string): Promise<TopUp | null> {
    return this.applyStripeTopUp(await this.stripe.topups.retrieve(stripeTopUpId));
  }

  private async markRefused(topUp: TopUp, failure: AppError, idempotencyRecordKey?: string): Promise<void> {
    await this.database.transaction(async ({ manager, afterCommit }) => {
      const current = (await lockedRow(manager, TopUp, { id: topUp.id }))!;
      if (current.status !== TopUpStatus.PENDING || current.stripeTopUpId) return;
      Object.assign(topUp, { status: TopUpStatus.FAILED, failureCode: (failure.extensions.stripeCode as string | null) ?? null, failureMessage: failure.message.slice(0, 500) });
      await manager.save(topUp);
      if (idempotencyRecordKey) await this.idempotency.storeError(manager, idempotencyRecordKey, failure);
      await this.audit.record(manager, {
        actorUserId: null,
        action: AuditAction.TOP_UP_UPDATED,
        subjectType: 'TopUp',
        subjectId: topUp.id,
        amountMinor: topUp.amountMinor,
        currency: topUp.currency,
        details: { from: TopUpStatus.PENDING, to: TopUpStatus.FAILED, reason: failure.message },
      });
      afterCommit(() => this.pubSub.publish(Topic.TopUpUpdated, topUp));
    });
  }
}

/** The idempotency record of the createTopUp request that made a top-up. */
function topUpRecordKeyOf(idempotencyKey: string): string {
  return `createTopUp:${idempotencyKey}`;
}
