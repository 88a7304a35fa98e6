import type { AuditService } from '../audit/audit.service';
import type { StripeDomainDependencies } from '../stripe/stripe-domain';
import type { WebhookHandlers } from '../webhooks/webhook-handler';
import type { WriterService } from '../writers/writer.service';
import { ConnectedBalances } from './connected-balance';
import { PayoutScheduleService } from './payout-schedule.service';
import { StatusMoves } from '../money-intents/move-status';
import { PayoutService } from './payout.service';
import { payoutWebhookHandlers } from './payout.webhooks';

export interface PayoutDependencies extends StripeDomainDependencies {
  writers: WriterService;
  audit: AuditService;
}

export interface PayoutServices {
  payouts: PayoutService;
  schedules: PayoutScheduleService;
  balances: ConnectedBalances;
  webhookHandlers: WebhookHandlers;
}

/** After the transfer: writers' balances, their payouts to the bank and payout schedules. */
export function createPayoutServices({ database, stripe, pubSub, logger, writers, audit }: PayoutDependencies): PayoutServices {
  const payouts = new PayoutService(database, stripe, audit, new StatusMoves(audit), pubSub, logger);
  return {
    payouts,
    schedules: new PayoutScheduleService(database, stripe, writers, audit),
    balances: new ConnectedBalances(stripe),
    webhookHandlers: payoutWebhookHandlers(payouts),
  };
}
