import type { ApiRoute } from '../http/api-route';
import { paginate } from '../http/list';
import { listFields, mergeMetadata, param, parseParams } from '../http/params';
import { pathParam } from '../http/router';
import { noSuchResource } from '../kernel/errors';
import { emitEvent, eventAccountOf } from '../kernel/event.service';
import type { SandboxContext } from '../kernel/sandbox.context';
import { CHARGES, REFUNDS } from './payment.stores';
import type { Refund } from './refund.model';
import { embedRefunds, createRefund } from './refund.service';

const refundCreateFields = {
  charge: param.string(),
  payment_intent: param.string(),
  amount: param.integer(),
  reason: param.enum(['duplicate', 'fraudulent', 'requested_by_customer'] as const),
  metadata: param.metadata(),
  reverse_transfer: param.boolean(),
  refund_application_fee: param.boolean(),
  instructions_email: param.string(),
};

function requireRefund(context: SandboxContext, ownerId: string, id: string): Refund {
  const refund = context.state.of(REFUNDS).getOwned(ownerId, id);
  if (!refund) throw noSuchResource('refund', id, 'refund');
  return refund;
}

export const refundRoutes: ApiRoute[] = [
  {
    method: 'POST',
    path: '/v1/refunds',
    returns: 'refund',
    handler: (context, request) => {
      const { instructions_email: _email, ...input } = parseParams(request.params, refundCreateFields);
      return createRefund(context, request.accountId, input);
    },
  },
  {
    method: 'GET',
    path: '/v1/refunds',
    returns: 'list:refund',
    handler: (context, request) => {
      const params = parseParams(request.params, { ...listFields, charge: param.string(), payment_intent: param.string() });
      const refunds = context.state
        .of(REFUNDS)
        .listOwned(
          request.accountId,
          (refund) => (!params.charge || refund.charge === params.charge) && (!params.payment_intent || refund.payment_intent === params.payment_intent),
        );
      return paginate(refunds, params, '/v1/refunds', 'refund');
    },
  },
  {
    method: 'GET',
    path: '/v1/refunds/{refund}',
    returns: 'refund',
    handler: (context, request) => {
      parseParams(request.params, {});
      return requireRefund(context, request.accountId, pathParam(request, 'refund'));
    },
  },
  {
    method: 'POST',
    path: '/v1/refunds/{refund}',
    returns: 'refund',
    handler: (context, request) => {
      const refund = requireRefund(context, request.accountId, pathParam(request, 'refund'));
      const { metadata } = parseParams(request.params, { metadata: param.metadata() });
      const previous = { metadata: refund.metadata };
      refund.metadata = mergeMetadata(refund.metadata, metadata);
      const charge = context.state.of(CHARGES).get(refund.charge);
      if (charge) embedRefunds(context, request.accountId, charge);
      emitEvent(context, { type: 'refund.updated', object: refund, account: eventAccountOf(context, request.accountId), previousAttributes: previous });
      return refund;
    },
  },
];
