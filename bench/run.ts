import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

// `npm run bench`: every benchmark in turn with its defaults, each in its own process so none
// skews another. Run one alone (`node dist/bench/<name>.bench.js --help`) to tune it.
const BENCHMARKS = [
  'sandbox.bench.js',
  'transfers.bench.js',
  'reads.bench.js',
  'webhooks.bench.js',
  'fanout.bench.js',
  'console.bench.js',
  'payout-run.bench.js',
];

for (const benchmark of BENCHMARKS) {
  execFileSync(process.execPath, [join(__dirname, benchmark)], { stdio: 'inherit' });
}
