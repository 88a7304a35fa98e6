// `npm start`: builds whatever is missing, starts the embedded Stripe sandbox when no Stripe
// key is configured, then serves the gateway.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const startedAtMs = Date.now();
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

// In this process: a second one would cost its own start-up before the gateway's.
await import('./build.mjs');

const usesEmbeddedSandbox = !process.env.STRIPE_SECRET_KEY && !process.env.STRIPE_API_URL;
let sandbox;
if (usesEmbeddedSandbox) {
  const { startSandbox } = require(join(root, 'dist', 'sandbox', 'sandbox.server.js'));
  sandbox = await startSandbox({
    port: Number(process.env.SANDBOX_PORT ?? 0),
    stateFile: join(process.env.DATA_DIR ?? join(root, 'data'), 'sandbox-state.sqlite'),
  });
  process.env.STRIPE_API_URL = sandbox.url;
  process.stdout.write(`Stripe sandbox (no STRIPE_SECRET_KEY set)  ${sandbox.url}\n`);
}

const { main } = require(join(root, 'dist', 'server', 'main.js'));
await main(startedAtMs, async () => sandbox?.close()).catch(async (error) => {
  process.stderr.write(`Gateway failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  await sandbox?.close();
  process.exit(1);
});
