import { randomUUID } from 'node:crypto';
import type Stripe from 'stripe';
import { AuditAction } from '../audit/audit-action';
import type { AuditInput, AuditService } from '../audit/audit.service';
import type { Viewer } from '../identity/viewer';
import type { Database } from '../db/database';
import { StatusReads } from '../graphql/reads';
import { AppError, ErrorCode, badUserInput } from '../errors/errors';
import { type IdempotencyService, requestHashOf } from '../money-intents/idempotency.service';
import { topUpRecordKeyOf } from '../money-intents/idempotency-keys';
import type { MoneyIntents } from '../money-intents/money-intents';
import type { GatewayPubSub } from '../pubsub/pubsub';
import { TopUpUpdated } from './top-up.topics';
import { isUnknownOutcome, stripeFailure } from '../stripe/stripe-errors';
import type { TopUpOutcomes } from './top-up-outcomes';
import { TopUpStatus } from './top-up-status';
import { TopUp } from './top-up.entity';
import { payoutScheduleOf } from '../money/payout-schedule.stripe';
import type { CreateTopUpInput } from './top-up.types';

type TopUpRequest = Pick<TopUp, 'amountMinor' | 'currency' | 'description' | 'statementDescriptor' | 'source'>;

/**
 * Top-ups: the intent row is committed before Stripe is called (key derived from the row), so a
 * crash or a timeout leaves a row the recovery pass finishes instead of a second debit. Status
 * then follows Stripe's events; settlement takes days.
 */
export class TopUpService extends StatusReads<TopUp> {
  constructor(
    private readonly database: Database,
    private readonly stripe: Stripe,
    private readonly idempotency: IdempotencyService,
    private readonly intents: MoneyIntents<TopUp, Stripe.Topup, AuditInput>,
    private readonly outcomes: TopUpOutcomes,
    private readonly audit: AuditService,
    private readonly pubSub: GatewayPubSub,
  ) {
    super(database, { entity: TopUp, alias: 'topUp', what: 'Top-up' });
  }

  async create(input: CreateTopUpInput, actor: Viewer): Promise<TopUp> {
    const request: TopUpRequest = {
      amountMinor: input.amount,
      currency: input.currency.toLowerCase(),
      description: input.description?.trim() || null,
      statementDescriptor: input.statementDescriptor?.trim() || null,
      source: input.source ?? null,
    };
    const recordKey = topUpRecordKeyOf(input.idempotencyKey);
    const requestHash = requestHashOf(request);
    return this.idempotency.answerOnce(
      recordKey,
      requestHash,
      (topUpId) => this.replay(topUpId),
      async () => {
        await this.assertManualPayouts();
        const topUp = this.newTopUp(request, input.idempotencyKey, actor);
        // Locked before the row exists, so the recovery pass cannot pick it up between commit and call.
        return this.intents.locks.run(topUp.id, async () => {
          const claim = { recordKey, requestHash, actorUserId: actor.userId };
          if (!(await this.intents.persist({ row: topUp, claim, audit: requested, publish: (row) => this.pubSub.publish(TopUpUpdated, row) })))
            return undefined;
          await this.intents.submit(topUp, recordKey);
          return this.byId(topUp.id);
        });
      },
    );
  }

  private newTopUp(request: TopUpRequest, idempotencyKey: string, actor: Viewer): TopUp {
    return this.database.manager.create(TopUp, {
      ...request,
      id: randomUUID(),
      stripeTopUpId: null,
      status: TopUpStatus.PENDING,
      expectedAvailabilityDate: null,
      failureCode: null,
      failureMessage: null,
      idempotencyKey,
      createdByUserId: actor.userId,
      createdAt: new Date(),
      updatedAt: new Date(),
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
    const interval = payoutScheduleOf(account)?.interval;
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
    return (await this.outcomes.applyStripeTopUp(canceled))!;
  }

  /** What Stripe says about a top-up (webhooks, answers). Null when it is not one of ours. */
  applyStripeTopUp(stripeTopUp: Stripe.Topup): Promise<TopUp | null> {
    return this.outcomes.applyStripeTopUp(stripeTopUp);
  }

  /** Finishes top-ups whose creation Stripe never confirmed (a crash, a timeout, a 5xx). */
  recoverPending(): Promise<void> {
    return this.intents.recoverPending();
  }

  /** A recorded request's top-up; one still unconfirmed is driven on (same Stripe key) first. */
  private async replay(topUpId: string): Promise<TopUp> {
    const topUp = await this.byId(topUpId);
    if (topUp.stripeTopUpId || topUp.status !== TopUpStatus.PENDING) return topUp;
    await this.intents.finishLocked(topUp);
    return this.byId(topUpId);
  }

  private async refresh(stripeTopUpId: string): Promise<TopUp | null> {
    return this.outcomes.applyStripeTopUp(await this.stripe.topups.retrieve(stripeTopUpId));
  }
}

function requested(topUp: TopUp): AuditInput {
  return {
    actorUserId: topUp.createdByUserId,
    action: AuditAction.TOP_UP_REQUESTED,
    subjectType: 'TopUp',
    subjectId: topUp.id,
    amountMinor: topUp.amountMinor,
    currency: topUp.currency,
    details: { idempotencyKey: topUp.idempotencyKey, statementDescriptor: topUp.statementDescriptor, source: topUp.source },
  };
}
