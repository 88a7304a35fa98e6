import type { AuditService } from '../audit/audit.service';
import type { SharedBudgets } from '../rate-limits/budgets';
import type { BalanceService } from '../balance/balance.service';
import type { Config } from '../config/config';
import type { Database } from '../db/database';
import type { LedgerService } from '../ledger/ledger.service';
import type { Logger } from '../logging/logger';
import type { GatewayPubSub } from '../pubsub/pubsub';
import { StripeRateBudget } from '../stripe/stripe-rate-budget';
import type Stripe from 'stripe';
import type { AuditInput } from '../audit/audit.service';
import type { MoneyIntents } from '../money-intents/money-intents';
import type { Transfer } from '../transfers/transfer.entity';
import type { TransferService } from '../transfers/transfer.service';
import { PayoutItemSender } from './payout-item-sender';
import { PayoutItemSync } from './payout-item-sync';
import { PayoutRunExecutor } from './payout-run-executor';
import { PayoutRunMoves } from './payout-run-moves';
import { PayoutRunService } from './payout-runs.service';
import { StatusMoves } from '../money-intents/move-status';

export interface PayoutRunDependencies {
  config: Pick<Config, 'payoutRuns'>;
  database: Database;
  ledger: LedgerService;
  balance: BalanceService;
  audit: AuditService;
  transfers: TransferService;
  transferIntents: MoneyIntents<Transfer, Stripe.Transfer, AuditInput>;
  pubSub: GatewayPubSub;
  logger: Logger;
  sharedBudgets?: SharedBudgets;
}

export interface PayoutRunServices {
  runs: PayoutRunService;
  /** A background job: executes runs with every other instance and resumes them after a crash. */
  executor: PayoutRunExecutor;
  /** Keeps items in step with their transfers (a transfer listener). */
  itemSync: PayoutItemSync;
}

/** The payout-run half of the composition root. */
export function createPayoutRunServices(dependencies: PayoutRunDependencies): PayoutRunServices {
  const { config, database, ledger, balance, audit, transfers, transferIntents, pubSub, logger } = dependencies;
  const statuses = new StatusMoves(audit);
  const budget = new StripeRateBudget(config.payoutRuns.stripeRequestsPerSecond, dependencies.sharedBudgets);
  const sender = new PayoutItemSender(database, transfers, transferIntents, statuses, ledger, budget, logger);
  // Each calls the other only later, at run time.
  const executor: PayoutRunExecutor = new PayoutRunExecutor(database, sender, statuses, (runId) => runs.publishProgress(runId), config.payoutRuns, logger);
  const moves = new PayoutRunMoves(database, statuses, balance, {
    publishProgress: (runId) => runs.publishProgress(runId),
    startExecuting: (runId) => executor.work(runId),
  });
  const runs: PayoutRunService = new PayoutRunService(database, ledger, audit, pubSub, moves);
  return { runs, executor, itemSync: new PayoutItemSync(statuses) };
}
