import type { ControlTarget } from '../http/control-route';
import type { FaultRegistry } from '../http/fault.registry';
import type { StateJournal } from '../state/state-journal';
import type { WebhookDispatcher } from '../webhooks/webhook.dispatcher';

/** What came due as the clock moved: ids of settled top-ups and payouts, and of payouts schedules made. */
export interface DueMoney {
  settledTopups: string[];
  settledPayouts: string[];
  scheduledPayouts: string[];
}

/** What the sandbox's own control endpoints (clock, faults, webhooks, state) work on: the runtime. */
export interface SandboxControls extends ControlTarget {
  readonly journal: StateJournal;
  readonly faults: FaultRegistry;
  readonly webhooks: WebhookDispatcher;
  /** Moves sandbox time forward; what comes due settles at once. */
  advanceClock(seconds: number): DueMoney;
  /** Back to an empty platform with the same id. */
  reset(): void;
}
