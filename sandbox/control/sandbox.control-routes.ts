import { balanceOf } from '../balance/balance.service';
import { parseParams } from '../http/params';
import type { SandboxRuntime } from '../sandbox.runtime';
import { describeChaos } from '../webhooks/webhook-delivery.model';
import type { ControlRoute } from '../http/control-route';

function summary(runtime: SandboxRuntime) {
  const { state, clock } = runtime.context;
  return {
    platform_account: state.platformAccountId,
    clock: { now: clock.nowSeconds(), offset_seconds: clock.offset },
    counts: {
      connected_accounts: state.accounts.size - 1,
      account_links: state.accountLinks.size,
      topups: state.topups.size,
      pending_topups: state.topups.values((topup) => topup.status === 'pending').length,
      transfers: state.transfers.size,
      payouts: state.payouts.size,
      pending_payouts: state.payouts.values((payout) => payout.status === 'pending').length,
      checkout_sessions: state.checkoutSessions.size,
      open_checkout_sessions: state.checkoutSessions.values((session) => session.status === 'open').length,
      payment_intents: state.paymentIntents.size,
      charges: state.charges.size,
      refunds: state.refunds.size,
      disputes: state.disputes.size,
      events: state.events.size,
      webhook_endpoints: state.webhookEndpoints.size,
      webhook_deliveries_pending: state.webhookDeliveries.values((delivery) => delivery.status === 'pending').length,
    },
    platform_balance: balanceOf(runtime.context, state.platformAccountId),
    faults: runtime.faults.list(),
    webhook_chaos: describeChaos(runtime.webhooks.chaos),
  };
}

export const sandboxControlRoutes: ControlRoute[] = [
  {
    method: 'GET',
    path: '/_sandbox/state',
    handler: (runtime) => summary(runtime),
  },
  {
    method: 'POST',
    path: '/_sandbox/reset',
    handler: (runtime, request) => {
      parseParams(request.params, {});
      runtime.reset();
      return summary(runtime);
    },
  },
];
