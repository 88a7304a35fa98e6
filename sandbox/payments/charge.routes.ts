import { updateFields } from '../events/object-update';
import type { ApiRoute } from '../http/api-route';
import { paginate } from '../http/list';
import { listFields, mergeMetadata, param, parseParams, required } from '../http/params';
import { pathParam } from '../http/router';
import { invalidParam, noSuchResource } from '../kernel/errors';
import { checkCurrency, checkMinimumAmount } from '../kernel/money';
import type { SandboxContext } from '../kernel/sandbox.context';
import { checkChargeDestination } from './charge-destination';
import type { Charge } from './charge.model';
import { failCharge, newCharge, succeedCharge } from './charge.service';
import { paymentErrorBody, PaymentDeclinedError } from './payment-errors';
import { cardOfToken, cardPaymentMethod } from './payment-method.service';
import { CHARGES } from './payment.stores';

const chargeCreateFields = {
  amount: required(param.integer()),
  currency: required(param.string()),
  source: required(param.string()),
  application_fee_amount: param.integer({ min: 0 }),
  customer: param.string(),
  description: param.string({ maxLength: 40000 }),
  /** The legacy form of `transfer_data[destination]`. */
  destination: param.object({ account: required(param.string()), amount: param.integer({ min: 1 }) }),
  metadata: param.metadata(),
  on_behalf_of: param.string(),
  receipt_email: param.string(),
  statement_descriptor: param.string({ maxLength: 22 }),
  transfer_data: param.object({ destination: required(param.string()), amount: param.integer({ min: 1 }) }),
  transfer_group: param.string(),
  capture: param.boolean(),
};

export function requireCharge(context: SandboxContext, ownerId: string, id: string, param = 'charge'): Charge {
  const charge = context.state.of(CHARGES).getOwned(ownerId, id);
  if (!charge) throw noSuchResource('charge', id, param);
  return charge;
}

/** `POST /v1/charges` with a test token (`tok_visa`): the Charges API that Stripe's application-fee fixtures use. */
function createCharge(context: SandboxContext, ownerId: string, params: ReturnType<typeof parseCreate>): Charge {
  const currency = checkCurrency(params.currency);
  checkMinimumAmount(params.amount, 50, currency);
  const transfer = params.transfer_data ?? (params.destination ? { destination: params.destination.account, amount: params.destination.amount } : null);
  if (transfer) checkChargeDestination(context, ownerId, transfer.destination, params.transfer_data ? 'transfer_data[destination]' : 'destination[account]');
  if (params.application_fee_amount != null && params.application_fee_amount > params.amount) {
    throw invalidParam(
      `The application fee (${params.application_fee_amount}) cannot be greater than the amount of the charge (${params.amount}).`,
      'application_fee_amount',
    );
  }
  const card = cardOfToken(params.source, 'source');
  const paymentMethod = cardPaymentMethod(context, ownerId, card);
  const charge = newCharge(
    context,
    ownerId,
    {
      amount: params.amount,
      currency,
      description: params.description ?? null,
      metadata: mergeMetadata({}, params.metadata),
      customer: params.customer ?? null,
      paymentIntentId: null,
      applicationFeeAmount: params.application_fee_amount ?? null,
      transferData: transfer,
      onBehalfOf: params.on_behalf_of ?? null,
      transferGroup: params.transfer_group ?? null,
      receiptEmail: params.receipt_email ?? null,
      shipping: null,
      statementDescriptor: params.statement_descriptor ?? null,
    },
    paymentMethod,
  );
  if (card.outcome.kind === 'declines') {
    const { code, declineCode, message } = card.outcome;
    failCharge(context, charge, { code, declineCode, message });
    throw new PaymentDeclinedError(paymentErrorBody({ code, declineCode, message, chargeId: charge.id, paymentMethod }));
  }
  return succeedCharge(context, charge, card);
}

const parseCreate = (raw: Record<string, unknown>) => parseParams(raw, chargeCreateFields);

export const chargeRoutes: ApiRoute[] = [
  {
    method: 'POST',
    path: '/v1/charges',
    returns: 'charge',
    handler: (context, request) => createCharge(context, request.accountId, parseCreate(request.params)),
  },
  {
    method: 'GET',
    path: '/v1/charges',
    returns: 'list:charge',
    handler: (context, request) => {
      const params = parseParams(request.params, { ...listFields, customer: param.string(), payment_intent: param.string(), transfer_group: param.string() });
      const charges = context.state
        .of(CHARGES)
        .listOwned(
          request.accountId,
          (charge) =>
            (!params.customer || charge.customer === params.customer) &&
            (!params.payment_intent || charge.payment_intent === params.payment_intent) &&
            (!params.transfer_group || charge.transfer_group === params.transfer_group),
        );
      return paginate(charges, params, '/v1/charges', 'charge');
    },
  },
  {
    method: 'GET',
    path: '/v1/charges/{charge}',
    returns: 'charge',
    handler: (context, request) => {
      parseParams(request.params, {});
      return requireCharge(context, request.accountId, pathParam(request, 'charge'));
    },
  },
  {
    method: 'POST',
    path: '/v1/charges/{charge}',
    returns: 'charge',
    handler: (context, request) => {
      const charge = requireCharge(context, request.accountId, pathParam(request, 'charge'));
      return updateFields(
        context,
        request.accountId,
        charge,
        parseParams(request.params, { description: param.string({ maxLength: 40000 }), metadata: param.metadata(), receipt_email: param.string() }),
      );
    },
  },
];
