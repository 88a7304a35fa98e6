import 'reflect-metadata';
import { ConfigError, loadConfig, type Config } from '../config/config';
import { setTimeout as delay } from 'node:timers/promises';
import { type RunningGateway, startGateway } from './gateway';
import { createLogger } from '../logging/logger';

// A sandbox that stopped answering must not hold the banner back for long.
const DEMO_BANNER_WAIT_MS = 10_000;
const RULE = '─'.repeat(72);

/**
 * The banner comes last and stands apart, so the addresses and a generated password are what
 * is left on screen; with demo data it waits (briefly) until the data is there.
 */
async function printBanner(gateway: RunningGateway, readyAfterMs: number): Promise<void> {
  const { url } = gateway;
  const seeding = gateway.seedingDemoData;
  if (seeding) process.stdout.write('Seeding demo data (SEED_DEMO=0 turns this off)…\n');
  const seeded = seeding ? await Promise.race([gateway.demoData, delay(DEMO_BANNER_WAIT_MS, null, { ref: false })]) : false;
  const demoLine =
    seeded === true
      ? ['  Demo data                 seeded: a dozen writers, top-ups and transfers (SEED_DEMO=0 turns this off)']
      : seeded === null
        ? ['  Demo data                 still seeding; "Demo data seeded" follows']
        : [];
  const lines = [
    '',
    RULE,
    `Payouts gateway ready in ${readyAfterMs} ms`,
    `  GraphQL (Apollo Sandbox)  ${url}/graphql`,
    `  GraphiQL (works offline)  ${url}/graphiql/`,
    `  Admin console             ${url}/admin`,
    `  Health                    ${url}/healthz  ${url}/readyz`,
    ...demoLine,
    ...(gateway.notices.length > 0 ? ['', ...gateway.notices.map((notice) => `  ${notice}`)] : []),
    RULE,
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (seeded === null) void gateway.demoData.then((done) => done && process.stdout.write('Demo data seeded (a dozen writers, top-ups and transfers)\n'));
}

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) process.stderr.write(`Invalid configuration: ${problem}\n`);
    process.exit(1);
  }
}

/**
 * Starts the gateway and stops it cleanly (drain HTTP and WebSocket, close the database) on
 * SIGTERM/SIGINT; `afterStop` lets the launcher close what it started alongside (the sandbox).
 */
export async function main(startedAtMs = Date.now(), afterStop: () => Promise<void> = async () => undefined): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config);
  const gateway = await startGateway(config, logger);
  await printBanner(gateway, Date.now() - startedAtMs);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    try {
      await gateway.stop();
      await afterStop();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

/** `node dist/server/main.js`: starts, or says in one line why it could not and exits. */
export function startFromCommandLine(): void {
  main().catch((error: unknown) => {
    process.stderr.write(`Gateway failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
