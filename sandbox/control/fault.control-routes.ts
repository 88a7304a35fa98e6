import type { ControlRoute } from '../http/control-route';
import { FAULT_MODES } from '../http/fault.registry';
import { param, parseParams, required } from '../http/params';
import type { SandboxControls } from './sandbox-controls';

const faultFields = {
  path: required(param.string()),
  method: param.enum(['GET', 'POST', 'DELETE'] as const),
  count: param.integer({ min: 1 }),
  every: param.integer({ min: 1 }),
  mode: param.enum(FAULT_MODES),
};

export const faultControlRoutes: ControlRoute<SandboxControls>[] = [
  {
    method: 'POST',
    path: '/_sandbox/faults',
    handler: (runtime, request) => {
      const params = parseParams(request.params, faultFields);
      return runtime.faults.add({
        path: params.path,
        method: params.method ?? null,
        mode: params.mode ?? 'error',
        count: params.count ?? 1,
        every: params.every ?? 1,
      });
    },
  },
  {
    method: 'GET',
    path: '/_sandbox/faults',
    handler: (runtime) => ({ object: 'list', data: runtime.faults.list() }),
  },
  {
    method: 'DELETE',
    path: '/_sandbox/faults',
    handler: (runtime) => {
      runtime.faults.clear();
      return { object: 'list', data: [] };
    },
  },
];
