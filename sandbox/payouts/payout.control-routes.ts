import type { ControlRoute } from '../http/control-route';
import { parseParams } from '../http/params';
import { pathParam } from '../http/router';
import { invalidRequest, noSuchResource } from '../kernel/errors';
import { settlePayout } from './payout.settlement';
import { PAYOUTS } from './payout.stores';

export const payoutControlRoutes: ControlRoute[] = [
  {
    method: 'POST',
    path: '/_sandbox/payouts/{id}/settle',
    handler: (runtime, request) => {
      parseParams(request.params, {});
      const payout = runtime.context.state.of(PAYOUTS).get(pathParam(request, 'id'));
      if (!payout) throw noSuchResource('payout', pathParam(request, 'id'));
      if (payout.status !== 'pending') throw invalidRequest(`Payout ${payout.id} has already arrived: its status is '${payout.status}'.`);
      // Arrives now, as its destination's test account number dictates.
      return settlePayout(runtime.context, payout);
    },
  },
];
