import { invalidRequest, noSuchResource } from '../kernel/errors';
import { parseParams } from '../http/params';
import { settlePayout } from './payout.settlement';
import type { ControlRoute } from '../http/control-route';

export const payoutControlRoutes: ControlRoute[] = [
  {
    method: 'POST',
    path: '/_sandbox/payouts/{id}/settle',
    handler: (runtime, request) => {
      parseParams(request.params, {});
      const payout = runtime.context.state.payouts.get(request.pathParams.id);
      if (!payout) throw noSuchResource('payout', request.pathParams.id);
      if (payout.status !== 'pending') throw invalidRequest(`Payout ${payout.id} has already arrived: its status is '${payout.status}'.`);
      // Arrives now, as its destination's test account number dictates.
      return settlePayout(runtime.context, payout);
    },
  },
];
