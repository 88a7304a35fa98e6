import { randomUUID } from 'node:crypto';
import type Stripe from 'stripe';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { AuditAction } from '../audit/audit-action';
import type { AuditService } from '../audit/audit.service';
import { addressBudgetKey, consumeOrRefuse } from '../rate-limits/budgets';
import { Role, type Viewer } from '../identity/viewer';
import { money } from '../money/money.type';
import { type Config, applicationFeeMinor } from '../config/config';
import type { Database } from '../db/database';
import { insertRow } from '../db/insert-row';
import { isUniqueViolation } from '../db/unique-violation';
import { AppError, ErrorCode, badUserInput } from '../errors/errors';
import { type IdempotencyService, requestHashOf } from '../money-intents/idempotency.service';
import { KeyedLock } from '../money-intents/keyed-lock';
import { STRIPE_IDEMPOTENCY_WINDOW_MS } from '../money-intents/stripe-idempotency-window';
import type { Logger } from '../logging/logger';
import type { GatewayPubSub } from '../pubsub/pubsub';
import { isUnknownOutcome, stripeFailure } from '../stripe/stripe-errors';
import type { Writer } from '../writers/writer.entity';
import type { WriterService } from '../writers/writer.service';
import { PaymentStatus } from './payment-status';
import { Payment, checkoutRecordKeyOf, checkoutSessionStripeKeyOf } from './payment.entity';
import type { CheckoutSession, CreateCheckoutSessionInput } from './payment.types';
import { PaymentUpdated } from './payment.topics';

export interface CheckoutCaller {
  viewer: Viewer | null;
  clientAddress: string;
}

interface CheckoutRequest {
  writerId: string;
  amountMinor: number;
  currency: string;
  description: string | null;
  successUrl: string;
  cancelUrl: string;
}

/**
 * Starts a reader's payment: the OPEN payment row and the idempotency record commit before
 * Stripe is called with a key derived from the row, so a retry finds the same Checkout Session.
 * The session is a destination charge to the writer with the platform's application fee.
 */
export class CheckoutService {
  private readonly locks = new KeyedLock();

  constructor(
    private readonly database: Database,
    private readonly stripe: Stripe,
    private readonly writers: WriterService,
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService,
    private readonly policy: Config['payments'],
    /** Return addresses Stripe may send readers to: the gateway's and the frontend's origins. */
    private readonly returnOrigins: () => string[],
    private readonly perAddress: RateLimiterAbstract,
    private readonly pubSub: GatewayPubSub,
    private readonly logger: Logger,
  ) {}

  async create(input: CreateCheckoutSessionInput, caller: CheckoutCaller): Promise<CheckoutSession> {
    // The platform's backend (CHECKOUT_WRITE) speaks for many readers; anyone else is counted per address.
    if (caller.viewer?.role !== Role.API_KEY) await consumeOrRefuse(this.perAddress, addressBudgetKey(caller.clientAddress), 'Too many checkout sessions from this address');
    const request = this.checkedRequest(input);
    const key = checkoutRecordKeyOf(input.idempotencyKey);
    const requestHash = requestHashOf({ ...request });
    return this.idempotency.singleFlight(key, requestHash, async () => {
      const replayed = await this.replay(key, requestHash);
      if (replayed) return replayed;
      let writer: Writer;
      try {
        writer = await this.writers.assertPayable(request.writerId);
      } catch (error) {
        const replayedNow = await this.replay(key, requestHash);
        if (replayedNow) return replayedNow;
        throw error;
      }
      const payment = this.newPayment(request, writer, input.idempotencyKey, caller.viewer);
      const created = await this.locks.run(payment.id, async () => {
        if (!(await this.persistIntent(payment, key, requestHash))) return false;
        await this.openSession(payment, key);
        return true;
      });
      return created ? this.sessionOf(payment.id) : (await this.replay(key, requestHash))!;
    });
  }

  private checkedRequest(input: CreateCheckoutSessionInput): CheckoutRequest {
    const { minimumAmountMinor, maximumAmountMinor } = this.policy;
    const currency = input.currency.toLowerCase();
    if (input.amount < minimumAmountMinor || input.amount > maximumAmountMinor) {
      throw badUserInput(`amount must be between ${money(minimumAmountMinor, currency).formatted} and ${money(maximumAmountMinor, currency).formatted}.`, 'amount');
    }
    return {
      writerId: input.writerId,
      amountMinor: input.amount,
      currency,
      description: input.description?.trim() || null,
      successUrl: this.checkedReturnUrl(input.successUrl, 'successUrl'),
      cancelUrl: this.checkedReturnUrl(input.cancelUrl, 'cancelUrl'),
    };
  }

  /** Sent to Stripe exactly as given ({CHECKOUT_SESSION_ID} stays as it is); only its origin is checked. */
  private checkedReturnUrl(value: string, field: string): string {
    let origin: string;
    try {
      const url = new URL(value);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('not http');
      origin = url.origin;
    } catch {
      throw badUserInput(`${field} must be an absolute http(s) URL.`, field);
    }
    const allowed = this.returnOrigins();
    if (!allowed.includes(origin)) throw badUserInput(`${field} must be on ${allowed.join(' or ')}.`, field);
    return value;
  }

