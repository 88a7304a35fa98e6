import { accountControlRoutes } from '../accounts/account.control-routes';
import { checkoutControlRoutes } from '../checkout/checkout.control-routes';
import type { ControlRoute } from '../http/control-route';
import { Router } from '../http/router';
import { oauthControlRoutes } from '../oauth/oauth.control-routes';
import { disputeControlRoutes } from '../payments/dispute.control-routes';
import { payoutControlRoutes } from '../payouts/payout.control-routes';
import { topupControlRoutes } from '../topups/topup.control-routes';
import { clockControlRoutes } from './clock.control-routes';
import { faultControlRoutes } from './fault.control-routes';
import type { SandboxControls } from './sandbox-controls';
import { sandboxControlRoutes } from './sandbox.control-routes';
import { webhookControlRoutes } from './webhook.control-routes';

/** Every `/_sandbox/` endpoint (tests and demos drive the sandbox through these). */
export function controlRouter(): Router<ControlRoute<SandboxControls>> {
  const router = new Router<ControlRoute<SandboxControls>>();
  const routes = [
    ...accountControlRoutes,
    ...topupControlRoutes,
    ...payoutControlRoutes,
    ...clockControlRoutes,
    ...faultControlRoutes,
    ...webhookControlRoutes,
    ...sandboxControlRoutes,
    ...oauthControlRoutes,
    ...checkoutControlRoutes,
    ...disputeControlRoutes,
  ];
  for (const route of routes) router.add(route.method, route.path, route);
  return router;
}
