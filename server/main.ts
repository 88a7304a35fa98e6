import 'reflect-metadata';
import { ConfigError, loadConfig, type Config } from './config/config';
import { startGateway } from './gateway';
import { createLogger } from './logger';

function printReady(url: string, startedAtMs: number, notices: string[]) {
  const lines = [
    `Payouts gateway ready in ${Date.now() - startedAtMs} ms`,
    `  GraphQL (Apollo Sandbox)  ${url}/graphql`,
    `  GraphiQL (works offline)  ${url}/graphiql/`,
    `  Admin console             ${url}/admin`,
    `  Health                    ${url}/healthz  ${url}/readyz`,
    ...notices,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
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
  printReady(gateway.url, startedAtMs, gateway.notices);
  void gateway.demoData.then((seeded) => {
    if (seeded) process.stdout.write('Demo data seeded (a dozen writers, top-ups and transfers); SEED_DEMO=0 turns this off\n');
  });
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

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`Gateway failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
