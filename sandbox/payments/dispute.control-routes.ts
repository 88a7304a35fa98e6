import type { ControlRoute } from '../http/control-route';
import { param, parseParams, required } from '../http/params';
import { pathParam } from '../http/router';
import { noSuchResource } from '../kernel/errors';
import { resolveDispute } from './dispute.service';
import { DISPUTES } from './payment.stores';

/** The card network's decision on a dispute, which on Stripe comes weeks later. */
export const disputeControlRoutes: ControlRoute[] = [
  {
    method: 'POST',
    path: '/_sandbox/disputes/{id}/resolve',
    handler: (runtime, request) => {
      const { outcome } = parseParams(request.params, { outcome: required(param.enum(['won', 'lost'] as const)) });
      const dispute = runtime.context.state.of(DISPUTES).get(pathParam(request, 'id'));
      if (!dispute) throw noSuchResource('dispute', pathParam(request, 'id'));
      return resolveDispute(runtime.context, dispute, outcome);
    },
  },
];
