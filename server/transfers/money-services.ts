import type Stripe from 'stripe';
import { AuditService } from '../audit/audit.service';
import { BalanceService } from '../balance/balance.service';
import { MoneyActivityService } from '../balance/money-activity';
import type { Config } from '../config/config';
import type { Database } from '../db/database';
import { IdempotencyService } from '../money-intents/idempotency.service';
import { RecoveryJob } from '../money-intents/recovery-job';
import type { Logger } from '../logger';
import type { GatewayPubSub } from '../pubsub/pubsub';
import { KeyedLock } from '../money-intents/keyed-lock';
import { MoneyIntents } from '../money-intents/money-intents';
import { StatusMoves } from '../money-intents/move-status';
import { TopUpAction } from '../topups/top-up.action';
import { TopUpOutcomes } from '../topups/top-up-outcomes';
import { TopUpService } from '../topups/top-up.service';
import { topUpWebhookHandlers } from '../topups/top-up.webhooks';
import type { WebhookHandlers } from '../webhooks/webhook-handler';
import type { WriterService } from '../writers/writer.service';
import { crashHook } from './crash-point';
import { TransferOutcomes } from './transfer-outcomes';
import { TransferRecovery } from './transfer-recovery';
import { TransferSubmission } from './transfer-submission';
import { MoneyLoaders } from './transfer.loaders';
import { TransferService } from './transfer.service';
import { transferWebhookHandlers } from './transfer.webhooks';
import { TransferListeners } from './transfer-listener';

export interface MoneyDependencies {
  config: Pick<Config, 'money'>;
  database: Database;
  stripe: Stripe;
  pubSub: GatewayPubSub;
  logger: Logger;
  writers: WriterService;
}

export interface MoneyServices {
  balance: BalanceService;
  activity: MoneyActivityService;
  topUps: TopUpService;
  transfers: TransferService;
  audit: AuditService;
  loaders: MoneyLoaders;
  /** Sends transfers to Stripe; payout runs send their items through it too. */
  submission: TransferSubmission;
  /** The ledger and payout items follow every transfer's change of state through these. */
  transferListeners: TransferListeners;
  webhookHandlers: WebhookHandlers;
  /** Finishes pending top-ups, transfers and reversals; a background job of the gateway. */
  recovery: RecoveryJob;
}

/** The money half of the composition root: top-ups, balance, transfers, their audit trail. */
export function createMoneyServices({ config, database, stripe, pubSub, logger, writers }: MoneyDependencies): MoneyServices {
  const idempotency = new IdempotencyService(database);
  const audit = new AuditService(database);
  const balance = new BalanceService(stripe);
  const crash = crashHook(config.money.crashAfter);
  const statuses = new StatusMoves(audit);
  const engine = { database, idempotency, trail: audit, logger };
  const topUpOutcomes = new TopUpOutcomes(database, statuses, idempotency, pubSub, logger);
  const topUpIntents = new MoneyIntents({ ...engine, locks: new KeyedLock() }, new TopUpAction(database, stripe, topUpOutcomes));
  const topUps = new TopUpService(database, stripe, idempotency, topUpIntents, topUpOutcomes, audit, pubSub);
  const transferListeners = new TransferListeners();
  const outcomes = new TransferOutcomes(database, idempotency, audit, pubSub, logger, transferListeners);
  const submission = new TransferSubmission(database, stripe, outcomes, crash, logger);
  const transfers = new TransferService(database, writers, balance, idempotency, audit, submission, pubSub, crash, logger, transferListeners);
  const transferRecovery = new TransferRecovery(database, submission, logger);
  const recovery = new RecoveryJob(
    [
      { name: 'top-ups', run: () => topUps.recoverPending() },
      { name: 'transfers', run: () => transferRecovery.recoverPending() },
    ],
    config.money.recoveryIntervalMs,
    logger,
  );
  return {
    balance,
    activity: new MoneyActivityService(database),
    topUps,
    transfers,
    audit,
    loaders: new MoneyLoaders(database),
    submission,
    transferListeners,
    webhookHandlers: { ...topUpWebhookHandlers(topUps), ...transferWebhookHandlers(stripe, outcomes) },
    recovery,
  };
}
