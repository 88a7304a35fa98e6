import { balanceOf } from '../balance/balance.service';
import type { ControlRoute } from '../http/control-route';
import { parseParams } from '../http/params';
import type { SandboxState, SandboxStore } from '../kernel/sandbox.state';
import { describeChaos } from '../webhooks/webhook-delivery.model';
import type { SandboxControls } from './sandbox-controls';

/** What one store adds to the counts (its declaration says). */
function countsOf(state: SandboxState, store: SandboxStore): Record<string, number> | undefined {
  return store.shape === 'collection' ? store.counts?.(state.of(store)) : store.counts?.(state.of(store));
}

function summary(runtime: SandboxControls) {
  const { state, clock } = runtime.context;
  return {
    platform_account: state.platformAccountId,
    clock: { now: clock.nowSeconds(), offset_seconds: clock.offset },
    counts: Object.assign({}, ...state.stores.map((store) => countsOf(state, store))) as Record<string, number>,
    platform_balance: balanceOf(runtime.context, state.platformAccountId),
    faults: runtime.faults.list(),
    webhook_chaos: describeChaos(runtime.webhooks.chaos),
  };
}

export const sandboxControlRoutes: ControlRoute<SandboxControls>[] = [
  {
    method: 'GET',
    path: '/_sandbox/state',
    handler: (runtime) => summary(runtime),
  },
  {
    method: 'POST',
    path: '/_sandbox/reset',
    handler: (runtime, request) => {
      parseParams(request.params, {});
      runtime.reset();
      return summary(runtime);
    },
  },
];
