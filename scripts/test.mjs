// `npm test`: lint, type-check, then every test (unit, integration, browser). Anything the
// tests need that the machine lacks (Debian's Chromium for the browser tests) is installed first.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (command, args, env = {}) =>
  execFileSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });

function ensureChromium() {
  if (existsSync('/usr/bin/chromium')) return;
  console.log('Installing Chromium for the browser tests (Debian package)…');
  const asRoot = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  const aptGet = (...args) => run(asRoot[0] ?? 'apt-get', [...asRoot.slice(1), ...(asRoot.length ? ['apt-get'] : []), ...args], { DEBIAN_FRONTEND: 'noninteractive' });
  aptGet('update', '-qq');
  aptGet('install', '-y', '-qq', '--no-install-recommends', 'chromium');
}

ensureChromium();
run(bin('eslint'), ['.', '--max-warnings=0']);
run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
run(bin('tsc'), ['--noEmit', '-p', join('admin-ui', 'tsconfig.json')]);
run(bin('jest'), ['--ci', ...process.argv.slice(2)]);
