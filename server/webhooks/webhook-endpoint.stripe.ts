import type Stripe from 'stripe';

const ENDPOINT_DESCRIPTION = 'payouts-gateway';

/**
 * With the embedded sandbox, the gateway registers its own webhook endpoints at start (one for
 * the platform's events, one for connected accounts') and keeps the secrets they return.
 */
export async function registerSandboxEndpoints(stripe: Stripe, url: string): Promise<string[]> {
  const existing = await stripe.webhookEndpoints.list({ limit: 100 });
  for (const endpoint of existing.data) {
    if (endpoint.url === url && endpoint.description === ENDPOINT_DESCRIPTION) await stripe.webhookEndpoints.del(endpoint.id);
  }
  const platform = await stripe.webhookEndpoints.create(endpointParams(url, false));
  const connect = await stripe.webhookEndpoints.create(endpointParams(url, true));
  return [platform.secret!, connect.secret!];
}

/** Every event, for the platform's own objects or (connect) for its connected accounts'. */
function endpointParams(url: string, connect: boolean): Stripe.WebhookEndpointCreateParams {
  return { url, enabled_events: ['*'], ...(connect ? { connect: true } : {}), description: ENDPOINT_DESCRIPTION };
}
