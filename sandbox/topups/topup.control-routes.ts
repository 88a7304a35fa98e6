import type { ControlRoute, ControlTarget } from '../http/control-route';
import { param, parseParams } from '../http/params';
import { pathParam } from '../http/router';
import { noSuchResource } from '../kernel/errors';
import { FAILURE_CODES } from './bank-token.catalog';
import { failTopup, reverseTopup, settleTopup } from './topup.service';
import { TOPUPS } from './topup.stores';

function topupById(runtime: ControlTarget, id: string) {
  const topup = runtime.context.state.of(TOPUPS).get(id);
  if (!topup) throw noSuchResource('topup', id);
  return topup;
}

export const topupControlRoutes: ControlRoute[] = [
  {
    method: 'POST',
    path: '/_sandbox/topups/{id}/settle',
    handler: (runtime, request) => {
      parseParams(request.params, {});
      // Settles as the top-up's test token dictates: a failing token fails here.
      return settleTopup(runtime.context, topupById(runtime, pathParam(request, 'id')));
    },
  },
  {
    method: 'POST',
    path: '/_sandbox/topups/{id}/fail',
    handler: (runtime, request) => {
      const params = parseParams(request.params, { failure_code: param.enum(FAILURE_CODES) });
      return failTopup(runtime.context, topupById(runtime, pathParam(request, 'id')), params.failure_code ?? 'insufficient_funds');
    },
  },
  {
    method: 'POST',
    path: '/_sandbox/topups/{id}/reverse',
    handler: (runtime, request) => {
      parseParams(request.params, {});
      return reverseTopup(runtime.context, topupById(runtime, pathParam(request, 'id')));
    },
  },
];
