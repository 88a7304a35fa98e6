import type { SandboxContext } from '../kernel/sandbox.context';

export interface ControlRequest {
  params: Record<string, unknown>;
  pathParams: Record<string, string>;
}

/** What most control endpoints need of the runtime: the context services work on. */
export interface ControlTarget {
  readonly context: SandboxContext;
}

/**
 * A `/_sandbox/` endpoint: returns the JSON answer (status 200) or throws a StripeError. Its
 * handler is given the runtime, as far as `Target` describes it.
 */
export interface ControlRoute<Target extends ControlTarget = ControlTarget> {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  handler: (runtime: Target, request: ControlRequest) => object;
}
