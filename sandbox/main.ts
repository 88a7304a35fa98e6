import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { startSandbox } from './sandbox.server';

/**
 * Standalone sandbox: `node dist/sandbox/main.js [--port 12111] [--host 127.0.0.1]
 * [--state-file path | --no-persist] [--settle-delay 5]`. Environment: SANDBOX_PORT,
 * DATA_DIR (state kept in `$DATA_DIR/sandbox-state.sqlite`, default ./data), LOG_LEVEL.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'state-file': { type: 'string' },
      'no-persist': { type: 'boolean' },
      'settle-delay': { type: 'string' },
    },
  });
  const port = Number(values.port ?? process.env.SANDBOX_PORT ?? 0);
  const settleDelaySeconds = Number(values['settle-delay'] ?? 5);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port: ${values.port ?? process.env.SANDBOX_PORT}`);
  if (!Number.isFinite(settleDelaySeconds) || settleDelaySeconds < 0) throw new Error(`invalid settle delay: ${values['settle-delay']}`);
  const dataDirectory = process.env.DATA_DIR ?? './data';
  const stateFile = values['no-persist'] ? undefined : (values['state-file'] ?? join(dataDirectory, 'sandbox-state.sqlite'));
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });
  const sandbox = await startSandbox({ port, host: values.host, stateFile, settleDelaySeconds, logger });
  console.log(`Stripe sandbox listening on ${sandbox.url} (platform ${sandbox.platformAccountId})`);
  const shutdown = () => void sandbox.close().then(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(`sandbox: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
