import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { expressMiddleware } from '@as-integrations/express5';
import type Stripe from 'stripe';
import type { DataSource } from 'typeorm';
import { resolveJwtSecret } from './auth/jwt-secret';
import type { Config } from './config/config';
import { openDatabase } from './db/data-source';
import { Database } from './db/database';
import type { GatewayContext } from './graphql/context';
import { createResolverContainer } from './graphql/resolver-container';
import { buildGatewaySchema } from './graphql/schema';
import { createApp } from './http/app';
import { createGraphQLServer } from './http/graphql-server';
import { StartUpProgress } from './http/readiness';
import { attachSubscriptionServer } from './http/subscription-server';
import type { Logger } from './logger';
import { createMetrics } from './metrics/metrics';
import { registerSandboxOAuthCallback } from './oauth/oauth-platform';
import { oauthRoutes } from './oauth/oauth.routes';
import { onboardingRoutes } from './onboarding/onboarding.routes';
import { gatewayVersion } from './paths';
import { seedDemoData } from './demo/demo-seed';
import { createGatewayPubSub } from './pubsub/pubsub';
import { createServices, type Services } from './services';
import { createStripeConnection } from './stripe/stripe-client';
import { registerSandboxEndpoints } from './webhooks/sandbox-endpoints';
import { webhookRoutes } from './webhooks/webhook.routes';

// How long a stop waits for demo data still being seeded.
const DEMO_SEED_STOP_WAIT_MS = 5_000;

