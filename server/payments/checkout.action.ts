import type Stripe from 'stripe';
import { AuditAction } from '../audit/audit-action';
import type { AuditInput, AuditService } from '../audit/audit.service';
import type { Database } from '../db/database';
import { lockedRow } from '../db/row-lock';
import type { AppError } from '../errors/errors';
import type { IdempotencyService } from '../money-intents/idempotency.service';
import { checkoutSessionStripeKeyOf } from '../money-intents/idempotency-keys';
import type { MoneyAction } from '../money-intents/money-action';
import type { StatusMoves } from '../money-intents/move-status';
import type { GatewayPubSub } from '../pubsub/pubsub';
import { stripeFailure } from '../stripe/stripe-errors';
import { checkoutSessionFacts, checkoutSessionParams } from './checkout-session.stripe';
import { PAYMENT_LIFECYCLE, PaymentStatus } from './payment-status';
import { Payment } from './payment.entity';
import { PaymentUpdated } from './payment.topics';

/**
 * Opening a reader's Checkout Session, as the money engine sends it. No money moves until the
 * reader pays, so nothing is recovered in the background: a retry of the request with its key
 * asks Stripe again with the row's key, which answers with the same session.
 */
export class CheckoutAction implements MoneyAction<Payment, Stripe.Checkout.Session> {
  readonly name = 'checkout session';
  readonly logKey = 'paymentId';
  readonly entity = Payment;
  readonly neverReceived = 'Stripe never confirmed this Checkout Session; start a new one with a new key.';

  constructor(
    private readonly database: Database,
    private readonly stripe: Stripe,
    private readonly statuses: StatusMoves<AuditInput>,
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService,
    private readonly pubSub: GatewayPubSub,
  ) {}

  isPending(payment: Payment): boolean {
    return !payment.stripeCheckoutSessionId && payment.status === PaymentStatus.OPEN;
  }

  lockKeyOf(payment: Payment): string {
    return payment.id;
  }

  stripeKeyOf(payment: Payment): string {
    return checkoutSessionStripeKeyOf(payment.id);
  }

  send(payment: Payment, idempotencyKey: string): Promise<Stripe.Checkout.Session> {
    return this.stripe.checkout.sessions.create(checkoutSessionParams(payment), { idempotencyKey });
  }

  async applyAnswer(session: Stripe.Checkout.Session): Promise<unknown> {
    const facts = checkoutSessionFacts(session);
    return this.database.transaction(async ({ manager, afterCommit }) => {
      const payment = (await lockedRow(manager, Payment, { id: facts.reference.paymentId! }))!;
      const opened = {
        stripeCheckoutSessionId: facts.stripeCheckoutSessionId,
        checkoutUrl: facts.url,
        expiresAtUnix: facts.expiresAtUnix,
        updatedAt: new Date(),
      };
      Object.assign(payment, opened);
      await manager.update(Payment, { id: payment.id }, opened);
      afterCommit(() => this.pubSub.publish(PaymentUpdated, payment));
      await this.audit.record(manager, {
        actorUserId: payment.createdByUserId,
        action: AuditAction.CHECKOUT_SESSION_CREATED,
        subjectType: 'Payment',
        subjectId: payment.id,
        amountMinor: payment.amountMinor,
        currency: payment.currency,
        details: { writerId: payment.writerId, stripeCheckoutSessionId: facts.stripeCheckoutSessionId, applicationFeeMinor: payment.applicationFeeMinor },
      });
    });
  }

  refusalOf(error: unknown): AppError {
    return stripeFailure(error, 'open the Checkout page');
  }

  /** Stripe refused: the payment fails, and every replay of the request answers with the refusal. */
  async applyRefusal(payment: Payment, refusal: AppError, recordKey?: string): Promise<void> {
    await this.database.transaction(async (transaction) => {
      const current = (await lockedRow(transaction.manager, Payment, { id: payment.id }))!;
      if (current.status === PaymentStatus.OPEN) {
        await this.statuses.moveStatus(transaction, {
          lifecycle: PAYMENT_LIFECYCLE,
          entity: Payment,
          row: current,
          to: PaymentStatus.FAILED,
          set: { failureMessage: refusal.message.slice(0, 500) },
        });
      }
      if (recordKey) await this.idempotency.storeError(transaction.manager, recordKey, refusal);
    });
  }
}
