// `npm run lockfile`: after changing dependencies, drops from package-lock.json the optional
// platform builds the registry does not serve (npm records them as wanted but cannot lock
// them, and `npm ci` then refuses the lock file).
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
let removed = 0;
for (const [location, entry] of Object.entries(lock.packages)) {
  for (const name of Object.keys(entry.optionalDependencies ?? {})) {
    const locked = lock.packages[`${location ? `${location}/` : ''}node_modules/${name}`] ?? lock.packages[`node_modules/${name}`];
    if (locked) continue;
    delete entry.optionalDependencies[name];
    removed += 1;
  }
}
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${removed} unavailable optional builds dropped`);
