import { newPlatformAccount } from './accounts/account.factory';
import { SandboxClock } from './clock';
import { FaultRegistry } from './control/fault.registry';
import { pruneIdempotencyKeys } from './http/idempotency';
import { newId } from './ids';
import { NO_ORIGIN, type SandboxContext, type SandboxLogger } from './sandbox.context';
import { emptyState, restoreState, serializeState, type SandboxState } from './state/sandbox.state';
import { StateFile } from './state/state-file';
import { settleDueTopups } from './topups/topup.service';
import type { DeliverySettings } from './webhooks/webhook-delivery.model';
import { WebhookDispatcher } from './webhooks/webhook.dispatcher';

export interface RuntimeSettings {
  settleDelaySeconds: number;
  settleCheckIntervalMs: number;
  apiVersion: string;
  stateFile?: string;
  delivery: DeliverySettings;
  logger: SandboxLogger;
}

const IDEMPOTENCY_PRUNE_INTERVAL_MS = 60_000;

/** The sandbox's moving parts: state, clock, faults, webhook delivery, timers and persistence. */
export class SandboxRuntime {
  readonly context: SandboxContext;
  readonly faults = new FaultRegistry();
  readonly webhooks: WebhookDispatcher;
  private readonly stateFile?: StateFile;
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(settings: RuntimeSettings) {
    const clock = new SandboxClock();
    this.stateFile = settings.stateFile
      ? new StateFile(settings.stateFile, () => serializeState(this.context.state, clock.offset), settings.logger)
      : undefined;
    const saved = this.stateFile?.load();
    if (saved) clock.reset(saved.clockOffsetSeconds);
    this.webhooks = new WebhookDispatcher(() => this.context, settings.delivery);
    this.context = {
      state: saved ? restoreState(saved) : freshState(newId('acct', 16), clock),
      clock,
      settings: { settleDelaySeconds: settings.settleDelaySeconds, publicUrl: '', apiVersion: settings.apiVersion },
      logger: settings.logger,
      origin: NO_ORIGIN,
      publishEvent: (event) => this.webhooks.dispatch(event),
      markChanged: () => this.stateFile?.scheduleSave(),
    };
    this.every(settings.settleCheckIntervalMs, () => settleDueTopups(this.context));
    this.every(IDEMPOTENCY_PRUNE_INTERVAL_MS, () => pruneIdempotencyKeys(this.context.state.idempotency, clock.nowSeconds()));
  }

  /** Moves sandbox time forward; top-ups that come due settle at once. */
  advanceClock(seconds: number): string[] {
    this.context.clock.advance(seconds);
    this.context.markChanged();
    return settleDueTopups(this.context);
  }

  /** Back to an empty platform (same platform id, which integrations may have stored). */
  reset(): void {
    this.webhooks.reset();
    this.faults.clear();
    this.context.clock.reset();
    this.context.state = freshState(this.context.state.platformAccountId, this.context.clock);
    this.context.markChanged();
  }

  stop(): void {
    for (const timer of this.timers) clearInterval(timer);
    this.webhooks.reset();
    this.stateFile?.flush();
  }

  private every(intervalMs: number, action: () => void): void {
    const timer = setInterval(() => {
      try {
        action();
      } catch (error) {
        this.context.logger.error({ err: error }, 'sandbox: timer task failed');
      }
    }, intervalMs);
    timer.unref();
    this.timers.push(timer);
  }
}

function freshState(platformAccountId: string, clock: SandboxClock): SandboxState {
  const state = emptyState(platformAccountId);
  state.accounts.insert(platformAccountId, newPlatformAccount(platformAccountId, clock.nowSeconds()));
  return state;
}