export interface RunningGateway {
  url: string;
  port: number;
  dataSource: DataSource;
  services: Services;
  /** Lines worth showing once at start (a generated admin password). */
  notices: string[];
  /**
   * Demo data being seeded while the gateway already serves (true once seeded, false when not
   * seeded); the console shows it arriving live.
   */
  demoData: Promise<boolean>;
  stop(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

/** The first admin on an empty database: from ADMIN_EMAIL/ADMIN_PASSWORD, or generated outside production. */
async function bootstrapAdmin(config: Config, services: Services, logger: Logger): Promise<string[]> {
  if (config.admin.email && config.admin.password) {
    await services.auth.bootstrapAdmin(config.admin.email, config.admin.password);
    return [];
  }
  if (config.isProduction) {
    logger.warn('No ADMIN_EMAIL/ADMIN_PASSWORD: no admin is created on an empty database');
    return [];
  }
  const email = config.admin.email ?? 'admin@example.com';
  const password = randomBytes(12).toString('base64url');
  const created = await services.auth.bootstrapAdmin(email, password);
  return created ? [`First admin created: ${email} / ${password}  (shown once; set ADMIN_EMAIL and ADMIN_PASSWORD to choose)`] : [];
}

/** Stripe sends writers back over https; plain http is fine only for localhost in test mode. */
function assertRedirectsAllowed(publicUrl: string, isTestMode: boolean): void {
  const { protocol, hostname } = new URL(publicUrl);
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(hostname);
  if (protocol !== 'https:' && !(isTestMode && loopback)) {
    throw new Error(`PUBLIC_URL must be https (plain http only for localhost with a test key or the sandbox), got ${publicUrl}`);
  }
}

/** With the sandbox and no configured secrets, the gateway registers its own endpoints and uses theirs. */
async function sandboxWebhookSecrets(config: Config, stripe: Stripe, port: number): Promise<string[]> {
  return registerSandboxEndpoints(stripe, `http://127.0.0.1:${port}/webhooks/stripe`).catch((error: unknown) => {
    throw new Error(`could not register webhook endpoints with the Stripe sandbox at ${config.stripe.apiUrl}: ${error instanceof Error ? error.message : String(error)}`);
  });
}

/** Demo data on a first start against the sandbox, seeded while the gateway already serves. */
function seedDemoOnFirstStart(config: Config, isSandbox: boolean, services: Services, database: Database, logger: Logger): Promise<boolean> {
  const sandboxUrl = config.seedDemo && isSandbox && !config.stripe.secretKey ? config.stripe.apiUrl : undefined;
  if (!sandboxUrl) return Promise.resolve(false);
  return seedDemoData(services, database, sandboxUrl, logger).catch((error: unknown) => {
    logger.error({ err: error }, 'demo data could not be seeded');
    return false;
  });
}

export async function startGateway(config: Config, logger: Logger): Promise<RunningGateway> {
  const metrics = createMetrics();
  const dataSource = await openDatabase(config, logger, metrics);
  const database = new Database(dataSource);
  // Redis's client is loaded only when configured: a single instance starts without it.
  const redis = config.redisUrl
    ? await (await import('./pubsub/redis-event-target.js')).connectRedisEvents(config.redisUrl, config.redisChannelPrefix, logger)
    : undefined;
  const pubSub = createGatewayPubSub(redis?.eventTarget);
  const stripe = createStripeConnection(config);
  let publicUrl = config.publicUrl ?? '';
  let oauthClientId = config.stripe.clientId;
  let webhookSecrets = [config.stripe.webhookSecret, config.stripe.connectWebhookSecret].filter((secret): secret is string => Boolean(secret));
  const services = createServices({
    config,
    database,
    stripe,
    pubSub,
    logger,
    metrics,
    jwtSecret: resolveJwtSecret(config),
    publicUrl: () => publicUrl,
    webhookSecrets: () => webhookSecrets,
    oauthClientId: () => oauthClientId,
    sharedBudgets: redis ? { redis: redis.commands, keyPrefix: config.redisChannelPrefix } : undefined,
  });
  const container = createResolverContainer(services, { version: gatewayVersion, sandbox: stripe.isSandbox });
  const schema = await buildGatewaySchema({ container, pubSub });
  const createContext = async (authorization: unknown, clientAddress: string): Promise<GatewayContext> => ({
    viewer: await services.sessions.viewerFromAuthorization(authorization),
    clientAddress,
    pubSub,
  });

  const httpServer = createServer();
  const subscriptions = attachSubscriptionServer({
    httpServer,
    path: '/graphql',
    schema,
    logger,
    trustedProxies: config.trustedProxies,
    introspection: config.introspection,
    limits: config.webSocket,
    pubSub,
    closedSessions: (sessionIds) => services.sessions.closedSessions(sessionIds),
    createContext: (params, address) => createContext(params?.authorization, address),
  });
  const graphQLServer = createGraphQLServer({ config, schema, httpServer, logger, disposeSubscriptions: subscriptions.dispose });
  await graphQLServer.start();
  const startUp = new StartUpProgress();
  const app = createApp(metrics, {
    readiness: [
      startUp,
      { name: 'database', check: async () => void (await dataSource.query('SELECT 1')) },
      ...(redis ? [{ name: 'redis', check: () => redis.ping() }] : []),
    ],
    graphiql: config.introspection,
    logger,
    trustedProxies: config.trustedProxies,
    metricsToken: config.metricsToken,
    graphql: expressMiddleware(graphQLServer, {
      context: async ({ req }) => createContext(req.headers.authorization, req.ip ?? 'unknown'),
    }),
    routers: [
      { path: '/webhooks/stripe', router: webhookRoutes(services.webhooks, logger) },
      { path: '/connect/onboarding', router: onboardingRoutes(services.onboardingRedirects, logger) },
      { path: '/connect/oauth', router: oauthRoutes(services.oauth.callback, logger) },
    ],
  });
  httpServer.on('request', app);
  const port = await listen(httpServer, config.port, config.host);
  publicUrl ||= `http://localhost:${port}`;
  assertRedirectsAllowed(publicUrl, stripe.isTestMode);

  if (stripe.isSandbox && webhookSecrets.length === 0) {
    startUp.begin('registering webhook endpoints with the Stripe sandbox');
    webhookSecrets = await sandboxWebhookSecrets(config, stripe.client, port);
  } else if (webhookSecrets.length === 0) {
    logger.warn('STRIPE_WEBHOOK_SECRET is not set: Stripe events will be refused until it is');
  }
  if (stripe.isSandbox) {
    startUp.begin('registering the OAuth callback with the Stripe sandbox');
    const sandboxClientId = await registerSandboxOAuthCallback(stripe.client, services.oauth.platform.callbackUrl(), logger);
    oauthClientId ??= sandboxClientId;
  }
  startUp.begin('creating the first admin');
  const notices = await bootstrapAdmin(config, services, logger);
  for (const job of services.backgroundJobs) job.start();
  startUp.finish();
  const demoData = seedDemoOnFirstStart(config, stripe.isSandbox, services, database, logger);

  return {
    url: publicUrl,
    port,
    dataSource,
    services,
    notices,
    demoData,
    async stop() {
      // Never half a demo: a stop during seeding lets it finish (it takes about a second), but
      // a sandbox that stopped answering does not hold the shutdown past a few seconds.
      await Promise.race([demoData, delay(DEMO_SEED_STOP_WAIT_MS, undefined, { ref: false })]);
      await graphQLServer.stop();
      for (const job of services.backgroundJobs) await job.stop();
      await dataSource.destroy();
      await redis?.close();
    },
  };
}
