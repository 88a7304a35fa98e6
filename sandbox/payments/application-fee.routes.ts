import type { ApiRequest, ApiRoute } from '../http/api-route';
import { paginate } from '../http/list';
import { listFields, param, parseParams } from '../http/params';
import { pathParam } from '../http/router';
import { noSuchResource } from '../kernel/errors';
import type { SandboxContext } from '../kernel/sandbox.context';
import { refundApplicationFee, refundsOfFee, requireApplicationFee, updateFeeRefund } from './application-fee.service';
import { APPLICATION_FEES, FEE_REFUNDS } from './payment.stores';

function feeRefundInPath(context: SandboxContext, request: ApiRequest) {
  const fee = requireApplicationFee(context, request.accountId, pathParam(request, 'fee'));
  const refund = context.state.of(FEE_REFUNDS).get(pathParam(request, 'id'));
  if (!refund || refund.fee !== fee.id) throw noSuchResource('fee refund', pathParam(request, 'id'));
  return refund;
}

/** The platform's application fees and their refunds. */
export const applicationFeeRoutes: ApiRoute[] = [
  {
    method: 'GET',
    path: '/v1/application_fees',
    returns: 'list:application_fee',
    handler: (context, request) => {
      const params = parseParams(request.params, { ...listFields, charge: param.string() });
      const fees = context.state
        .of(APPLICATION_FEES)
        .listOwned(request.accountId, (fee) => !params.charge || fee.charge === params.charge || fee.originating_transaction === params.charge);
      return paginate(fees, params, '/v1/application_fees', 'application_fee');
    },
  },
  {
    method: 'GET',
    path: '/v1/application_fees/{id}',
    returns: 'application_fee',
    handler: (context, request) => {
      parseParams(request.params, {});
      return requireApplicationFee(context, request.accountId, pathParam(request, 'id'));
    },
  },
  {
    method: 'POST',
    path: '/v1/application_fees/{id}/refunds',
    returns: 'fee_refund',
    handler: (context, request) => {
      const fee = requireApplicationFee(context, request.accountId, pathParam(request, 'id'));
      return refundApplicationFee(context, fee, parseParams(request.params, { amount: param.integer(), metadata: param.metadata() }));
    },
  },
  {
    method: 'GET',
    path: '/v1/application_fees/{id}/refunds',
    returns: 'list:fee_refund',
    handler: (context, request) => {
      const fee = requireApplicationFee(context, request.accountId, pathParam(request, 'id'));
      const params = parseParams(request.params, listFields);
      return paginate(refundsOfFee(context, fee.id), params, `/v1/application_fees/${fee.id}/refunds`, 'fee_refund');
    },
  },
  {
    method: 'GET',
    path: '/v1/application_fees/{fee}/refunds/{id}',
    returns: 'fee_refund',
    handler: (context, request) => {
      parseParams(request.params, {});
      return feeRefundInPath(context, request);
    },
  },
  {
    method: 'POST',
    path: '/v1/application_fees/{fee}/refunds/{id}',
    returns: 'fee_refund',
    handler: (context, request) => {
      const { metadata } = parseParams(request.params, { metadata: param.metadata() });
      return updateFeeRefund(context, feeRefundInPath(context, request), metadata);
    },
  },
];
