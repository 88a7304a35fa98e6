import { newPlatformAccount } from './accounts/account.factory';
import { ACCOUNTS } from './accounts/account.stores';
import { settleDueVerifications } from './accounts/test-verification.settlement';
import { runCheckoutTimers } from './checkout/checkout-payment.service';
import type { DueMoney, SandboxControls } from './control/sandbox-controls';
import { FaultRegistry } from './http/fault.registry';
import { pruneIdempotencyKeys } from './http/idempotency';
import { IDEMPOTENCY } from './http/idempotency.stores';
import { SandboxClock } from './kernel/clock';
import { newId } from './kernel/ids';
import { NO_ORIGIN, type OAuthSettings, type SandboxContext, type SandboxLogger } from './kernel/sandbox.context';
import { SandboxState } from './kernel/sandbox.state';
import { releaseDueChargeFunds } from './payments/funds-availability';
import { PayoutScheduler } from './payouts/payout.schedule';
import { settleDuePayouts } from './payouts/payout.settlement';
import { SANDBOX_STORES } from './sandbox.stores';
import type { SqliteStateStore } from './state/sqlite-state-store';
import { StateJournal } from './state/state-journal';
import { openStateFile } from './state/state-opening';
import { metaOf } from './state/state-rows';
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
  oauth?: OAuthSettings;
}

const IDEMPOTENCY_PRUNE_INTERVAL_MS = 60_000;

/** The sandbox's moving parts: state, clock, faults, webhook delivery, timers and persistence. */
export class SandboxRuntime implements SandboxControls {
  readonly context: SandboxContext;
  readonly journal: StateJournal;
  readonly faults = new FaultRegistry();
  readonly webhooks: WebhookDispatcher;
  private readonly payoutScheduler = new PayoutScheduler();
  private readonly store?: SqliteStateStore;
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(settings: RuntimeSettings) {
    const clock = new SandboxClock();
    const opened = settings.stateFile ? openStateFile(settings.stateFile, SANDBOX_STORES) : undefined;
    if (opened?.imported) settings.logger.info(opened.imported, 'sandbox: JSON state file imported');
    this.store = opened?.store;
    const saved = opened?.saved;
    if (saved) clock.reset(saved.clockOffsetSeconds);
    const store = this.store;
    this.journal = new StateJournal(store && ((batch) => store.commit(batch, metaOf(this.context.state.platformAccountId, clock.offset))));
    this.webhooks = new WebhookDispatcher(() => this.context, this.journal, settings.delivery);
    this.context = {
      state: new SandboxState(saved?.platformAccountId ?? newId(ACCOUNTS.idPrefix, 16), SANDBOX_STORES, this.journal, saved),
      clock,
      settings: { settleDelaySeconds: settings.settleDelaySeconds, publicUrl: '', apiVersion: settings.apiVersion, oauth: settings.oauth },
      logger: settings.logger,
      origin: NO_ORIGIN,
      publishEvent: (event) => this.webhooks.dispatch(event),
    };
    if (!saved) this.journal.write(() => addPlatformAccount(this.context.state, clock));
    this.webhooks.resume();
    this.every(settings.settleCheckIntervalMs, () => this.settleDueMoney());
    this.every(IDEMPOTENCY_PRUNE_INTERVAL_MS, () => pruneIdempotencyKeys(this.context.state.of(IDEMPOTENCY), clock.nowSeconds()));
  }

  /** Moves sandbox time forward; top-ups and payouts that come due settle at once. */
  advanceClock(seconds: number): DueMoney {
    return this.journal.write(() => {
      this.context.clock.advance(seconds);
      return this.settleDueMoney();
    });
  }

  /** Top-ups and payouts whose time has come settle; payout schedules whose date has come pay out. */
  private settleDueMoney(): DueMoney {
    const settledTopups = settleDueTopups(this.context);
    const settledPayouts = settleDuePayouts(this.context);
    settleDueVerifications(this.context);
    runCheckoutTimers(this.context);
    releaseDueChargeFunds(this.context);
    return { settledTopups, settledPayouts, scheduledPayouts: this.payoutScheduler.run(this.context) };
  }

  /** Back to an empty platform (same platform id, which integrations may have stored). */
  reset(): void {
    this.journal.write(() => {
      this.webhooks.reset();
      this.faults.clear();
      this.payoutScheduler.reset();
      this.context.clock.reset();
      this.journal.clearAll();
      this.context.state = new SandboxState(this.context.state.platformAccountId, SANDBOX_STORES, this.journal);
      addPlatformAccount(this.context.state, this.context.clock);
    });
  }

  /** Everything is committed already; only timers, deliveries in flight and the file remain. */
  stop(): void {
    for (const timer of this.timers) clearInterval(timer);
    this.webhooks.reset();
    this.store?.close();
  }

  private every(intervalMs: number, action: () => void): void {
    const timer = setInterval(() => {
      try {
        this.journal.write(action);
      } catch (error) {
        this.context.logger.error({ err: error }, 'sandbox: timer task failed');
      }
    }, intervalMs);
    timer.unref();
    this.timers.push(timer);
  }
}

function addPlatformAccount(state: SandboxState, clock: SandboxClock): void {
  state.of(ACCOUNTS).insert(state.platformAccountId, newPlatformAccount(state.platformAccountId, clock.nowSeconds()));
}
