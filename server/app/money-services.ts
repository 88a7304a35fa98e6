import type Stripe from 'stripe';
import { type AuditInput, AuditService } from '../audit/audit.service';
import { BalanceService } from '../balance/balance.service';
import { MoneyActivityService } from '../activity/money-activity';
import type { Config } from '../config/config';
import type { Database } from '../db/database';
import { IdempotencyService } from '../money-intents/idempotency.service';
import { RecoveryJob } from '../money-intents/recovery-job';
import type { Logger } from '../logging/logger';
import type { GatewayPubSub } from '../pubsub/pubsub';
import { KeyedLock } from '../money-intents/keyed-lock';
import { MoneyIntents } from '../money-intents/money-intents';
import { StatusMoves } from '../money-intents/move-status';
import { topUpAction } from '../topups/top-up.action';
import { TopUpOutcomes } from '../topups/top-up-outcomes';
import { TopUpService } from '../topups/top-up.service';
import { topUpWebhookHandlers } from '../topups/top-up.webhooks';
import type { WebhookHandlers } from '../webhooks/webhook-handler';
import type { WriterService } from '../writers/writer.service';
import { crashHook } from '../transfers/crash-point';
import { ReversalOutcomes } from '../transfers/reversal-outcomes';
import { transferReversalAction } from '../transfers/transfer-reversal.action';
import { TransferReversals } from '../transfers/transfer-reversals.service';
import { transferAction } from '../transfers/transfer.action';
import { TransferOutcomes } from '../transfers/transfer-outcomes';
import type { Transfer } from '../transfers/transfer.entity';
import { MoneyLoaders } from '../transfers/transfer.loaders';
import { TransferService } from '../transfers/transfer.service';
import { transferWebhookHandlers } from '../transfers/transfer.webhooks';
import { TransferListeners } from '../transfers/transfer-listener';

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
  transferIntents: MoneyIntents<Transfer, Stripe.Transfer, AuditInput>;
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
  const topUpIntents = new MoneyIntents({ ...engine, locks: new KeyedLock() }, topUpAction(stripe, topUpOutcomes));
  const topUps = new TopUpService(database, stripe, idempotency, topUpIntents, topUpOutcomes, audit, pubSub);
  const transferListeners = new TransferListeners();
  const reversalOutcomes = new ReversalOutcomes(database, statuses, idempotency, audit, pubSub, transferListeners);
  const outcomes = new TransferOutcomes(database, statuses, idempotency, reversalOutcomes, pubSub, logger, transferListeners);
  // A transfer and its reversals lock on the transfer's id.
  const transferLocks = new KeyedLock();
  const transferIntents = new MoneyIntents({ ...engine, locks: transferLocks }, transferAction(database, stripe, outcomes, crash, logger));
  const reversalIntents = new MoneyIntents({ ...engine, locks: transferLocks }, transferReversalAction(database, stripe, outcomes, reversalOutcomes));
  const reversals = new TransferReversals(database, reversalIntents);
  const transfers = new TransferService(database, writers, balance, idempotency, transferIntents, reversals, pubSub, crash, transferListeners);
  const recovery = new RecoveryJob(
    [
      { name: 'top-ups', run: () => topUps.recoverPending() },
      { name: 'transfers', run: () => transferIntents.recoverPending() },
      { name: 'reversals', run: () => reversalIntents.recoverPending() },
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
    transferIntents,
    transferListeners,
    webhookHandlers: { ...topUpWebhookHandlers(topUps), ...transferWebhookHandlers(stripe, outcomes) },
    recovery,
  };
}
