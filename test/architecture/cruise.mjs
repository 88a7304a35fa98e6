// dependency-cruiser's API, with the project's rules (.dependency-cruiser.cjs), on a tree:
// `node cruise.mjs <base directory> <path>…` prints the rule violations as JSON. A separate
// process because dependency-cruiser ships as ES modules only, which jest does not load.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import process from 'node:process';
import { cruise } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const projectRoot = resolve(import.meta.dirname, '..', '..');
const { forbidden, options } = createRequire(import.meta.url)(resolve(projectRoot, '.dependency-cruiser.cjs'));
const [baseDir, ...paths] = process.argv.slice(2);
const tsConfig = extractTSConfig(resolve(projectRoot, options.tsConfig.fileName));
const { output } = await cruise(paths, { ...options, ruleSet: { forbidden }, validate: true, baseDir: resolve(baseDir), outputType: 'json' }, undefined, {
  tsConfig,
});
process.stdout.write(JSON.stringify(JSON.parse(output).summary.violations));
