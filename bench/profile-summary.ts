/**
 * Where a CPU profile spent its time: `node dist/bench/profile-summary.js <file.cpuprofile> [--top 25] [--last-seconds N]`.
 * Self time by function and by package (node_modules/<name>, our own code, node internals),
 * for profiles written with `node --cpu-prof` (e.g. `reads.bench.js --profile DIR`); `--last-seconds`
 * keeps only the end of the run (the load, not the start-up and the setup before it).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  endTime: number;
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function packageOf(url: string): string {
  const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (name) return name;
  if (url.includes('/dist/'))
    return `ours: ${url
      .slice(url.indexOf('/dist/') + 6)
      .split('/')
      .slice(0, 2)
      .join('/')}`;
  return url.startsWith('node:') ? 'node internals' : url || '(native / idle / gc)';
}

/** Self time per profile node, of the samples taken after `fromMicros` (profile clock). */
function selfTimes(profile: Profile, fromMicros: number): Map<number, number> {
  const byNode = new Map<number, number>();
  let at = profile.startTime;
  profile.samples.forEach((nodeId, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    at += delta;
    if (at >= fromMicros) byNode.set(nodeId, (byNode.get(nodeId) ?? 0) + delta);
  });
  return byNode;
}

function top(totals: Map<string, number>, count: number, allMicros: number): string[] {
  return [...totals]
    .sort((left, right) => right[1] - left[1])
    .slice(0, count)
    .map(([name, micros]) => `${(micros / 1000).toFixed(0).padStart(7)} ms ${((micros / allMicros) * 100).toFixed(1).padStart(5)}%  ${name}`);
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: '25' }, 'last-seconds': { type: 'string' } },
  });
  const [file] = positionals;
  if (!file) throw new Error('usage: profile-summary.js <file.cpuprofile> [--top 25] [--last-seconds N]');
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let allMicros = 0;
  const lastSeconds = values['last-seconds'];
  const fromMicros = lastSeconds ? profile.endTime - Number(lastSeconds) * 1e6 : profile.startTime;
  for (const [nodeId, micros] of selfTimes(profile, fromMicros)) {
    const { functionName, url, lineNumber } = nodes.get(nodeId)!.callFrame;
    if (functionName === '(idle)') continue;
    allMicros += micros;
    const name = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
    byPackage.set(packageOf(url), (byPackage.get(packageOf(url)) ?? 0) + micros);
  }
  console.log(`busy ${(allMicros / 1000).toFixed(0)} ms (idle excluded)\nby package:`);
  console.log(top(byPackage, Number(values.top), allMicros).join('\n'));
  console.log('by function (self time):');
  console.log(top(byFunction, Number(values.top), allMicros).join('\n'));
}

main();
