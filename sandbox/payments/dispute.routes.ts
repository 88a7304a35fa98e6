import type { ApiRoute } from '../http/api-route';
import { paginate } from '../http/list';
import { listFields, mergeMetadata, param, parseParams } from '../http/params';
import { pathParam } from '../http/router';
import { noSuchResource } from '../kernel/errors';
import type { SandboxContext } from '../kernel/sandbox.context';
import type { Dispute } from './dispute.model';
import { closeDispute, EVIDENCE_FIELDS, updateDispute } from './dispute.service';
import { DISPUTES } from './payment.stores';

const evidenceFields = Object.fromEntries(EVIDENCE_FIELDS.map((field) => [field, param.string({ maxLength: 20000 })]));

export function requireDispute(context: SandboxContext, ownerId: string, id: string): Dispute {
  const dispute = context.state.of(DISPUTES).getOwned(ownerId, id);
  if (!dispute) throw noSuchResource('dispute', id, 'dispute');
  return dispute;
}

export const disputeRoutes: ApiRoute[] = [
  {
    method: 'GET',
    path: '/v1/disputes',
    returns: 'list:dispute',
    handler: (context, request) => {
      const params = parseParams(request.params, { ...listFields, charge: param.string(), payment_intent: param.string() });
      const disputes = context.state
        .of(DISPUTES)
        .listOwned(
          request.accountId,
          (dispute) => (!params.charge || dispute.charge === params.charge) && (!params.payment_intent || dispute.payment_intent === params.payment_intent),
        );
      return paginate(disputes, params, '/v1/disputes', 'dispute');
    },
  },
  {
    method: 'GET',
    path: '/v1/disputes/{dispute}',
    returns: 'dispute',
    handler: (context, request) => {
      parseParams(request.params, {});
      return requireDispute(context, request.accountId, pathParam(request, 'dispute'));
    },
  },
  {
    method: 'POST',
    path: '/v1/disputes/{dispute}',
    returns: 'dispute',
    handler: (context, request) => {
      const dispute = requireDispute(context, request.accountId, pathParam(request, 'dispute'));
      const params = parseParams(request.params, { evidence: param.object(evidenceFields), metadata: param.metadata(), submit: param.boolean() });
      const evidence = params.evidence
        ? Object.fromEntries(Object.entries(params.evidence).map(([key, value]) => [key, (value as string | null | undefined) ?? null]))
        : null;
      return updateDispute(context, dispute, {
        evidence,
        metadata: params.metadata !== undefined ? mergeMetadata(dispute.metadata, params.metadata) : undefined,
        submit: params.submit,
      });
    },
  },
  {
    method: 'POST',
    path: '/v1/disputes/{dispute}/close',
    returns: 'dispute',
    handler: (context, request) => {
      parseParams(request.params, {});
      return closeDispute(context, requireDispute(context, request.accountId, pathParam(request, 'dispute')));
    },
  },
];
