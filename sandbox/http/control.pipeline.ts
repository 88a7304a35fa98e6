import type { IncomingMessage, ServerResponse } from 'node:http';
import { StripeError, unknownRoute } from '../kernel/errors';
import type { StateJournal } from '../state/state-journal';
import type { ControlRoute, ControlTarget } from './control-route';
import { parseBody, parseForm, readBody } from './form';
import { sendJson } from './responses';
import type { Router } from './router';

/** Serves `/_sandbox/`: form or JSON in, JSON out, Stripe-shaped errors. No API key needed. */
export async function handleControlRequest<Target extends ControlTarget & { readonly journal: StateJournal }>(
  runtime: Target,
  router: Router<ControlRoute<Target>>,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  try {
    const method = request.method ?? 'GET';
    const match = router.match(method, url.pathname);
    if (!match) throw unknownRoute(method, url.pathname);
    const params = method === 'GET' ? parseForm(url.search.slice(1)) : parseBody(await readBody(request), request.headers['content-type']);
    const body = runtime.journal.forMethod(method, () => match.handler.handler(runtime, { params, pathParams: match.pathParams }));
    sendJson(response, 200, JSON.stringify(body));
  } catch (error) {
    if (!(error instanceof StripeError)) throw error;
    sendJson(response, error.status, JSON.stringify(error.toBody()));
  }
}
