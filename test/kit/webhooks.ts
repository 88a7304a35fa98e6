import Stripe from 'stripe';

const webhooks = new Stripe('sk_test_signing').webhooks;

export interface DeliveryOptions {
  secret: string;
  /** Unix seconds the signature claims; now when unset. */
  timestamp?: number;
}

/**
 * Posts `payload` byte for byte to the gateway's webhook route, signed as Stripe signs it:
 * tests go through the real verification instead of bypassing it.
 */
export async function deliverSigned(url: string, payload: string, options: DeliveryOptions): Promise<{ status: number; body: any }> {
  const signature = webhooks.generateTestHeaderString({ payload, secret: options.secret, timestamp: options.timestamp });
  const response = await fetch(`${url}/webhooks/stripe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': signature },
    body: payload,
  });
  return { status: response.status, body: await response.json() };
}
