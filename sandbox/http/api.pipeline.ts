import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { StripeError, unknownRoute } from '../kernel/errors';
import { NO_ORIGIN, type SandboxContext } from '../kernel/sandbox.context';
import type { ExpandableFields } from '../kernel/sandbox.state';
import type { StateJournal } from '../state/state-journal';
import { requestedVersion } from '../versions/api-versions';
import { renderForVersion } from '../versions/version-changes';
import type { ApiRequest, ApiRoute } from './api-route';
import { authenticate } from './auth';
import { checkExpandPaths, expandObject } from './expand';
import type { FaultMode, FaultRegistry } from './fault.registry';
import { parseBody, parseForm, readBody } from './form';
import { claimIdempotencyKey, scopedIdempotencyKey, type StoredResponse } from './idempotency';
import { IDEMPOTENCY } from './idempotency.stores';
import { readExpand } from './params';
import { newRequestId, sendJson, type RecordedResponse } from './responses';
import type { Router } from './router';

export interface ApiPipelineOptions {
  context: () => SandboxContext;
  journal: StateJournal;
  router: Router<ApiRoute>;
  faults: FaultRegistry;
  /** What `expand[]` may name, per object type (from the store registry). */
  expandable: ExpandableFields;
  /** The account a request acts for, from its `Stripe-Account` header (the platform without one). */
  resolveAccount(context: SandboxContext, header: string | undefined, apiKey: string): string;
  /** When set, every answer is appended here (for the conformance test). */
  recorder?: RecordedResponse[];
}

interface Outcome {
  status: number;
  bodyText: string;
  /** A malformed request: Stripe keeps no idempotent result for it. */
  isValidation?: boolean;
  replayedFrom?: string;
  /** Not Stripe's JSON: a proxy's error page (the `bad_gateway_after` fault). */
  html?: boolean;
  headers?: OutgoingHttpHeaders;
}

/** The answer never comes: the client sees a timeout. */
const HANG = 'hang';

const BAD_GATEWAY_PAGE = '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>';

const FAULT_ERROR = new StripeError('An unknown error occurred (injected by the sandbox fault switch).', { status: 500, type: 'api_error' });

const RATE_LIMITED: Outcome = {
  status: 429,
  bodyText: JSON.stringify(
    new StripeError('Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.', {
      status: 429,
      type: 'invalid_request_error',
      code: 'rate_limit',
    }).toBody(),
  ),
  headers: { 'Stripe-Should-Retry': 'true' },
};

/** Serves `/v1`: authentication, decoding, idempotency, faults, the handler, `expand`, the answer. */
export class ApiPipeline {
  constructor(private readonly options: ApiPipelineOptions) {}

