import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express, type RequestHandler } from 'express';
import { tokenLimitMiddleware } from '../graphql/query-limits';
import type { Metrics } from '../metrics/metrics';
import { adminConsoleDirectory, graphiqlDirectory } from '../paths';

/** Something the gateway needs to serve requests; `/readyz` is 503 while one fails. */
export interface ReadinessCheck {
  name: string;
  check(): Promise<void>;
}

export interface AppRoutes {
  readiness: ReadinessCheck[];
  graphql: RequestHandler;
  /** Extra routers mounted before the GraphQL endpoint (webhooks, onboarding redirects). */
  routers?: Array<{ path: string; router: RequestHandler }>;
  /** Serve the self-hosted GraphiQL (whenever introspection is on). */
  graphiql: boolean;
}

function adminConsole(): RequestHandler {
  const router = express.Router();
  const indexFile = join(adminConsoleDirectory, 'index.html');
  router.use(express.static(adminConsoleDirectory, { index: false, maxAge: '1h', immutable: false }));
  router.use((_request, response) => {
    if (!existsSync(indexFile)) {
      response.status(503).type('text/plain').send('The admin console is not built yet: run `npm run build`.');
      return;
    }
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexFile);
  });
  return router;
}

export function createApp(metrics: Metrics, routes: AppRoutes): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/readyz', async (_request, response) => {
    for (const { name, check } of routes.readiness) {
      try {
        await check();
      } catch {
        response.status(503).json({ status: 'unavailable', reason: `${name} unreachable` });
        return;
      }
    }
    response.json({ status: 'ready' });
  });
  app.get('/metrics', async (_request, response) => {
    response.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.get('/', (_request, response) => response.redirect('/admin/'));
  app.use('/admin', adminConsole());
  if (routes.graphiql) app.use('/graphiql', express.static(graphiqlDirectory, { maxAge: '1h' }));
  for (const { path, router } of routes.routers ?? []) app.use(path, router);
  app.use('/graphql', express.json({ limit: '100kb' }), tokenLimitMiddleware, routes.graphql);
  return app;
}
