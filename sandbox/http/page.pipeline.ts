import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PageRequest, PageRoute } from '../pages/page-route';
import type { SandboxContext } from '../kernel/sandbox.context';
import type { StateJournal } from '../state/state-journal';
import { parseForm, readBody } from './form';
import type { RouteMatch } from './router';

/** Serves a hosted page (onboarding form, Express dashboard): HTML or a redirect. */
export async function handlePageRequest(
  context: () => SandboxContext,
  journal: StateJournal,
  match: RouteMatch<PageRoute>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const pageRequest: PageRequest = {
    pathParams: match.pathParams,
    query: parseForm(new URL(request.url ?? '/', 'http://sandbox.invalid').search.slice(1)),
    form: request.method === 'POST' ? parseForm(await readBody(request)) : {},
    ip: request.socket.remoteAddress ?? '127.0.0.1',
    userAgent: request.headers['user-agent'] ?? null,
  };
  // Opening an onboarding page uses up its link, so even a GET may change state.
  const result = journal.write(() => match.handler.handler(context(), pageRequest));
  const headers: Record<string, string> = {
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    // Inline styles only; form-action is left open because the form ends in a redirect to the platform.
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
  };
  if (result.location) headers.Location = result.location;
  if (result.html) headers['Content-Type'] = 'text/html; charset=utf-8';
  response.writeHead(result.status, headers);
  response.end(result.html ?? '');
}
