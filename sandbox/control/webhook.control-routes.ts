import type { ControlRoute } from '../http/control-route';
import { param, parseParams } from '../http/params';
import { describeChaos } from '../webhooks/webhook-delivery.model';
import type { SandboxControls } from './sandbox-controls';

export const webhookControlRoutes: ControlRoute<SandboxControls>[] = [
  {
    method: 'GET',
    path: '/_sandbox/webhook_deliveries',
    handler: (runtime, request) => {
      const params = parseParams(request.params, { event: param.string(), endpoint: param.string() });
      const data = runtime.webhooks.list({ eventId: params.event ?? undefined, endpointId: params.endpoint ?? undefined });
      return { object: 'list', data };
    },
  },
  {
    method: 'GET',
    path: '/_sandbox/webhooks/chaos',
    handler: (runtime) => describeChaos(runtime.webhooks.chaos),
  },
  {
    method: 'POST',
    path: '/_sandbox/webhooks/chaos',
    handler: (runtime, request) => {
      const params = parseParams(request.params, {
        duplicate: param.integer({ min: 0, max: 1 }),
        delay_ms: param.integer({ min: 0 }),
        reorder: param.integer({ min: 0, max: 1 }),
      });
      const chaos = runtime.webhooks.chaos;
      if (params.duplicate != null) chaos.duplicate = params.duplicate === 1;
      if (params.delay_ms != null) chaos.delayMs = params.delay_ms;
      if (params.reorder != null) chaos.reorder = params.reorder === 1;
      return describeChaos(chaos);
    },
  },
];
