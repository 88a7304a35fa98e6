import type { WebhookHandlers } from '../webhooks/webhook-handler';
import type { PayoutService } from './payout.service';

/** payout.* on writers' connected accounts; the platform's own payouts are not ours to show. */
export function payoutWebhookHandlers(payouts: PayoutService): WebhookHandlers {
  const apply = payouts.applyEvent.bind(payouts);
  return {
    'payout.created': apply,
    'payout.updated': apply,
    'payout.paid': apply,
    'payout.failed': apply,
    'payout.canceled': apply,
    'payout.reconciliation_completed': apply,
  };
}
