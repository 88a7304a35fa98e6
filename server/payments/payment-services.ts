import type Stripe from 'stripe';
import { budget, type SharedBudgets } from '../rate-limits/budgets';
import type { AuditService } from '../audit/audit.service';
import type { LedgerService } from '../ledger/ledger.service';
import type { Config } from '../config/config';
import type { Database } from '../db/database';
import { IdempotencyService } from '../money-intents/idempotency.service';
import { RecoveryJob } from '../money-intents/recovery-job';
import type { Logger } from '../logging/logger';
import type { GatewayPubSub } from '../pubsub/pubsub';
import type { WebhookHandlers } from '../webhooks/webhook-handler';
import type { WriterService } from '../writers/writer.service';
import { CheckoutService } from './checkout.service';
import { DisputeOutcomes } from './dispute-outcomes';
import { PaymentLedger } from './payment-ledger';
import { PaymentOutcomes } from './payment-outcomes';
import { PaymentLoaders } from './payment.loaders';
import { PaymentService } from './payment.service';
import { paymentWebhookHandlers } from './payment.webhooks';
import { RefundOutcomes } from './refund-outcomes';
import { RefundService } from './refund.service';
import { RefundSubmission } from './refund-submission';

const HOUR_SECONDS = 3600;

export interface PaymentDependencies {
  config: Pick<Config, 'payments' | 'frontendUrl' | 'money'>;
  database: Database;
  stripe: Stripe;
  pubSub: GatewayPubSub;
  logger: Logger;
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
export function createPaymentServices({ config, database, stripe, pubSub, logger, writers, audit, ledger: books, publicUrl, sharedBudgets }: PaymentDependencies): PaymentServices {
  const idempotency = new IdempotencyService(database);
  const ledger = new PaymentLedger(audit, books);
  const outcomes = new PaymentOutcomes(database, stripe, ledger, audit, pubSub, logger);
  const refundOutcomes = new RefundOutcomes(database, outcomes, ledger, idempotency, audit);
  const submission = new RefundSubmission(database, stripe, refundOutcomes, logger);
  const returnOrigins = () => [publicUrl(), config.frontendUrl].filter((url): url is string => Boolean(url)).map((url) => new URL(url).origin);
  const perAddress = budget('checkout-sessions', config.payments.checkoutSessionsPerAddressPerHour, HOUR_SECONDS, sharedBudgets);
  return {
    checkout: new CheckoutService(database, stripe, writers, idempotency, audit, config.payments, returnOrigins, perAddress, pubSub, logger),
    payments: new PaymentService(database),
    refunds: new RefundService(database, idempotency, audit, submission, logger),
    loaders: new PaymentLoaders(database),
    webhookHandlers: paymentWebhookHandlers(stripe, outcomes, refundOutcomes, new DisputeOutcomes(database, outcomes, audit)),
    recovery: new RecoveryJob([{ name: 'refunds', run: () => submission.recoverPending() }], config.money.recoveryIntervalMs, logger),
  };
}
