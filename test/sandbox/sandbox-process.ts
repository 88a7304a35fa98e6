import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { SandboxHandle } from '../../sandbox/sandbox.server';
import { callControl, stripeClient, type TestSandbox } from './sandbox.kit';

const MAIN = join(__dirname, '..', '..', 'dist', 'sandbox', 'main.js');
const LISTENING = /listening on (http:\/\/\S+) \(platform (acct_\w+)\)/;
const START_TIMEOUT_MS = 15_000;

export interface SandboxProcess extends TestSandbox {
  /** SIGKILL: nothing gets to run after the last answer. */
  kill(): Promise<void>;
}

/** `npm run sandbox` on a state file, in its own process, so a test can kill it outright. */
export function spawnSandboxProcess(stateFile: string): Promise<SandboxProcess> {
  const child = spawn(process.execPath, [MAIN, '--port', '0', '--state-file', stateFile, '--settle-delay', '3600'], {
    env: { PATH: process.env.PATH, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`sandbox not listening after ${START_TIMEOUT_MS} ms:\n${output}`)), START_TIMEOUT_MS);
    void exited.then(() => reject(new Error(`sandbox exited before listening:\n${output}`)));
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = LISTENING.exec(output);
      if (!match) return;
      clearTimeout(timer);
      const kill = async () => {
        child.kill('SIGKILL');
        await exited;
      };
      const sandbox: SandboxHandle = { url: match[1], port: Number(new URL(match[1]).port), platformAccountId: match[2], recordedResponses: [], close: kill };
      resolve({
        sandbox,
        stripe: stripeClient(sandbox),
        stripeFor: (stripeAccount) => stripeClient(sandbox, { stripeAccount }),
        control: (method, path, params) => callControl(sandbox, method, path, params),
        close: kill,
        kill,
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
  });
}
