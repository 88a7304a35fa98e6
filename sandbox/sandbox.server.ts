import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { onboardingPageRoutes } from './account-links/onboarding.page-routes';
import { resolveRequestAccount } from './accounts/account.lookup';
import { apiRouter } from './api.routes';
import { checkoutPageRoutes } from './checkout/checkout.page-routes';
import { controlRouter } from './control/control.routes';
import { ApiPipeline } from './http/api.pipeline';
import { handleControlRequest } from './http/control.pipeline';
import { expandableFieldsOf } from './http/expand';
import { handlePageRequest } from './http/page.pipeline';
import { newRequestId, sendJson, type RecordedResponse } from './http/responses';
import { Router } from './http/router';
import { StripeError } from './kernel/errors';
import { silentLogger, type OAuthSettings, type SandboxLogger } from './kernel/sandbox.context';
import { expressDashboardPageRoutes } from './login-links/express-dashboard.page-routes';
import { oauthPageRoutes } from './oauth/authorize.page-routes';
import { handleOAuthEndpoint, oauthEndpointFor } from './oauth/oauth.endpoints';
import type { PageRoute } from './pages/page-route';
import { SandboxRuntime } from './sandbox.runtime';
import { SANDBOX_STORES } from './sandbox.stores';

export interface SandboxOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /**
   * SQLite file the state lives in, every change committed before its answer is sent; memory
   * only when absent. A JSON state file of an older sandbox beside it (same name, `.json`) is
   * imported on first use.
   */
  stateFile?: string;
  /** How long a top-up stays pending, in sandbox seconds (default 5). */
  settleDelaySeconds?: number;
  /** How often due top-ups are looked for, in real milliseconds (default 250). */
  settleCheckIntervalMs?: number;
  /** Base URL of hosted pages in account and login links (default: the sandbox's own URL). */
  publicUrl?: string;
  /** First webhook retry delay, doubling after each failure (default 500 ms). */
  webhookRetryBaseMs?: number;
  /** Attempts per delivery before giving up (default 8). */
  webhookMaxAttempts?: number;
  /** How long an endpoint may take to answer (default 10 000 ms). */
  webhookTimeoutMs?: number;
  /** Keep every `/v1` answer in `recordedResponses` (the conformance test uses this). */
  recordResponses?: boolean;
  /** A pino-like logger; silent by default. */
  logger?: SandboxLogger;
  /** The platform's `ca_` client id (default: derived from its account id) and redirect URIs accepted without registration. */
  oauth?: OAuthSettings;
}

export interface SandboxHandle {
  url: string;
  port: number;
  /** The id of the platform account every `sk_test_` key reaches. */
  platformAccountId: string;
  /** Filled only with `recordResponses: true`. */
  recordedResponses: RecordedResponse[];
  close(): Promise<void>;
}

/** The API version the sandbox's objects follow (Stripe's OpenAPI description it validates against). */
export const SANDBOX_API_VERSION = '2023-08-16';

export async function startSandbox(options: SandboxOptions = {}): Promise<SandboxHandle> {
  const logger = options.logger ?? silentLogger;
  const runtime = new SandboxRuntime({
    settleDelaySeconds: options.settleDelaySeconds ?? 5,
    settleCheckIntervalMs: options.settleCheckIntervalMs ?? 250,
    apiVersion: SANDBOX_API_VERSION,
    stateFile: options.stateFile,
    delivery: {
      retryBaseMs: options.webhookRetryBaseMs ?? 500,
      maxAttempts: options.webhookMaxAttempts ?? 8,
      timeoutMs: options.webhookTimeoutMs ?? 10_000,
    },
    logger,
    oauth: options.oauth,
  });
  const recordedResponses: RecordedResponse[] = [];
  const server = createServer(requestListener(runtime, options.recordResponses ? recordedResponses : undefined));
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  runtime.context.settings.publicUrl = options.publicUrl ?? url;
  logger.info({ url }, 'sandbox: listening');
  return {
    url,
    port,
    get platformAccountId() {
      return runtime.context.state.platformAccountId;
    },
    recordedResponses,
    close: () =>
      new Promise<void>((resolve) => {
        runtime.stop();
        server.close(() => resolve());
        // Hanging requests (fault `hang`) and idle keep-alive sockets must not hold the close.
        server.closeAllConnections();
      }),
  };
}

/** Routes each request to the API, the control API or a hosted page. */
function requestListener(runtime: SandboxRuntime, recorder: RecordedResponse[] | undefined) {
  const api = new ApiPipeline({
    context: () => runtime.context,
    journal: runtime.journal,
    router: apiRouter(),
    faults: runtime.faults,
    expandable: expandableFieldsOf(SANDBOX_STORES),
    resolveAccount: resolveRequestAccount,
    recorder,
  });
  const control = controlRouter();
  const pages = new Router<PageRoute>();
  for (const route of [...onboardingPageRoutes, ...expressDashboardPageRoutes, ...oauthPageRoutes, ...checkoutPageRoutes])
    pages.add(route.method, route.path, route);

  const dispatch = async (request: IncomingMessage, response: ServerResponse) => {
    // Every answer carries one; the API pipeline replaces it with the id it also records.
    response.setHeader('Request-Id', newRequestId());
    const url = new URL(request.url ?? '/', 'http://sandbox.invalid');
    if (url.pathname.startsWith('/v1/')) return api.handle(request, response, url);
    if (url.pathname.startsWith('/_sandbox/')) return handleControlRequest(runtime, control, request, response, url);
    const oauthEndpoint = oauthEndpointFor(request.method ?? 'GET', url.pathname);
    if (oauthEndpoint) return handleOAuthEndpoint(() => runtime.context, runtime.journal, oauthEndpoint, request, response);
    const page = pages.match(request.method ?? 'GET', url.pathname);
    if (page) return handlePageRequest(() => runtime.context, runtime.journal, page, request, response);
    const notFound = new StripeError(`Unrecognized request URL (${request.method}: ${url.pathname}).`, { status: 404 });
    sendJson(response, 404, JSON.stringify(notFound.toBody()));
  };
  return (request: IncomingMessage, response: ServerResponse) => {
    dispatch(request, response).catch((error: unknown) => {
      runtime.context.logger.error({ err: error, url: request.url }, 'sandbox: request failed');
      if (!response.headersSent) {
        const internal = new StripeError('An unknown error occurred', { status: 500, type: 'api_error' });
        sendJson(response, 500, JSON.stringify(internal.toBody()));
      }
    });
  };
}
