import type { ControlRoute } from '../http/control-route';
import { param, parseParams, required } from '../http/params';
import type { SandboxControls } from './sandbox-controls';

function clockOf(runtime: SandboxControls) {
  const clock = runtime.context.clock;
  return { now: clock.nowSeconds(), offset_seconds: clock.offset };
}

export const clockControlRoutes: ControlRoute<SandboxControls>[] = [
  {
    method: 'GET',
    path: '/_sandbox/clock',
    handler: (runtime) => clockOf(runtime),
  },
  {
    method: 'POST',
    path: '/_sandbox/clock/advance',
    handler: (runtime, request) => {
      const { seconds } = parseParams(request.params, { seconds: required(param.integer({ min: 0 })) });
      const due = runtime.advanceClock(seconds);
      return { ...clockOf(runtime), settled_topups: due.settledTopups, settled_payouts: due.settledPayouts, scheduled_payouts: due.scheduledPayouts };
    },
  },
];
