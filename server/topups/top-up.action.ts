import type Stripe from 'stripe';
import { IsNull } from 'typeorm';
import { topUpStripeKeyOf } from '../money-intents/idempotency-keys';
import { firstOnStripe, type MoneyAction } from '../money-intents/money-action';
import type { TopUpOutcomes } from './top-up-outcomes';
import { TopUpStatus } from './top-up-status';
import { TopUp } from './top-up.entity';
import { topUpFacts, topUpParams, topUpsSince } from './top-up.stripe';

// How far back to search Stripe's top-ups for one whose creation we never heard about.
const LOOKUP_MARGIN_SECONDS = 600;

/** Adding funds, as the money engine sends, finds and recovers it. */
export function topUpAction(stripe: Stripe, outcomes: TopUpOutcomes): MoneyAction<TopUp, Stripe.Topup> {
  return {
    name: 'top-up',
    logKey: 'topUpId',
    entity: TopUp,
    outcomes,
    isPending: (topUp) => topUp.status === TopUpStatus.PENDING && !topUp.stripeTopUpId,
    recoverable: { status: TopUpStatus.PENDING, stripeTopUpId: IsNull() },
    stripeKeyOf: (topUp) => topUpStripeKeyOf(topUp.id),
    send: (topUp, idempotencyKey) => stripe.topups.create(topUpParams(topUp), { idempotencyKey }),
    refusal: 'add funds',
    applyAnswer: (stripeTopUp) => outcomes.applyStripeTopUp(stripeTopUp),
    findOnStripe: (topUp) => {
      const since = Math.floor(topUp.createdAt.getTime() / 1000) - LOOKUP_MARGIN_SECONDS;
      return firstOnStripe(stripe.topups.list(topUpsSince(since)), (candidate) => topUpFacts(candidate).topUpId === topUp.id);
    },
    neverReceived: 'Stripe never received this top-up within a day; nothing was debited. Send a new one.',
  };
}
