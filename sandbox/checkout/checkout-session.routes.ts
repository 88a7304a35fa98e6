import type { ApiRoute } from '../http/api-route';
import { paginate } from '../http/list';
import { listFields, param, parseParams } from '../http/params';
import { pathParam } from '../http/router';
import { expireCheckoutSession } from './checkout-payment.service';
import { sessionCreateFields } from './checkout-session.params';
import { createCheckoutSession, requireSession, sideOfSession } from './checkout-session.service';
import { CHECKOUT_SESSIONS } from './checkout.stores';

const sessionListFields = {
  ...listFields,
  payment_intent: param.string(),
  customer: param.string(),
  status: param.enum(['open', 'complete', 'expired'] as const),
  payment_link: param.string(),
};

export const checkoutSessionRoutes: ApiRoute[] = [
  {
    method: 'POST',
    path: '/v1/checkout/sessions',
    returns: 'checkout.session',
    handler: (context, request) => createCheckoutSession(context, request.accountId, parseParams(request.params, sessionCreateFields)),
  },
  {
    method: 'GET',
    path: '/v1/checkout/sessions',
    returns: 'list:checkout.session',
    handler: (context, request) => {
      const params = parseParams(request.params, sessionListFields);
      const sessions = context.state
        .of(CHECKOUT_SESSIONS)
        .listOwned(
          request.accountId,
          (session) =>
            (!params.payment_intent || session.payment_intent === params.payment_intent) &&
            (!params.customer || session.customer === params.customer) &&
            (!params.status || session.status === params.status) &&
            !params.payment_link,
        );
      return paginate(sessions, params, '/v1/checkout/sessions', 'checkout.session');
    },
  },
  {
    method: 'GET',
    path: '/v1/checkout/sessions/{session}',
    returns: 'checkout.session',
    handler: (context, request) => {
      parseParams(request.params, {});
      const session = requireSession(context, request.accountId, pathParam(request, 'session'));
      // `expand[]=line_items` shows them in place, as Stripe's own includable field.
      return request.expand.includes('line_items') ? { ...session, line_items: lineItemsList(context, session.id) } : session;
    },
  },
  {
    method: 'POST',
    path: '/v1/checkout/sessions/{session}/expire',
    returns: 'checkout.session',
    handler: (context, request) => {
      parseParams(request.params, {});
      return expireCheckoutSession(context, requireSession(context, request.accountId, pathParam(request, 'session')));
    },
  },
  {
    method: 'GET',
    path: '/v1/checkout/sessions/{session}/line_items',
    returns: 'list:item',
    handler: (context, request) => {
      const params = parseParams(request.params, listFields);
      const session = requireSession(context, request.accountId, pathParam(request, 'session'));
      // Line items are listed in the order they were given, not newest first.
      return paginate(sideOfSession(context, session.id).lineItems, params, `/v1/checkout/sessions/${session.id}/line_items`, 'item');
    },
  },
];

function lineItemsList(context: Parameters<typeof sideOfSession>[0], sessionId: string) {
  const items = sideOfSession(context, sessionId).lineItems;
  return { object: 'list' as const, url: `/v1/checkout/sessions/${sessionId}/line_items`, has_more: items.length > 10, data: items.slice(0, 10) };
}
