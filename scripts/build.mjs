// Compiles the gateway, the sandbox and the benchmarks with swc into dist/, and the admin
// console with Vite into admin-ui/dist/. Only what is missing or older than its source is
// rebuilt, so `npm start` after a build begins serving at once. `--force` rebuilds all.
// `npm start` runs it in its own process (scripts/start.mjs imports it).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const force = process.argv.includes('--force');
const typescriptRoots = ['server', 'sandbox', 'bench'];
const swcOptions = JSON.parse(readFileSync(join(root, '.swcrc'), 'utf8'));

function listFiles(directory, accept) {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : listFiles(path, accept);
    return accept(path) ? [path] : [];
  });
}

const newestMtime = (paths) => Math.max(0, ...paths.map((path) => statSync(path).mtimeMs));
const isStale = (output, sources) => force || !existsSync(output) || statSync(output).mtimeMs < newestMtime(sources);

async function buildTypescript() {
  const sources = typescriptRoots.flatMap((folder) => listFiles(join(root, folder), (path) => path.endsWith('.ts') && !path.endsWith('.d.ts')));
  const stale = sources.filter((source) => isStale(join(root, 'dist', relative(root, source)).replace(/\.ts$/, '.js'), [source]));
  if (stale.length === 0) return 0;
  // Loaded only when there is something to compile: `npm start` after a build checks dates only.
  const { transformFile } = await import('@swc/core');
  await Promise.all(
    stale.map(async (source) => {
      const output = join(root, 'dist', relative(root, source)).replace(/\.ts$/, '.js');
      const { code } = await transformFile(source, { ...swcOptions, filename: source, swcrc: false });
      mkdirSync(dirname(output), { recursive: true });
      writeFileSync(output, code);
    }),
  );
  return stale.length;
}

// The console, and GraphiQL apart from it (its editor is large and only explorers need it).
const BROWSER_BUNDLES = [
  {
    config: 'vite.config.mts',
    output: join(root, 'admin-ui', 'dist'),
    sources: (path) => path.includes(join('admin-ui', 'src')) || /admin-ui\/(index\.html|vite\.config\.mts|precompress\.mts)$/.test(path),
  },
  {
    config: 'vite.graphiql.config.mts',
    output: join(root, 'admin-ui', 'dist-graphiql'),
    sources: (path) => path.includes(join('admin-ui', 'graphiql')) || /admin-ui\/(vite\.graphiql\.config|precompress)\.mts$/.test(path),
  },
];

function buildBrowserBundles() {
  const adminFiles = listFiles(join(root, 'admin-ui'), (path) => !path.includes(join('admin-ui', 'dist')));
  const stale = BROWSER_BUNDLES.filter((bundle) => isStale(join(bundle.output, 'index.html'), adminFiles.filter(bundle.sources)));
  for (const bundle of stale) {
    execFileSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', bundle.config, '--logLevel', 'error'], {
      cwd: join(root, 'admin-ui'),
      stdio: 'inherit',
    });
  }
  return stale.length > 0;
}

const compiled = await buildTypescript();
const consoleBuilt = process.argv.includes('--no-console') ? false : buildBrowserBundles();
if (compiled > 0 || consoleBuilt) {
  console.log(`build: ${compiled} file(s) compiled${consoleBuilt ? ', browser bundles rebuilt' : ''}`);
}
