import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const projectRoot = join(__dirname, '..', '..');
const READY_LINE = /Payouts gateway ready in \d+ ms\n\s+GraphQL \(Apollo Sandbox\)\s+(http:\/\/\S+)\/graphql/;

export interface GatewayProcess {
  url: string;
  process: ChildProcess;
  dataDirectory: string;
  output(): string;
  /** Resolves once the process has printed something matching `pattern`. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** Sends a signal and resolves with the exit code (null when killed by a signal). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export function newDataDirectory(): string {
  return mkdtempSync(join(tmpdir(), 'payouts-gateway-'));
}

const ENTRY_POINTS = {
  /** The compiled gateway alone, pointed at a Stripe (or sandbox) by the environment. */
  gateway: join(projectRoot, 'dist', 'server', 'main.js'),
  /** What `npm start` runs: build if needed, embedded sandbox, gateway. */
  start: join(projectRoot, 'scripts', 'start.mjs'),
};

/** Runs the gateway as its own process, as production does. */
export function spawnGateway(environment: NodeJS.ProcessEnv = {}, timeoutMs = 15000, entry: keyof typeof ENTRY_POINTS = 'gateway'): Promise<GatewayProcess> {
  const dataDirectory = environment.DATA_DIR ?? newDataDirectory();
  const child = spawn(process.execPath, [ENTRY_POINTS[entry]], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH, NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', SEED_DEMO: '0', DATA_DIR: dataDirectory, ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gateway not ready after ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY_LINE.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        url: match[1],
        process: child,
        dataDirectory,
        output: () => output,
        waitForOutput: async (pattern, waitMs = 10000) => {
          const deadline = Date.now() + waitMs;
          while (!pattern.test(output)) {
            if (Date.now() > deadline) throw new Error(`no ${pattern} in the gateway's output after ${waitMs} ms:\n${output}`);
            await new Promise((wake) => setTimeout(wake, 50));
          }
        },
        stop: async (signal = 'SIGTERM') => {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          return exited;
        },
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`gateway exited with ${code} before it was ready:\n${output}`));
    });
  });
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
