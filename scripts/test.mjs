// `npm test`: lint, type-check, then every test (unit, integration, browser). Anything the
// tests need that the machine lacks (Debian's Chromium for the browser tests) is installed first.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (command, args, env = {}) => execFileSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });

function ensureChromium() {
  if (existsSync('/usr/bin/chromium')) return;
  console.log('Installing Chromium for the browser tests (Debian package)…');
  const asRoot = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  const aptGet = (...args) =>
    run(asRoot[0] ?? 'apt-get', [...asRoot.slice(1), ...(asRoot.length ? ['apt-get'] : []), ...args], { DEBIAN_FRONTEND: 'noninteractive' });
  aptGet('update', '-qq');
  aptGet('install', '-y', '-qq', '--no-install-recommends', 'chromium');
}

/** Resolves true when something accepts TCP connections on 127.0.0.1:port. */
const listening = (port) =>
  new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    const settle = (open) => {
      socket.destroy();
      resolve(open);
    };
    socket.once('connect', () => settle(true));
    socket.once('error', () => settle(false));
    socket.once('timeout', () => settle(false));
  });

// The scale-out tests use the machine's PostgreSQL and Redis; start them if they are installed but stopped.
const SERVICES = [
  {
    name: 'PostgreSQL',
    port: 5432,
    skip: process.env.TEST_POSTGRES_URL,
    start: () => {
      for (const version of existsSync('/etc/postgresql') ? readdirSync('/etc/postgresql') : []) {
        run('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start']);
      }
    },
  },
  {
    name: 'Redis',
    port: 6379,
    skip: process.env.TEST_REDIS_URL,
    start: () =>
      run('redis-server', ['--daemonize', 'yes', '--bind', '127.0.0.1', '-::1', '--port', '6379', '--save', '', '--appendonly', 'no', '--dir', tmpdir()]),
  },
];

async function ensureServices() {
  for (const service of SERVICES) {
    if (service.skip || (await listening(service.port))) continue;
    console.log(`Starting ${service.name} for the scale-out tests…`);
    try {
      service.start();
    } catch (error) {
      console.warn(`Could not start ${service.name} (${error.message}); the scale-out tests will fail.`);
      continue;
    }
    for (let attempt = 0; attempt < 50 && !(await listening(service.port)); attempt += 1) await sleep(200);
  }
}

ensureChromium();
await ensureServices();
run(bin('eslint'), ['.', '--max-warnings=0']);
run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
run(bin('tsc'), ['--noEmit', '-p', join('admin-ui', 'tsconfig.json')]);
run(bin('jest'), ['--ci', ...process.argv.slice(2)]);
