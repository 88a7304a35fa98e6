import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import type { SandboxHandle } from '../../sandbox/sandbox.server';
import { present } from '../kit/checks';
import { READY_TIMEOUT_MS } from '../kit/gateway-process';
import { waitFor } from '../kit/wait';
import { callControl, stripeClient, type TestSandbox } from './sandbox.kit';

const MAIN = join(__dirname, '..', '..', 'dist', 'sandbox', 'main.js');
const LISTENING = /listening on (http:\/\/\S+) \(platform (acct_\w+)\)/;

export interface SandboxProcess extends TestSandbox {
  /** SIGKILL: nothing gets to run after the last answer. */
  kill(): Promise<void>;
}

/** `npm run sandbox` on a state file, in its own process, so a test can kill it outright. */
export async function spawnSandboxProcess(stateFile: string): Promise<SandboxProcess> {
  const child = spawn(process.execPath, [MAIN, '--port', '0', '--state-file', stateFile, '--settle-delay', '3600'], {
    env: { PATH: process.env.PATH, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const changes = new EventEmitter();
  let closed = false;
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  void exited.then(() => {
    closed = true;
    changes.emit('change');
  });
  let output = '';
  const append = (chunk: Buffer) => {
    output += chunk.toString();
    changes.emit('change');
  };
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  const kill = async () => {
    child.kill('SIGKILL');
    await exited;
  };
  const listening = await waitFor(
    () => {
      const match = LISTENING.exec(output);
      if (!match && closed) throw new Error(`sandbox exited before listening:\n${output}`);
      return match;
    },
    { what: 'the sandbox listening', timeoutMs: READY_TIMEOUT_MS, changes, context: () => `the sandbox's output:\n${output}` },
  ).catch(async (error: unknown) => {
    await kill();
    throw error;
  });
  const url = present(listening[1], 'the sandbox URL');
  const sandbox: SandboxHandle = {
    url,
    port: Number(new URL(url).port),
    platformAccountId: present(listening[2], 'the platform account'),
    recordedResponses: [],
    close: kill,
  };
  return {
    sandbox,
    stripe: stripeClient(sandbox),
    stripeFor: (stripeAccount) => stripeClient(sandbox, { stripeAccount }),
    control: (method, path, params) => callControl(sandbox, method, path, params),
    close: kill,
    kill,
  };
}
