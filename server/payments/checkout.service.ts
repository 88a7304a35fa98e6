import { randomUUID } from 'node:crypto';
import type Stripe from 'stripe';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { AuditInput } from '../audit/audit.service';
import { type Config, applicationFeeMinor } from '../config/config';
import type { Database } from '../db/database';
import { AppError, ErrorCode, badUserInput } from '../errors/errors';
import { Role, type Viewer } from '../identity/viewer';
import { type IdempotencyService, requestHashOf } from '../money-intents/idempotency.service';
import { checkoutRecordKeyOf } from '../money-intents/idempotency-keys';
import type { MoneyIntents } from '../money-intents/money-intents';
import { isWithinKeyWindow } from '../money-intents/stripe-idempotency-window';
import { money } from '../money/money.type';
import { addressBudgetKey, consumeOrRefuse } from '../rate-limits/budgets';
import { stripeFailure } from '../stripe/stripe-errors';
import type { Writer } from '../writers/writer.entity';
import type { WriterService } from '../writers/writer.service';
import { PaymentStatus } from './payment-status';
import { Payment } from './payment.entity';
import type { CheckoutSession, CreateCheckoutSessionInput } from './payment.types';

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
  constructor(
    private readonly database: Database,
    private readonly writers: WriterService,
    private readonly idempotency: IdempotencyService,
    private readonly intents: MoneyIntents<Payment, Stripe.Checkout.Session, AuditInput>,
    private readonly policy: Config['payments'],
    /** Return addresses Stripe may send readers to: the gateway's and the frontend's origins. */
    private readonly returnOrigins: () => string[],
    private readonly perAddress: RateLimiterAbstract,
  ) {}

  async create(input: CreateCheckoutSessionInput, caller: CheckoutCaller): Promise<CheckoutSession> {
    // The platform's backend (CHECKOUT_WRITE) speaks for many readers; anyone else is counted per address.
    if (caller.viewer?.role !== Role.API_KEY)
      await consumeOrRefuse(this.perAddress, addressBudgetKey(caller.clientAddress), 'Too many checkout sessions from this address');
    const request = this.checkedRequest(input);
    const recordKey = checkoutRecordKeyOf(input.idempotencyKey);
    const requestHash = requestHashOf({ ...request });
    return this.idempotency.answerOnce(
      recordKey,
      requestHash,
      (paymentId) => this.replay(paymentId, recordKey),
      async () => {
        const writer = await this.writers.assertPayable(request.writerId);
        const payment = this.newPayment(request, writer, input.idempotencyKey, caller.viewer);
        return this.intents.locks.run(payment.id, async () => {
          const claim = { recordKey, requestHash, actorUserId: payment.createdByUserId ?? 'anonymous' };
          if (!(await this.intents.persist({ row: payment, claim }))) return undefined;
          await this.open(payment, recordKey);
          return this.sessionOf(payment.id);
        });
      },
    );
  }

  private checkedRequest(input: CreateCheckoutSessionInput): CheckoutRequest {
    const { minimumAmountMinor, maximumAmountMinor } = this.policy;
    const currency = input.currency.toLowerCase();
    if (input.amount < minimumAmountMinor || input.amount > maximumAmountMinor) {
      throw badUserInput(
        `amount must be between ${money(minimumAmountMinor, currency).formatted} and ${money(maximumAmountMinor, currency).formatted}.`,
        'amount',
      );
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

  /**
   * One call to Stripe with the row's key. A refusal fails the payment and answers every replay;
   * an unknown outcome leaves it OPEN for a retry of the request, with the same key.
   */
  private async open(payment: Payment, recordKey: string): Promise<void> {
    const attempt = await this.intents.submit(payment, recordKey);
    if (attempt.unanswered) throw stripeFailure(attempt.unanswered, 'open the Checkout page');
  }

  /** A recorded request's session; one whose Stripe answer was lost is asked for again with its key. */
  private async replay(paymentId: string, recordKey: string): Promise<CheckoutSession> {
    const payment = await this.intents.load(paymentId);
    if (!payment.stripeCheckoutSessionId) {
      if (!isWithinKeyWindow(payment.createdAt))
        throw new AppError(ErrorCode.StripeError, 'Stripe never confirmed this Checkout Session; start a new one with a new key.');
      await this.intents.locks.run(payment.id, async () => {
        const current = await this.intents.load(paymentId);
        if (!current.stripeCheckoutSessionId) await this.open(current, recordKey);
      });
    }
    return this.sessionOf(paymentId);
  }

  private async sessionOf(paymentId: string): Promise<CheckoutSession> {
    const payment = await this.database.manager.findOneByOrFail(Payment, { id: paymentId });
    return { id: payment.stripeCheckoutSessionId!, url: payment.checkoutUrl!, expiresAt: new Date(payment.expiresAtUnix! * 1000), payment };
  }
}
