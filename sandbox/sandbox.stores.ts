import { ACCOUNT_LINK_STORES } from './account-links/account-link.stores';
import { ACCOUNT_STORES } from './accounts/account.stores';
import { BALANCE_STORES } from './balance/balance.stores';
import { CHECKOUT_STORES } from './checkout/checkout.stores';
import { CUSTOMER_STORES } from './customers/customer.stores';
import { IDEMPOTENCY_STORES } from './http/idempotency.stores';
import { EVENT_STORES } from './kernel/event.stores';
import type { SandboxStore } from './kernel/sandbox.state';
import { LOGIN_LINK_STORES } from './login-links/login-link.stores';
import { OAUTH_STORES } from './oauth/oauth.stores';
import { PAYMENT_STORES } from './payments/payment.stores';
import { PAYOUT_STORES } from './payouts/payout.stores';
import { PRODUCT_STORES } from './products/product.stores';
import { TOPUP_STORES } from './topups/topup.stores';
import { TRANSFER_STORES } from './transfers/transfer.stores';
import { WEBHOOK_STORES } from './webhooks/webhook.stores';

/**
 * The registry: every store the sandbox keeps, each declared once beside its resource. The
 * state, the state file, a reset, `expand[]`, balance transaction sources and the state summary
 * (in this order) all read it; a store missing here is refused the first time it is used.
 */
export const SANDBOX_STORES: readonly SandboxStore[] = [
  ...ACCOUNT_STORES,
  ...ACCOUNT_LINK_STORES,
  ...LOGIN_LINK_STORES,
  ...TOPUP_STORES,
  ...TRANSFER_STORES,
  ...PAYOUT_STORES,
  ...BALANCE_STORES,
  ...CHECKOUT_STORES,
  ...PRODUCT_STORES,
  ...CUSTOMER_STORES,
  ...PAYMENT_STORES,
  ...EVENT_STORES,
  ...WEBHOOK_STORES,
  ...IDEMPOTENCY_STORES,
  ...OAUTH_STORES,
];
