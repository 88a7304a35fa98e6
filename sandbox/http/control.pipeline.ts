import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ControlRoute } from './control-route';
import { StripeError, unknownRoute } from '../kernel/errors';
import type { SandboxRuntime } from '../sandbox.runtime';
import { parseBody, parseForm, readBody } from './form';
import { sendJson } from './responses';
import type { Router } from './router';

/** Serves `/_sandbox/`: form or JSON in, JSON out, Stripe-shaped errors. No API key needed. */
export async function handleControlRequest(
  runtime: SandboxRuntime,
  router: Router<ControlRoute>,
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
