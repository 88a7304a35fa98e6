import { newId } from '../kernel/ids';

/**
 * - `error`: answer 500 before doing anything;
 * - `hang`: never answer, having done nothing;
 * - `error_after` / `hang_after`: do the work, then answer 500 / never answer
 *   ("Stripe did it but we never heard");
 * - `bad_gateway_after`: do the work, then answer 502 with an HTML page and no Stripe error
 *   body, as a proxy or load balancer in front of Stripe does;
 * - `rate_limited`: answer 429 `rate_limit` with `Stripe-Should-Retry: true`, having done nothing,
 *   as Stripe does past an account's request rate.
 *
 * With `every` = n, only every n-th matching request is faulted (a share of the traffic).
 */
export const FAULT_MODES = ['error', 'hang', 'error_after', 'hang_after', 'bad_gateway_after', 'rate_limited'] as const;
export type FaultMode = (typeof FAULT_MODES)[number];

export interface Fault {
  id: string;
  /** A path prefix such as `/v1/transfers`. */
  path: string;
  method: string | null;
  mode: FaultMode;
  remaining: number;
  /** Fault one matching request in this many. */
  every: number;
  /** Matching requests seen so far. */
  seen: number;
}

/** Faults armed through `/_sandbox/faults`, each for the next `count` matching API requests. */
export class FaultRegistry {
  private faults: Fault[] = [];

  add(input: { path: string; method: string | null; mode: FaultMode; count: number; every?: number }): Fault {
    const fault: Fault = {
      id: newId('fault', 12),
      path: input.path,
      method: input.method,
      mode: input.mode,
      remaining: input.count,
      every: input.every ?? 1,
      seen: 0,
    };
    this.faults.push(fault);
    return fault;
  }

  /** Consumes one use of the first fault matching this request, if any. */
  take(method: string, path: string): FaultMode | undefined {
    const fault = this.faults.find((candidate) => path.startsWith(candidate.path) && (!candidate.method || candidate.method === method));
    if (!fault) return undefined;
    fault.seen += 1;
    if (fault.seen % fault.every !== 0) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults = this.faults.filter((candidate) => candidate !== fault);
    return fault.mode;
  }

  list(): Fault[] {
    return [...this.faults];
  }

  clear(): void {
    this.faults = [];
  }
}
