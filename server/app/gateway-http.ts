import { createServer, type Server } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { SessionRevoked } from '../auth/session.topics';
import type { Config } from '../config/config';
import { gatewayVersion } from '../config/paths';
import type { Database } from '../db/database';
import type { WriteClock } from '../db/write-clock';
import type { GatewayContext } from '../graphql/context';
import { ResponseCache } from '../graphql/response-cache';
import { createApp } from '../http/app';
import { CONSOLE_SESSION_PATH, consoleSession } from '../http/console-session';
import { clientAddressReader } from '../http/client-address';
import { GraphQLRoute, plainGraphQLRoute } from '../http/graphql-route';
import { plainWebhookRoute } from '../http/plain-routes';
import { MAX_REQUEST_BYTES } from '../graphql/query-limits';
import { createGraphQLServer } from '../http/graphql-server';
import type { ReadinessCheck } from '../http/readiness';
import { attachSubscriptionServer } from '../http/subscription-server';
import type { Logger } from '../logging/logger';
import type { Metrics } from '../metrics/metrics';
import { oauthRoutes } from '../oauth/oauth.routes';
import { onboardingRoutes } from '../onboarding/onboarding.routes';
import { demoPayRoutes } from '../payments/demo-pay.routes';
import type { GatewayPubSub } from '../pubsub/pubsub';
import type { StripeConnection } from '../stripe/stripe-client';
import { MAX_WEBHOOK_BYTES, receiveWebhook, webhookRoutes } from '../webhooks/webhook.routes';
import { createResolverContainer } from './resolver-container';
import { buildGatewaySchema } from './schema';
import type { Services } from './services';

export interface GatewayHttpParts {
  config: Config;
  logger: Logger;
  metrics: Metrics;
  services: Services;
  pubSub: GatewayPubSub;
  stripe: StripeConnection;
  database: Database;
  writeClock: WriteClock;
  /** What `/readyz` checks, in order: it names the first that fails. */
  readiness: ReadinessCheck[];
  /** The gateway's public base URL, known once it listens. */
  publicUrl: () => string;
}

export interface GatewayHttp {
  httpServer: Server;
  /** Drains HTTP and WebSocket requests. */
  stop(): Promise<void>;
}

type CreateContext = (authorization: unknown, clientAddress: string) => Promise<GatewayContext>;

/** GraphQL over WebSocket on the same port and path, with the same viewer and limits. */
function attachSubscriptions(
  parts: GatewayHttpParts,
  httpServer: Server,
  schema: GraphQLSchema,
  session: ReturnType<typeof consoleSession>,
  createContext: CreateContext,
) {
  const { config, services, pubSub } = parts;
  return attachSubscriptionServer({
    httpServer,
    path: '/graphql',
    schema,
    logger: parts.logger,
    trustedProxies: config.trustedProxies,
    introspection: config.introspection,
    limits: config.webSocket,
    revokedSessions: pubSub.subscribe(SessionRevoked),
    closedSessions: (sessionIds) => services.sessions.closedSessions(sessionIds),
    createContext: (params, address, request) => createContext(session.authorization(request, params?.authorization), address),
  });
}

/** The routers mounted beside GraphQL: Stripe's webhooks and redirects, the console's session. */
function routers(parts: GatewayHttpParts, session: ReturnType<typeof consoleSession>) {
  const { services, logger } = parts;
  return [
    { path: '/webhooks/stripe', router: webhookRoutes(services.webhooks, logger) },
    { path: '/connect/onboarding', router: onboardingRoutes(services.onboardingRedirects, logger) },
    { path: CONSOLE_SESSION_PATH, router: session.routes },
    { path: '/connect/oauth', router: oauthRoutes(services.oauth.callback, logger) },
    // A reader's payment end to end, never against live Stripe.
    ...(parts.stripe.isTestMode ? [{ path: '/demo/pay', router: demoPayRoutes(parts.database, services.payments.checkout, parts.publicUrl, logger) }] : []),
  ];
}

/** The HTTP server of the gateway, not yet listening: GraphQL over HTTP and WebSocket, and every route. */
export async function createGatewayHttp(parts: GatewayHttpParts): Promise<GatewayHttp> {
  const { config, services, pubSub, logger } = parts;
  const container = createResolverContainer(services, { version: gatewayVersion, sandbox: parts.stripe.isSandbox });
  const schema = await buildGatewaySchema({ container, pubSub });
  const createContext: CreateContext = async (authorization, clientAddress) => ({
    viewer: await services.credentials.viewerFromAuthorization(authorization),
    clientAddress,
    pubSub,
  });
  const responseCache = config.responseCache ? new ResponseCache(parts.writeClock) : undefined;
  const session = consoleSession({
    publicUrl: parts.publicUrl,
    viewerOf: (authorization) => services.credentials.viewerFromAuthorization(authorization),
    logOut: (viewer) => services.auth.logOut(viewer),
  });
  const httpServer = createServer();
  session.guardUpgrades(httpServer);
  const subscriptions = attachSubscriptions(parts, httpServer, schema, session, createContext);
  const graphQLServer = createGraphQLServer({ config, schema, httpServer, logger, responseCache, disposeSubscriptions: subscriptions.dispose });
  await graphQLServer.start();
  const clientAddressOf = clientAddressReader(config.trustedProxies);
  const graphqlRoute = new GraphQLRoute({
    server: graphQLServer,
    cache: responseCache,
    createContext: (request) => createContext(session.authorization(request, request.headers.authorization), clientAddressOf(request)),
  });
  const app = createApp(parts.metrics, {
    readiness: parts.readiness,
    graphiql: config.introspection,
    logger,
    trustedProxies: config.trustedProxies,
    metricsToken: config.metricsToken,
    graphql: graphqlRoute.handle,
    // Plain JSON posts to /graphql and Stripe's webhooks are answered before Express.
    plainRoutes: [
      plainGraphQLRoute(graphqlRoute, MAX_REQUEST_BYTES),
      plainWebhookRoute(MAX_WEBHOOK_BYTES, (rawBody, signature) => receiveWebhook(services.webhooks, logger, rawBody, signature)),
    ],
    routers: routers(parts, session),
  });
  httpServer.on('request', app);
  return { httpServer, stop: () => graphQLServer.stop() };
}
