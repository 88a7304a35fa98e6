/** Shapes shared by several Stripe objects. */
export type Metadata = Record<string, string>;

export interface StripeList<T> {
  object: 'list';
  url: string;
  has_more: boolean;
  data: T[];
}

export interface Address {
  city: string | null;
  country: string | null;
  line1: string | null;
  line2: string | null;
  postal_code: string | null;
  state: string | null;
}

export function emptyAddress(): Address {
  return { city: null, country: null, line1: null, line2: null, postal_code: null, state: null };
}

/** Stripe's currencies that the sandbox accepts (lower-case ISO codes). */
export const SUPPORTED_CURRENCIES = ['usd', 'eur', 'gbp', 'cad', 'aud', 'chf', 'dkk', 'nok', 'sek', 'nzd', 'sgd', 'hkd', 'jpy', 'mxn', 'pln', 'czk'] as const;
