import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import { MAX_REQUEST_BYTES } from '../graphql/query-limits';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics/metrics';
import { adminConsoleDirectory, graphiqlDirectory } from '../paths';
import { metricsAccess } from './metrics-access';
import { type ReadinessCheck, readinessRoute } from './readiness';
import { IMMUTABLE, REVALIDATE, precompressedStatic } from './static-assets';

export interface AppRoutes {
  readiness: ReadinessCheck[];
  graphql: RequestHandler;
  /** Extra routers mounted before the console (webhooks, onboarding redirects, the console's session). */
  routers?: Array<{ path: string; router: RequestHandler }>;
  /** Serve the self-hosted GraphiQL (whenever introspection is on). */
  graphiql: boolean;
  logger: Logger;
  /** Whose X-Forwarded-For names the client (TRUST_PROXY). */
  trustedProxies: string[];
  /** METRICS_TOKEN: the bearer token /metrics asks for; unset, it serves this machine only. */
  metricsToken: string | undefined;
}

/**
 * The last word on any request a route could not finish: a body that is not JSON, too large or
 * in an unknown encoding gets its own status and a GraphQL-shaped error; anything else is a
 * masked 500. Never Express's HTML page, never a stack.
 */
function jsonErrors(logger: Logger): ErrorRequestHandler {
  return (error: unknown, request, response, next) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    const { status } = (error ?? {}) as { status?: unknown };
    if (typeof status !== 'number' || status < 400 || status >= 500) {
      logger.error({ err: error, path: request.path }, 'Request failed');
      response.status(500).json({ errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      return;
    }
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
    response.status(status).json({ errors: [{ message: clientErrorMessage(error), extensions: { code } }] });
  };
}

/** body-parser's refusals in words; other messages only when marked safe to show (`expose`). */
function clientErrorMessage(error: unknown): string {
  const { type, expose } = error as { type?: unknown; expose?: unknown };
  if (type === 'entity.parse.failed') return 'The request body is not valid JSON.';
  if (type === 'entity.too.large') return 'The request body is too large.';
  return expose === true && error instanceof Error ? error.message : 'Bad request.';
}

function adminConsole(): RequestHandler {
  const router = express.Router();
  const indexFile = join(adminConsoleDirectory, 'index.html');
  router.use('/assets', precompressedStatic(join(adminConsoleDirectory, 'assets'), IMMUTABLE));
  // A script or stylesheet that is not there is a 404, never the console's page in its place.
  router.use('/assets', (_request, response) => {
    response.status(404).type('text/plain').send('Not found.');
  });
  router.use((_request, response) => {
    if (!existsSync(indexFile)) {
      response.status(503).type('text/plain').send('The admin console is not built yet: run `npm run build`.');
      return;
    }
    response.setHeader('Cache-Control', REVALIDATE);
    response.sendFile(indexFile);
  });
  return router;
}

/** GraphiQL's page revalidated on every load, its hashed assets kept for good. */
function graphiql(): RequestHandler {
  const router = express.Router();
  router.use('/assets', precompressedStatic(join(graphiqlDirectory, 'assets'), IMMUTABLE));
  router.use(precompressedStatic(graphiqlDirectory, REVALIDATE));
  router.get('/', (_request, response) => {
    response.setHeader('Cache-Control', REVALIDATE);
    response.sendFile(join(graphiqlDirectory, 'index.html'));
  });
  return router;
}

export function createApp(metrics: Metrics, routes: AppRoutes): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', routes.trustedProxies);
  // First the routes taken most (GraphQL, then webhooks), so they are matched before any other is tried.
  app.use('/graphql', express.json({ limit: MAX_REQUEST_BYTES }), routes.graphql);
  for (const { path, router } of routes.routers ?? []) app.use(path, router);
  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/readyz', readinessRoute(routes.readiness));
  app.get('/metrics', metricsAccess(routes.metricsToken), async (_request, response) => {
    response.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.get('/', (_request, response) => response.redirect('/admin/'));
  app.use('/admin', adminConsole());
  if (routes.graphiql) app.use('/graphiql', graphiql());
  app.use(jsonErrors(routes.logger));
  return app;
}
