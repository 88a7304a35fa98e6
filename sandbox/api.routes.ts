import { accountLinkRoutes } from './account-links/account-link.routes';
import { accountRoutes } from './accounts/account.routes';
import { capabilityRoutes } from './accounts/capability.routes';
import { externalAccountRoutes } from './accounts/external-account.routes';
import { personRoutes } from './accounts/person.routes';
import { balanceRoutes } from './balance/balance.routes';
import { checkoutSessionRoutes } from './checkout/checkout-session.routes';
import { paymentPageRoutes } from './checkout/payment-page.routes';
import { customerRoutes } from './customers/customer.routes';
import { eventRoutes } from './events/event.routes';
import type { ApiRoute } from './http/api-route';
import { Router } from './http/router';
import { loginLinkRoutes } from './login-links/login-link.routes';
import { applicationFeeRoutes } from './payments/application-fee.routes';
import { chargeRoutes } from './payments/charge.routes';
import { disputeRoutes } from './payments/dispute.routes';
import { paymentIntentRoutes } from './payments/payment-intent.routes';
import { paymentMethodRoutes } from './payments/payment-method.routes';
import { refundRoutes } from './payments/refund.routes';
import { payoutRoutes } from './payouts/payout.routes';
import { productRoutes } from './products/product.routes';
import { topupRoutes } from './topups/topup.routes';
import { reversalRoutes } from './transfers/reversal.routes';
import { transferRoutes } from './transfers/transfer.routes';
import { webhookEndpointRoutes } from './webhooks/webhook-endpoint.routes';

/** Every `/v1` endpoint the sandbox serves. */
export function apiRouter(): Router<ApiRoute> {
  const router = new Router<ApiRoute>();
  const routes = [
    ...accountRoutes,
    ...loginLinkRoutes,
    ...capabilityRoutes,
    ...externalAccountRoutes,
    ...personRoutes,
    ...accountLinkRoutes,
    ...topupRoutes,
    ...transferRoutes,
    ...reversalRoutes,
    ...payoutRoutes,
    ...balanceRoutes,
    ...eventRoutes,
    ...webhookEndpointRoutes,
    ...productRoutes,
    ...customerRoutes,
    ...paymentMethodRoutes,
    ...paymentIntentRoutes,
    ...chargeRoutes,
    ...refundRoutes,
    ...disputeRoutes,
    ...applicationFeeRoutes,
    ...checkoutSessionRoutes,
    ...paymentPageRoutes,
  ];
  for (const route of routes) router.add(route.method, route.path, route);
  return router;
}
