import type Stripe from 'stripe';
import { IsNull } from 'typeorm';
import type { Database } from '../db/database';
import type { AppError } from '../errors/errors';
import { topUpStripeKeyOf } from '../money-intents/idempotency-keys';
import type { MoneyAction } from '../money-intents/money-action';
import { stripeFailure } from '../stripe/stripe-errors';
import type { TopUpOutcomes } from './top-up-outcomes';
import { TopUpStatus } from './top-up-status';
import { TopUp } from './top-up.entity';
import { topUpFacts, topUpParams, topUpsSince } from './top-up.stripe';

// How far back to search Stripe's top-ups for one whose creation we never heard about.
const LOOKUP_MARGIN_SECONDS = 600;

/** Adding funds, as the money engine sends, finds and recovers it. */
export class TopUpAction implements MoneyAction<TopUp, Stripe.Topup> {
  readonly name = 'top-up';
  readonly logKey = 'topUpId';
  readonly entity = TopUp;
  readonly neverReceived = 'Stripe never received this top-up within a day; nothing was debited. Send a new one.';

  constructor(
    private readonly database: Database,
    private readonly stripe: Stripe,
    private readonly outcomes: TopUpOutcomes,
  ) {}

  isPending(topUp: TopUp): boolean {
    return topUp.status === TopUpStatus.PENDING && !topUp.stripeTopUpId;
  }

  lockKeyOf(topUp: TopUp): string {
    return topUp.id;
  }

  stripeKeyOf(topUp: TopUp): string {
    return topUpStripeKeyOf(topUp.id);
  }

  send(topUp: TopUp, idempotencyKey: string): Promise<Stripe.Topup> {
    return this.stripe.topups.create(topUpParams(topUp), { idempotencyKey });
  }

  async findOnStripe(topUp: TopUp): Promise<Stripe.Topup | undefined> {
    const since = Math.floor(topUp.createdAt.getTime() / 1000) - LOOKUP_MARGIN_SECONDS;
    for await (const candidate of this.stripe.topups.list(topUpsSince(since))) {
      if (topUpFacts(candidate).topUpId === topUp.id) return candidate;
    }
    return undefined;
  }

  applyAnswer(stripeTopUp: Stripe.Topup): Promise<unknown> {
    return this.outcomes.applyStripeTopUp(stripeTopUp);
  }

  refusalOf(error: unknown): AppError {
    return stripeFailure(error, 'add funds');
  }

  applyRefusal(topUp: TopUp, refusal: AppError, recordKey?: string): Promise<void> {
    return this.outcomes.refused(topUp.id, refusal, recordKey);
  }

  pending(limit: number): Promise<TopUp[]> {
    return this.database.manager.find(TopUp, { where: { status: TopUpStatus.PENDING, stripeTopUpId: IsNull() }, order: { createdAt: 'ASC' }, take: limit });
  }
}
