import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestListener } from 'node:http';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { MAX_REQUEST_BYTES } from '../graphql/query-limits';
import type { Logger } from '../logging/logger';
import type { Metrics } from '../metrics/metrics';
import { adminConsoleDirectory, graphiqlDirectory } from '../config/paths';
import { errorAnswer, sendPlain } from './json-errors';
import { metricsAccess } from './metrics-access';
import { type PlainRoute, withPlainRoutes } from './plain-routes';
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
  /** Requests answered before Express when they are plain enough (see PlainRoute). */
  plainRoutes?: PlainRoute[];
}

/** Express's last handler: what errorAnswer says, unless an answer was already begun. */
function jsonErrors(logger: Logger): ErrorRequestHandler {
  return (error: unknown, request, response, next) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    sendPlain(response, errorAnswer(error, logger, request.path));
  };
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

export function createApp(metrics: Metrics, routes: AppRoutes): RequestListener {
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
  return withPlainRoutes(app, routes.plainRoutes ?? [], routes.logger);
}
