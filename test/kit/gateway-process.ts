import { type ChildProcess, spawn } from 'node:child_process';
import { EventEmitter, once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { present } from './checks';
import { waitFor } from './wait';

const projectRoot = join(__dirname, '..', '..');
const READY_LINE = /Payouts gateway ready in \d+ ms\n\s+GraphQL \(Apollo Sandbox\)\s+(http:\/\/\S+)\/graphql/;
// Generous: on a loaded 2-core machine a start can take many times its usual second. Waits
// end on the child's output or exit, so a healthy start never waits this long. Below jest's
// testTimeout, so that a slow start fails with the gateway's output, not a bare jest timeout.
export const READY_TIMEOUT_MS = 60_000;
/** How long a stopped gateway may take to shut down gracefully before it is killed. */
const STOP_TIMEOUT_MS = 20_000;

/** A gateway process that may still be starting. */
export interface LaunchedGateway {
  process: ChildProcess;
  dataDirectory: string;
  output(): string;
  /** Resolves with the first match of `pattern` in the output; rejects if the process exits first. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  /** Sends a signal and resolves with the exit code (null when killed by a signal). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** A gateway that printed its ready line and answers /readyz with 200. */
export interface GatewayProcess extends LaunchedGateway {
  url: string;
}

export function newDataDirectory(): string {
  return mkdtempSync(join(tmpdir(), 'payouts-gateway-'));
}

/** A port nothing listens on right now, for a gateway whose address must be known before it is ready. */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

const ENTRY_POINTS = {
  /** The compiled gateway alone, pointed at a Stripe (or sandbox) by the environment. */
  gateway: join(projectRoot, 'dist', 'server', 'main.js'),
  /** What `npm start` runs: build if needed, embedded sandbox, gateway. */
  start: join(projectRoot, 'scripts', 'start.mjs'),
};

/** Starts the gateway as its own process, as production does, without waiting for it. */
export function launchGateway(environment: NodeJS.ProcessEnv = {}, entry: keyof typeof ENTRY_POINTS = 'gateway'): LaunchedGateway {
  const dataDirectory = environment.DATA_DIR ?? newDataDirectory();
  const child = spawn(process.execPath, [ENTRY_POINTS[entry]], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH, NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', SEED_DEMO: '0', DATA_DIR: dataDirectory, ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const changes = new EventEmitter();
  const append = (chunk: Buffer) => {
    output += chunk.toString();
    changes.emit('change');
  };
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  // 'close' comes after the last of the output, so an error quoting it quotes all of it.
  let closed = false;
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  void exited.then(() => {
    closed = true;
    changes.emit('change');
  });
  const isRunning = () => child.exitCode === null && child.signalCode === null;
  const exitError = (waitedFor: string) => new Error(`gateway exited with ${child.exitCode ?? child.signalCode} before ${waitedFor}:\n${output}`);
  return {
    process: child,
    dataDirectory,
    output: () => output,
    waitForOutput: (pattern, timeoutMs = READY_TIMEOUT_MS) =>
      waitFor(
        () => {
          const match = pattern.exec(output);
          if (match) return match;
          // Closed: everything it printed has been checked.
          if (closed) throw exitError(`printing ${pattern}`);
          return undefined;
        },
        { what: `${pattern} in the gateway's output`, timeoutMs, changes, context: () => `the gateway's output:\n${output}` },
      ),
    stop: async (signal = 'SIGTERM') => {
      if (!isRunning()) return exited;
      child.kill(signal);
      // A gateway that ignores its signal must not outlive the test: it gets SIGKILL, and the exit code says so.
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/** Polls /readyz until it answers 200; the ready line comes first, so this is normally one request. */
async function untilReady(url: string, timeoutMs: number, gateway: LaunchedGateway): Promise<void> {
  let last = 'no answer';
  await waitFor(
    async () => {
      if (gateway.process.exitCode !== null || gateway.process.signalCode !== null)
        throw new Error(`gateway exited while /readyz answered ${last}:\n${gateway.output()}`);
      const response = await fetch(`${url}/readyz`).catch((error: Error) => error);
      if (!(response instanceof Error) && response.status === 200) return true;
      last = response instanceof Error ? response.message : `${response.status} ${await response.text()}`;
      return false;
    },
    {
      what: '/readyz to answer 200 after the ready line',
      timeoutMs,
      intervalMs: 20,
      context: () => `/readyz answered ${last}; the gateway's output:\n${gateway.output()}`,
    },
  );
}

/** Runs the gateway as its own process and resolves once it is ready (ready line, then /readyz 200). */
export async function spawnGateway(
  environment: NodeJS.ProcessEnv = {},
  timeoutMs = READY_TIMEOUT_MS,
  entry: keyof typeof ENTRY_POINTS = 'gateway',
): Promise<GatewayProcess> {
  const deadlineMs = Date.now() + timeoutMs;
  const gateway = launchGateway(environment, entry);
  try {
    const ready = await gateway.waitForOutput(READY_LINE, timeoutMs);
    const url = present(ready[1], 'the GraphQL URL in the ready line');
    await untilReady(url, Math.max(deadlineMs - Date.now(), 0), gateway);
    return { ...gateway, url };
  } catch (error) {
    // A gateway that never became ready must not outlive the test that started it.
    await gateway.stop('SIGKILL');
    throw error;
  }
}

/** Runs the gateway expecting it to refuse to start; resolves with its exit code and output. */
export function runGatewayToExit(environment: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [join(projectRoot, 'dist', 'server', 'main.js')], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH, DATA_DIR: newDataDirectory(), ...environment },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
}
