import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import type Stripe from 'stripe';
import type { DataSource } from 'typeorm';
import { resolveJwtSecret } from '../auth/jwt-secret';
import { SessionRevoked } from '../auth/session.topics';
import type { Config } from '../config/config';
import { openDatabase } from '../db/data-source';
import { Database } from '../db/database';
import { WriteClock } from '../db/write-clock';
import { entities } from './entities';
import type { GatewayContext } from '../graphql/context';
import { createResolverContainer } from './resolver-container';
import { buildGatewaySchema } from './schema';
import { createApp } from '../http/app';
import { CONSOLE_SESSION_PATH, consoleSession } from '../http/console-session';
import { createGraphQLServer } from '../http/graphql-server';
import { GraphQLRoute, plainGraphQLRoute } from '../http/graphql-route';
import { clientAddressReader } from '../http/client-address';
import { plainWebhookRoute } from '../http/plain-routes';
import { MAX_REQUEST_BYTES } from '../graphql/query-limits';
import { ResponseCache } from '../graphql/response-cache';
import { StartUpProgress } from '../http/readiness';
import { attachSubscriptionServer } from '../http/subscription-server';
import type { Logger } from '../logging/logger';
import { createMetrics } from '../metrics/metrics';
import { registerSandboxOAuthCallback } from '../oauth/oauth-platform';
import { oauthRoutes } from '../oauth/oauth.routes';
import { onboardingRoutes } from '../onboarding/onboarding.routes';
import { demoPayRoutes } from '../payments/demo-pay.routes';
import { gatewayVersion } from '../config/paths';
import { seedDemoData } from './demo/demo-seed';
import { createGatewayPubSub } from '../pubsub/pubsub';
import { createServices, type Services } from './services';
import { gatewayTopics } from './topics';
import { createStripeConnection } from '../stripe/stripe-client';
import { registerSandboxEndpoints } from '../webhooks/webhook-endpoint.stripe';
import { MAX_WEBHOOK_BYTES, receiveWebhook, webhookRoutes } from '../webhooks/webhook.routes';

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
  /** Whether demo data is being seeded on this start. */
  seedingDemoData: boolean;
  stop(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

/** Where a generated first admin's password is kept, beside the database, until someone deletes it. */
export const FIRST_ADMIN_FILE = 'first-admin.txt';

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
  if (!created) return [];
  // A terminal scrolls: the password is also kept where the banner says, readable by this user only.
  const file = join(config.dataDirectory, FIRST_ADMIN_FILE);
  writeFileSync(file, `First admin of the payouts console\nemail: ${email}\npassword: ${password}\n\nDelete this file once you have signed in and set up two-factor.\n`, { mode: 0o600 });
  return [`Sign in as ${email} with the password ${password}`, `(generated once, also written to ${file}; set ADMIN_EMAIL and ADMIN_PASSWORD to choose)`];
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

const seedsDemoData = (config: Config, isSandbox: boolean) => config.seedDemo && isSandbox && !config.stripe.secretKey && Boolean(config.stripe.apiUrl);

/**
 * Demo data on a first start against the sandbox, seeded while the gateway already serves. Its
 * dozens of routine lines (every webhook applied) would bury the start-up banner, so only
 * warnings are logged while it runs, unless a more verbose LOG_LEVEL was asked for.
 */
function seedDemo(config: Config, services: Services, database: Database, logger: Logger): Promise<boolean> {
  const level = logger.level;
  if (level === 'info') logger.level = 'warn';
  return seedDemoData(services, database, config.stripe.apiUrl!, logger)
    .catch((error: unknown) => {
      logger.error({ err: error }, 'demo data could not be seeded');
      return false;
    })
    .finally(() => {
      logger.level = level;
    });
}

export async function startGateway(config: Config, logger: Logger): Promise<RunningGateway> {
  const metrics = createMetrics();
  const writeClock = new WriteClock();
  const dataSource = await openDatabase(config, entities, logger, metrics, writeClock);
  const database = new Database(dataSource, writeClock);
  // Redis's client is loaded only when configured: a single instance starts without it.
  const redis = config.redisUrl
    ? await (await import('../pubsub/redis-event-target.js')).connectRedisEvents(config.redisUrl, config.redisChannelPrefix, gatewayTopics, logger)
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
    viewer: await services.credentials.viewerFromAuthorization(authorization),
    clientAddress,
    pubSub,
  });

  const responseCache = config.responseCache ? new ResponseCache(writeClock) : undefined;
  const session = consoleSession({
    publicUrl: () => publicUrl,
    viewerOf: (authorization) => services.credentials.viewerFromAuthorization(authorization),
    logOut: (viewer) => services.auth.logOut(viewer),
  });
  const httpServer = createServer();
  session.guardUpgrades(httpServer);
  const subscriptions = attachSubscriptionServer({
    httpServer,
    path: '/graphql',
    schema,
    logger,
    trustedProxies: config.trustedProxies,
    introspection: config.introspection,
    limits: config.webSocket,
    revokedSessions: pubSub.subscribe(SessionRevoked),
    closedSessions: (sessionIds) => services.sessions.closedSessions(sessionIds),
    createContext: (params, address, request) => createContext(session.authorization(request, params?.authorization), address),
  });
  const graphQLServer = createGraphQLServer({ config, schema, httpServer, logger, responseCache, disposeSubscriptions: subscriptions.dispose });
  await graphQLServer.start();
  const startUp = new StartUpProgress();
  const clientAddressOf = clientAddressReader(config.trustedProxies);
  const graphqlRoute = new GraphQLRoute({ server: graphQLServer, cache: responseCache, createContext: (request) => createContext(session.authorization(request, request.headers.authorization), clientAddressOf(request)) });
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
    graphql: graphqlRoute.handle,
    plainRoutes: [
      plainGraphQLRoute(graphqlRoute, MAX_REQUEST_BYTES),
      plainWebhookRoute(MAX_WEBHOOK_BYTES, (rawBody, signature) => receiveWebhook(services.webhooks, logger, rawBody, signature)),
    ],
    routers: [
      { path: '/webhooks/stripe', router: webhookRoutes(services.webhooks, logger) },
      { path: '/connect/onboarding', router: onboardingRoutes(services.onboardingRedirects, logger) },
      { path: CONSOLE_SESSION_PATH, router: session.routes },
      { path: '/connect/oauth', router: oauthRoutes(services.oauth.callback, logger) },
      // A reader's payment end to end, never against live Stripe.
      ...(stripe.isTestMode ? [{ path: '/demo/pay', router: demoPayRoutes(database, services.payments.checkout, () => publicUrl, logger) }] : []),
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
  // Only a first start seeds: a database that already has writers keeps what it has.
  const seedingDemoData = seedsDemoData(config, stripe.isSandbox) && (await services.writers.count()) === 0;
  const demoData = seedingDemoData ? seedDemo(config, services, database, logger) : Promise.resolve(false);

  return {
    url: publicUrl,
    port,
    dataSource,
    services,
    notices,
    demoData,
    seedingDemoData,
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
