import type { SandboxRuntime } from '../sandbox.runtime';

export interface ControlRequest {
  params: Record<string, unknown>;
  pathParams: Record<string, string>;
}

/** A `/_sandbox/` endpoint: returns the JSON answer (status 200) or throws a StripeError. */
export interface ControlRoute {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  handler: (runtime: SandboxRuntime, request: ControlRequest) => object;
}
