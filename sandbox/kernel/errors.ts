/** Stripe's error `type` values (a 401 is an `invalid_request_error` too, as on Stripe). */
export type StripeErrorType = 'api_error' | 'card_error' | 'idempotency_error' | 'invalid_request_error';

export interface StripeErrorBody {
  type: StripeErrorType;
  code?: string;
  message: string;
  param?: string;
  doc_url?: string;
  request_log_url?: string;
}

interface StripeErrorOptions {
  status: number;
  type?: StripeErrorType;
  code?: string;
  param?: string;
  /** A malformed request never starts executing, so Stripe keeps no idempotent result for it. */
  isValidation?: boolean;
}

/** A refusal answered with Stripe's error JSON and status code. */
export class StripeError extends Error {
  readonly status: number;
  readonly type: StripeErrorType;
  readonly code?: string;
  readonly param?: string;
  readonly isValidation: boolean;

  constructor(message: string, options: StripeErrorOptions) {
    super(message);
    this.status = options.status;
    this.type = options.type ?? 'invalid_request_error';
    this.code = options.code;
    this.param = options.param;
    this.isValidation = options.isValidation ?? false;
  }

  toBody(): { error: StripeErrorBody } {
    const body: StripeErrorBody = { type: this.type, message: this.message };
    if (this.code) {
      body.code = this.code;
      body.doc_url = `https://stripe.com/docs/error-codes/${this.code.replace(/_/g, '-')}`;
    }
    if (this.param) body.param = this.param;
    return { error: body };
  }
}

/** A malformed parameter: 400, never stored as an idempotent result. */
export function invalidParam(message: string, param: string, code?: string): StripeError {
  return new StripeError(message, { status: 400, code, param, isValidation: true });
}

/** A well-formed request that the current state refuses (balance, capability, status…). */
export function invalidRequest(message: string, options: { code?: string; param?: string } = {}): StripeError {
  return new StripeError(message, { status: 400, ...options });
}

export function missingParam(param: string): StripeError {
  return invalidParam(`Missing required param: ${param}.`, param, 'parameter_missing');
}

/** An object named in the path that does not exist (or is not visible to the caller). */
export function noSuchResource(kind: string, id: string, param = 'id'): StripeError {
  return new StripeError(`No such ${kind}: '${id}'`, { status: 404, code: 'resource_missing', param });
}

/** An object named in a parameter that does not exist: Stripe answers 400 here, not 404. */
export function noSuchParamResource(kind: string, id: string, param: string): StripeError {
  return new StripeError(`No such ${kind}: '${id}'`, { status: 400, code: 'resource_missing', param });
}

export function unknownRoute(method: string, path: string): StripeError {
  return new StripeError(`Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`, {
    status: 404,
  });
}