  async handle(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const requestId = newRequestId();
    const method = request.method ?? 'GET';
    const idempotencyKey = method === 'POST' ? headerOf(request, 'idempotency-key') : undefined;
    const versionHeader = headerOf(request, 'stripe-version');
    const headers: OutgoingHttpHeaders = {
      'Request-Id': requestId,
      'Stripe-Version': versionHeader ?? this.options.context().settings.apiVersion,
      'Cache-Control': 'no-cache, no-store',
      // Stripe names the request whose answer this is on every keyed request, the first one included.
      ...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey, 'Original-Request': requestId } : {}),
    };
    let template = url.pathname;
    let outcome: Outcome | typeof HANG;
    try {
      const match = this.options.router.match(method, url.pathname);
      template = match?.template ?? template;
      const apiKey = authenticate(headerOf(request, 'authorization'));
      const version = requestedVersion(versionHeader, this.options.context().settings.apiVersion);
      if (!match) throw unknownRoute(method, url.pathname);
      const rawParams = method === 'POST' ? parseBody(await readBody(request), request.headers['content-type']) : parseForm(url.search.slice(1));
      // Committed before the answer is written: what a client was told is never lost.
      outcome = this.options.journal.forMethod(method, () => {
        const context = this.options.context();
        const accountId = this.options.resolveAccount(context, headerOf(request, 'stripe-account'), apiKey);
        const expand = readExpand(rawParams);
        checkExpandPaths(this.options.expandable, match.handler.returns, expand);
        const apiRequest: ApiRequest = { method, path: url.pathname, pathParams: match.pathParams, params: rawParams, expand, accountId, apiKey, version };
        return this.serve(context, match.handler, apiRequest, { requestId, idempotencyKey, response });
      });
    } catch (error) {
      outcome = this.errorOutcome(error, method, url.pathname, requestId);
    }
    if (outcome === HANG) return;
    Object.assign(headers, outcome.headers);
    if (outcome.replayedFrom) {
      headers['Idempotent-Replayed'] = 'true';
      headers['Original-Request'] = outcome.replayedFrom;
    }
    if (outcome.status >= 400 && headers['Stripe-Should-Retry'] === undefined) headers['Stripe-Should-Retry'] = String(shouldRetry(outcome.status));
    if (outcome.html) {
      sendJson(response, outcome.status, outcome.bodyText, headers, 'text/html');
      return;
    }
    this.options.recorder?.push({ method, template, status: outcome.status, body: JSON.parse(outcome.bodyText) });
    sendJson(response, outcome.status, outcome.bodyText, headers);
  }

  /** Idempotency and faults around the handler; everything here runs without yielding. */
  private serve(
    context: SandboxContext,
    route: ApiRoute,
    apiRequest: ApiRequest,
    call: { requestId: string; idempotencyKey?: string; response: ServerResponse },
  ): Outcome | typeof HANG {
    const key = call.idempotencyKey;
    const entries = context.state.of(IDEMPOTENCY);
    const scopedKey = key ? scopedIdempotencyKey(apiRequest.accountId, key) : undefined;
    if (key) {
      const fingerprint = `${apiRequest.method} ${apiRequest.path} ${JSON.stringify(apiRequest.params)}`;
      const nowSeconds = context.clock.nowSeconds();
      const replay = claimIdempotencyKey(entries, { accountId: apiRequest.accountId, key, fingerprint, nowSeconds });
      if (replay) return replayOf(replay);
    }
    // Frees the key of a request that did nothing, so a retry with it runs afresh.
    const release = () => {
      if (scopedKey && !entries.get(scopedKey)?.response) entries.delete(scopedKey);
    };
    const fault: FaultMode | undefined = this.options.faults.take(apiRequest.method, apiRequest.path);
    if (fault === 'error' || fault === 'rate_limited') {
      release();
      return fault === 'error' ? faultOutcome(call.requestId, context) : RATE_LIMITED;
    }
    if (fault === 'hang') {
      // Nothing happened, so once the caller gives up the key is free for its retry.
      call.response.once('close', () => this.options.journal.write(release));
      return HANG;
    }
    const outcome = this.invoke(context, route, apiRequest, call.requestId, key);
    if (scopedKey) {
      if (outcome.isValidation) release();
      else entries.get(scopedKey)!.response = { status: outcome.status, bodyText: outcome.bodyText, requestId: call.requestId };
    }
    if (fault === 'error_after') return faultOutcome(call.requestId, context);
    if (fault === 'hang_after') return HANG;
    if (fault === 'bad_gateway_after') return { status: 502, bodyText: BAD_GATEWAY_PAGE, html: true };
    return outcome;
  }

  private invoke(context: SandboxContext, route: ApiRoute, apiRequest: ApiRequest, requestId: string, key?: string): Outcome {
    context.origin = { requestId, idempotencyKey: key ?? null };
    try {
      const body = route.handler(context, apiRequest);
      const expanded = apiRequest.expand.length > 0 ? expandObject(context, this.options.expandable, body, apiRequest.expand) : body;
      return { status: 200, bodyText: JSON.stringify(renderForVersion(expanded, apiRequest.version)) };
    } catch (error) {
      return this.errorOutcome(error, apiRequest.method, apiRequest.path, requestId);
    } finally {
      context.origin = NO_ORIGIN;
    }
  }

  private errorOutcome(error: unknown, method: string, path: string, requestId: string): Outcome {
    const context = this.options.context();
    if (error instanceof StripeError) {
      return { status: error.status, bodyText: errorBodyText(error, requestId, context), isValidation: error.isValidation };
    }
    context.logger.error({ err: error, method, path }, 'sandbox: unexpected error');
    const internal = new StripeError('An unknown error occurred', { status: 500, type: 'api_error', isValidation: true });
    return { status: 500, bodyText: errorBodyText(internal, requestId, context), isValidation: true };
  }
}

/** Stripe's error JSON with the link to the request in the Dashboard's logs. */
function errorBodyText(error: StripeError, requestId: string, context: SandboxContext): string {
  const body = error.toBody();
  body.error.request_log_url = `https://dashboard.stripe.com/test/logs/${requestId}?t=${context.clock.nowSeconds()}`;
  return JSON.stringify(body);
}

function faultOutcome(requestId: string, context: SandboxContext): Outcome {
  return { status: 500, bodyText: errorBodyText(FAULT_ERROR, requestId, context) };
}

/**
 * `Stripe-Should-Retry` on refusals: a key still in use (409) or a failure on Stripe's side
 * may succeed if sent again; any other 4xx would be refused the same way.
 */
function shouldRetry(status: number): boolean {
  return status === 409 || status >= 500;
}

function replayOf(stored: StoredResponse): Outcome {
  return { status: stored.status, bodyText: stored.bodyText, replayedFrom: stored.requestId };
}

function headerOf(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
