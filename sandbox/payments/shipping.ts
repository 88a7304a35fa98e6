import { param, required } from '../http/params';
import type { Shipping } from './payment-intent.model';

const address = param.object({
  city: param.string(),
  country: param.string(),
  line1: required(param.string()),
  line2: param.string(),
  postal_code: param.string(),
  state: param.string(),
});

export const shippingFields = param.object({
  address: required(address),
  name: required(param.string()),
  carrier: param.string(),
  phone: param.string(),
  tracking_number: param.string(),
});

/** Shipping as sent: absent address parts are stored as null, as Stripe answers them. */
export interface ShippingInput {
  name: string;
  address: { line1: string; city?: string | null; country?: string | null; line2?: string | null; postal_code?: string | null; state?: string | null };
  carrier?: string | null;
  phone?: string | null;
  tracking_number?: string | null;
}

export function shippingOf(input: ShippingInput | null | undefined): Shipping | null {
  if (!input) return null;
  const { address } = input;
  return {
    address: {
      city: address.city ?? null,
      country: address.country ?? null,
      line1: address.line1,
      line2: address.line2 ?? null,
      postal_code: address.postal_code ?? null,
      state: address.state ?? null,
    },
    carrier: input.carrier ?? null,
    name: input.name,
    phone: input.phone ?? null,
    tracking_number: input.tracking_number ?? null,
  };
}
