import { budget, type SharedBudgets } from '../rate-limits/budgets';
import type { AuditService } from '../audit/audit.service';
import type { LedgerService } from '../ledger/ledger.service';
import type { Config } from '../config/config';
import { IdempotencyService } from '../money-intents/idempotency.service';
import { KeyedLock } from '../money-intents/keyed-lock';
import { MoneyIntents } from '../money-intents/money-intents';
import { StatusMoves } from '../money-intents/move-status';
import { RecoveryJob } from '../money-intents/recovery-job';
import type { StripeDomainDependencies } from '../stripe/stripe-domain';
import type { WebhookHandlers } from '../webhooks/webhook-handler';
import type { WriterService } from '../writers/writer.service';
import { checkoutAction } from './checkout.action';
import { CheckoutService } from './checkout.service';
import { DisputeOutcomes } from './dispute-outcomes';
import { PaymentLedger } from './payment-ledger';
import { PaymentOutcomes } from './payment-outcomes';
import { PaymentLoaders } from './payment.loaders';
import { PaymentService } from './payment.service';
import { paymentWebhookHandlers } from './payment.webhooks';
import { RefundOutcomes } from './refund-outcomes';
import { RefundService } from './refund.service';
import { refundAction } from './refund.action';

const HOUR_SECONDS = 3600;

export interface PaymentDependencies extends StripeDomainDependencies {
  config: Pick<Config, 'payments' | 'frontendUrl' | 'money'>;
  writers: WriterService;
  audit: AuditService;
  /** Payments and refunds post to the platform's double-entry ledger. */
  ledger: LedgerService;
  /** The gateway's public base URL, known once it listens. */
  publicUrl: () => string;
  sharedBudgets?: SharedBudgets;
}

export interface PaymentServices {
  checkout: CheckoutService;
  payments: PaymentService;
  refunds: RefundService;
  loaders: PaymentLoaders;
  webhookHandlers: WebhookHandlers;
  /** Finishes refunds a crash or an unanswered call left pending; a background job of the gateway. */
  recovery: RecoveryJob;
}

/** Readers paying for answers: Checkout, the payments webhooks fulfil, refunds and disputes. */
export function createPaymentServices({
  config,
  database,
  stripe,
  pubSub,
  logger,
  writers,
  audit,
  ledger: books,
  publicUrl,
  sharedBudgets,
}: PaymentDependencies): PaymentServices {
  const idempotency = new IdempotencyService(database);
  const statuses = new StatusMoves(audit);
  const engine = { database, idempotency, trail: audit, logger };
  const ledger = new PaymentLedger(audit, books);
  const outcomes = new PaymentOutcomes(database, stripe, statuses, ledger, pubSub, logger, audit, idempotency);
  const refundOutcomes = new RefundOutcomes(database, statuses, outcomes, ledger, idempotency);
  // A payment's session and refunds lock on the payment's id.
  const locks = new KeyedLock();
  const checkoutIntents = new MoneyIntents({ ...engine, locks }, checkoutAction(stripe, outcomes));
  const refundIntents = new MoneyIntents({ ...engine, locks }, refundAction(database, stripe, refundOutcomes));
  const returnOrigins = () => [publicUrl(), config.frontendUrl].filter((url): url is string => Boolean(url)).map((url) => new URL(url).origin);
  const perAddress = budget('checkout-sessions', config.payments.checkoutSessionsPerAddressPerHour, HOUR_SECONDS, sharedBudgets);
  return {
    checkout: new CheckoutService(database, writers, idempotency, checkoutIntents, config.payments, returnOrigins, perAddress),
    payments: new PaymentService(database),
    refunds: new RefundService(database, refundIntents),
    loaders: new PaymentLoaders(database),
    webhookHandlers: paymentWebhookHandlers(stripe, outcomes, refundOutcomes, new DisputeOutcomes(database, statuses, outcomes, audit)),
    recovery: new RecoveryJob([{ name: 'refunds', run: () => refundIntents.recoverPending() }], config.money.recoveryIntervalMs, logger),
  };
}
