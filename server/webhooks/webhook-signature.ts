import type Stripe from 'stripe';
import { isSignatureVerificationError } from '../stripe/stripe-errors';
import { WebhookRefusal } from './webhook-refusal';

export interface SignatureCheck {
  stripe: Stripe;
  /** The platform and Connect endpoints' secrets; a delivery may be signed with either. */
  secrets: string[];
  /** How far the signature's timestamp may be from now, either way. */
  toleranceSeconds: number;
}

/**
 * The delivery's parsed body once its signature is Stripe's (raw body into `constructEvent`).
 * The SDK refuses timestamps older than the tolerance only; one dated further in the future
 * is a signed request held back for later replay, so it is refused here too.
 */
export function verifiedPayload(rawBody: Buffer | undefined, header: string | undefined, check: SignatureCheck): unknown {
  if (!header) throw new WebhookRefusal('Webhook signature verification failed: missing Stripe-Signature header.');
  const payload = constructWithAnySecret(rawBody ?? Buffer.alloc(0), header, check);
  const aheadSeconds = signedAtSeconds(header) - Math.floor(Date.now() / 1000);
  // Written so that a timestamp that is not a number (NaN) is refused as well.
  if (!(aheadSeconds <= check.toleranceSeconds)) {
    throw new WebhookRefusal(`Webhook signature verification failed: the signature is dated more than ${check.toleranceSeconds} seconds in the future.`);
  }
  return payload;
}

function constructWithAnySecret(rawBody: Buffer, header: string, { stripe, secrets, toleranceSeconds }: SignatureCheck): unknown {
  for (const secret of secrets) {
    try {
      return stripe.webhooks.constructEvent(rawBody, header, secret, toleranceSeconds) as unknown;
    } catch (error) {
      if (isSignatureVerificationError(error)) continue;
      // The signature matched; what failed is reading the signed body.
      throw new WebhookRefusal(error instanceof SyntaxError ? 'The signed body is not JSON.' : 'The signed body is not a Stripe event.');
    }
  }
  throw new WebhookRefusal(`Webhook signature verification failed: no signing secret matches, or the signature is more than ${toleranceSeconds} seconds old.`);
}

/** The `t=` the SDK signed over: like its header parser, the last one in the header. */
function signedAtSeconds(header: string): number {
  const timestamps = header
    .split(',')
    .map((item) => item.split('='))
    .filter(([key]) => key === 't')
    .map(([, value = '']) => Number.parseInt(value, 10));
  return timestamps.at(-1) ?? Number.NaN;
}