  private newPayment(request: CheckoutRequest, writer: Writer, idempotencyKey: string, viewer: Viewer | null): Payment {
    return this.database.manager.create(Payment, {
      id: randomUUID(),
      writerId: writer.id,
      destinationAccountId: writer.stripeAccountId!,
      amountMinor: request.amountMinor,
      applicationFeeMinor: applicationFeeMinor(request.amountMinor, this.policy.applicationFeePercent, this.policy.applicationFeeFixedMinor),
      amountRefundedMinor: 0,
      currency: request.currency,
      status: PaymentStatus.OPEN,
      description: request.description ?? `An answer by ${writer.displayName}`,
      stripeCheckoutSessionId: null,
      checkoutUrl: null,
      expiresAtUnix: null,
      stripePaymentIntentId: null,
      stripeChargeId: null,
      stripeTransferId: null,
      stripeApplicationFeeId: null,
      failureMessage: null,
      idempotencyKey,
      createdByUserId: viewer?.userId ?? null,
      successUrl: request.successUrl,
      cancelUrl: request.cancelUrl,
      paidAt: null,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
  }

  /** False when another request claimed the key first. */
  private async persistIntent(payment: Payment, key: string, requestHash: string): Promise<boolean> {
    try {
      await this.database.transaction(async ({ manager }) => {
        await this.idempotency.claim(manager, { key, requestHash, subjectId: payment.id, actorUserId: payment.createdByUserId ?? 'anonymous' });
        await insertRow(manager, Payment, payment);
      });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /**
   * One call to Stripe, always with the key derived from the row. A refusal fails the payment
   * and answers every replay; an unknown outcome leaves it OPEN for a retry with the same key.
   */
  private async openSession(payment: Payment, recordKey: string): Promise<void> {
    let session: Stripe.Checkout.Session;
    try {
      session = await this.stripe.checkout.sessions.create(sessionParams(payment), { idempotencyKey: checkoutSessionStripeKeyOf(payment.id) });
    } catch (error) {
      const failure = stripeFailure(error, 'open the Checkout page');
      if (isUnknownOutcome(error)) {
        this.logger.warn({ err: error, paymentId: payment.id }, 'checkout session outcome unknown; a retry with the same key finishes it');
        throw failure;
      }
      await this.database.transaction(async ({ manager }) => {
        await manager.update(Payment, { id: payment.id }, { status: PaymentStatus.FAILED, failureMessage: failure.message.slice(0, 500) });
        await this.idempotency.storeError(manager, recordKey, failure);
      });
      throw failure;
    }
    await this.database.transaction(async ({ manager, afterCommit }) => {
      Object.assign(payment, { stripeCheckoutSessionId: session.id, checkoutUrl: session.url, expiresAtUnix: session.expires_at, updatedAt: new Date() });
      await manager.update(Payment, { id: payment.id }, { stripeCheckoutSessionId: session.id, checkoutUrl: session.url, expiresAtUnix: session.expires_at, updatedAt: payment.updatedAt });
      afterCommit(() => this.pubSub.publish(PaymentUpdated, payment));
      await this.audit.record(manager, {
        actorUserId: payment.createdByUserId,
        action: AuditAction.CHECKOUT_SESSION_CREATED,
        subjectType: 'Payment',
        subjectId: payment.id,
        amountMinor: payment.amountMinor,
        currency: payment.currency,
        details: { writerId: payment.writerId, stripeCheckoutSessionId: session.id, applicationFeeMinor: payment.applicationFeeMinor },
      });
    });
  }

  /** A finished request's session; one whose Stripe answer was lost is asked for again with its key. */
  private async replay(key: string, requestHash: string): Promise<CheckoutSession | undefined> {
    const paymentId = await this.idempotency.replay(key, requestHash);
    if (!paymentId) return undefined;
    const payment = await this.database.manager.findOneByOrFail(Payment, { id: paymentId });
    if (!payment.stripeCheckoutSessionId) {
      if (Date.now() - payment.createdAt.getTime() >= STRIPE_IDEMPOTENCY_WINDOW_MS) {
        throw new AppError(ErrorCode.StripeError, 'Stripe never confirmed this Checkout Session; start a new one with a new key.');
      }
      await this.locks.run(payment.id, async () => {
        const current = await this.database.manager.findOneByOrFail(Payment, { id: paymentId });
        if (!current.stripeCheckoutSessionId) await this.openSession(current, key);
      });
    }
    return this.sessionOf(paymentId);
  }

  private async sessionOf(paymentId: string): Promise<CheckoutSession> {
    const payment = await this.database.manager.findOneByOrFail(Payment, { id: paymentId });
    return { id: payment.stripeCheckoutSessionId!, url: payment.checkoutUrl!, expiresAt: new Date(payment.expiresAtUnix! * 1000), payment };
  }
}

// Beside cards, methods that confirm later (checkout.session.async_payment_*), where Stripe offers them.
const PAYMENT_METHODS_BY_CURRENCY: Readonly<Record<string, string[]>> = { eur: ['card', 'sepa_debit'] };

/** A destination charge: the whole amount goes to the writer's account, the fee comes back to the platform. */
function sessionParams(payment: Payment): Stripe.Checkout.SessionCreateParams {
  const metadata = { payment_id: payment.id, writer_id: payment.writerId };
  return {
    mode: 'payment',
    line_items: [{ quantity: 1, price_data: { currency: payment.currency, unit_amount: payment.amountMinor, product_data: { name: payment.description! } } }],
    success_url: payment.successUrl,
    cancel_url: payment.cancelUrl,
    client_reference_id: payment.id,
    metadata,
    ...(PAYMENT_METHODS_BY_CURRENCY[payment.currency] ? { payment_method_types: PAYMENT_METHODS_BY_CURRENCY[payment.currency] } : {}),
    payment_intent_data: {
      application_fee_amount: payment.applicationFeeMinor,
      transfer_data: { destination: payment.destinationAccountId },
      description: payment.description!,
      metadata,
    },
  };
}
