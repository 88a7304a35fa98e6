import type { SandboxContext } from '../kernel/sandbox.context';

/** A `/v1` request once authenticated and decoded. */
export interface ApiRequest {
  method: string;
  path: string;
  pathParams: Record<string, string>;
  /** Decoded form body (POST) or query string (GET, DELETE); `expand` excluded from checks. */
  params: Record<string, unknown>;
  expand: string[];
  /** The account whose API this is: the `Stripe-Account` header, else the platform. */
  accountId: string;
  /** The secret key the request was made with (errors quote it redacted, as Stripe does). */
  apiKey: string;
  /** The API version answers are rendered in: `Stripe-Version`, else the account's default. */
  version: string;
}

/** Returns the response body (status 200) or throws a StripeError. */
export type ApiHandler = (context: SandboxContext, request: ApiRequest) => object;

export interface ApiRoute {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  handler: ApiHandler;
  /** The object type answered (`transfer`, or `list:transfer`), which decides what `expand` may name. */
  returns?: string;
}
