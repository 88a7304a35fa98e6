import { newId } from '../kernel/ids';
import type { SandboxContext } from '../kernel/sandbox.context';
import { redirectTo, type PageRequest, type PageResult, type PageRoute } from '../pages/page-route';
import { authorizeErrorPage, authorizePage } from './authorize.page';
import { readAuthorizeRequest, redirectWith } from './authorize.request';
import { approveAuthorization } from './oauth-grant.service';
import { type AuthorizationRequestRecord, oauthKeys } from './oauth.model';
import { OAUTH } from './oauth.stores';

/** A page left open longer than this is answered as expired (the person starts again). */
const AUTHORIZATION_REQUEST_LIFETIME_SECONDS = 60 * 60;

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

function showAuthorizePage(context: SandboxContext, request: PageRequest, express: boolean): PageResult {
  const reading = readAuthorizeRequest(context, request.query, express);
  if (reading.kind === 'page') return { status: 400, html: authorizeErrorPage(reading.error, reading.description) };
  if (reading.kind === 'redirect') {
    return redirectTo(redirectWith(reading.redirectUri, { error: reading.error, error_description: reading.description, state: reading.state }));
  }
  const id = newId('oauthreq', 24);
  context.state.of(OAUTH).set(oauthKeys.request(id), { kind: 'authorization_request', id, params: reading.params, createdSeconds: context.clock.nowSeconds() });
  return { status: 200, html: authorizePage(reading.params, id) };
}

/** The person's answer, taken once: the request is gone afterwards, so a resubmission does nothing. */
function answerAuthorizePage(context: SandboxContext, request: PageRequest): PageResult {
  const id = text(request.form.request) ?? '';
  const stored = context.state.of(OAUTH).get(oauthKeys.request(id));
  const pending = stored?.kind === 'authorization_request' ? (stored as AuthorizationRequestRecord) : undefined;
  if (!pending || context.clock.nowSeconds() - pending.createdSeconds > AUTHORIZATION_REQUEST_LIFETIME_SECONDS) {
    return {
      status: 400,
      html: authorizeErrorPage('invalid_request', 'This page has expired or was already answered. Go back to the platform and start again.'),
    };
  }
  context.state.of(OAUTH).delete(oauthKeys.request(id));
  const { params } = pending;
  if (request.form.decision !== 'approve') {
    return redirectTo(redirectWith(params.redirectUri, { error: 'access_denied', error_description: 'The user denied your request', state: params.state }));
  }
  const { code } = approveAuthorization(context, params, {
    email: text(request.form.email),
    firstName: text(request.form.first_name),
    lastName: text(request.form.last_name),
    ip: request.ip,
    userAgent: request.userAgent,
  });
  return redirectTo(redirectWith(params.redirectUri, { scope: params.scope, code, state: params.state }));
}

function routesFor(path: string, express: boolean): PageRoute[] {
  return [
    { method: 'GET', path, handler: (context, request) => showAuthorizePage(context, request, express) },
    { method: 'POST', path, handler: answerAuthorizePage },
  ];
}

/** Stripe's hosted OAuth pages: Standard accounts and Express accounts. */
export const oauthPageRoutes: PageRoute[] = [...routesFor('/oauth/authorize', false), ...routesFor('/express/oauth/authorize', true)];
