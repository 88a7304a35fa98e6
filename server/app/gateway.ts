import { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import type { DataSource } from 'typeorm';
import { resolveJwtSecret } from '../auth/jwt-secret';
import type { Config } from '../config/config';
import { openDatabase } from '../db/data-source';
import { SqliteCheckpoints } from '../db/checkpoints';
import { Database } from '../db/database';
import { WriteClock } from '../db/write-clock';
import { StartUpProgress } from '../http/readiness';
import type { Logger } from '../logging/logger';
import { createMetrics } from '../metrics/metrics';
import { createGatewayPubSub } from '../pubsub/pubsub';
import { createStripeConnection } from '../stripe/stripe-client';
import { startDemoSeeding } from './demo/demo-start';
import { entities } from './entities';
import { createGatewayHttp } from './gateway-http';
import { assertRedirectsAllowed, configuredSettings, finishStartUp } from './gateway-start-up';
import { createServices, type Services } from './services';
import { gatewayTopics } from './topics';

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

/** Redis's client is loaded only when configured: a single instance starts without it. */
async function connectRedis(config: Config, logger: Logger) {
  if (!config.redisUrl) return undefined;
  const { connectRedisEvents } = await import('../pubsub/redis-event-target.js');
  return connectRedisEvents(config.redisUrl, config.redisChannelPrefix, gatewayTopics, logger);
}

export async function startGateway(config: Config, logger: Logger): Promise<RunningGateway> {
  const metrics = createMetrics();
  const writeClock = new WriteClock();
  const dataSource = await openDatabase(config, entities, logger, metrics, writeClock);
  const database = new Database(dataSource, writeClock);
  const checkpoints = new SqliteCheckpoints(database, logger);
  checkpoints.start();
  const redis = await connectRedis(config, logger);
  const pubSub = createGatewayPubSub(redis?.eventTarget);
  const stripe = createStripeConnection(config);
  const settings = configuredSettings(config);
  const services = createServices({
    config,
    database,
    stripe,
    pubSub,
    logger,
    metrics,
    jwtSecret: resolveJwtSecret(config),
    publicUrl: () => settings.publicUrl,
    webhookSecrets: () => settings.webhookSecrets,
    oauthClientId: () => settings.oauthClientId,
    sharedBudgets: redis ? { redis: redis.commands, keyPrefix: config.redisChannelPrefix } : undefined,
  });
  const startUp = new StartUpProgress();
  const readiness = [
    startUp,
    { name: 'database', check: async () => void (await dataSource.query('SELECT 1')) },
    ...(redis ? [{ name: 'redis', check: () => redis.ping() }] : []),
  ];
  const http = await createGatewayHttp({
    config,
    logger,
    metrics,
    services,
    pubSub,
    stripe,
    database,
    writeClock,
    readiness,
    publicUrl: () => settings.publicUrl,
  });
  const port = await listen(http.httpServer, config.port, config.host);
  settings.publicUrl ||= `http://localhost:${port}`;
  assertRedirectsAllowed(settings.publicUrl, stripe.isTestMode);
  const notices = await finishStartUp({ config, stripe, services, settings, port, startUp, logger });
  const demo = await startDemoSeeding(config, stripe.isSandbox, services, database, logger);

  return {
    url: settings.publicUrl,
    port,
    dataSource,
    services,
    notices,
    demoData: demo.done,
    seedingDemoData: demo.seeding,
    async stop() {
      // Never half a demo: a stop during seeding lets it finish (it takes about a second), but
      // a sandbox that stopped answering does not hold the shutdown past a few seconds.
      await Promise.race([demo.done, delay(DEMO_SEED_STOP_WAIT_MS, undefined, { ref: false })]);
      await http.stop();
      for (const job of services.backgroundJobs) await job.stop();
      await checkpoints.stop();
      await dataSource.destroy();
      await redis?.close();
    },
  };
}
