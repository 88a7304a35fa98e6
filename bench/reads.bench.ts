/**
 * Reads at the framework's ceiling: the console's `writers(first: 50)` page and the same page
 * with each writer's latest three transfers, against a bare Apollo standalone server's trivial
 * query and a bare node:http handler, interleaved round by round in one run (16 connections).
 * `node scripts/build.mjs && node dist/bench/reads.bench.js [--seconds 4] [--rounds 3] [--connections 16] [--writers 50] [--profile DIR] [--targets apollo,page,nested,http]`
 * `--targets` runs only some of them (ratios need apollo first); `--profile DIR` writes the gateway's CPU profile (`node --cpu-prof`) into DIR when it stops.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  GATEWAY_READY,
  SANDBOX_READY,
  type StartedProcess,
  graphql,
  median,
  preparePlatform,
  profileOptions,
  startProcess,
  stopProcess,
} from './bench-kit';
import { type LoadFigures, type LoadRequest, describe, graphqlRequest, ratios, runLoad } from './load';

const BASELINE_READY = /listening on (http:\/\/\S+)/;
const TRANSFERS_PER_WRITER = 3;

// The console's Writers page query as urql sends it (with __typename), asking for 50 writers.
const WRITERS_PAGE = `query WritersPage_Writers($first: Int!, $after: String) {
  writers(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor __typename }
    nodes { id displayName email country onboardingStatus requirementsDue stripeAccountId canReceiveTransfers createdAt updatedAt __typename }
    __typename
  }
}`;

const NESTED_PAGE = `query WritersWithTransfers($first: Int!) {
  writers(first: $first) {
    totalCount
    nodes {
      id displayName email country onboardingStatus requirementsDue stripeAccountId canReceiveTransfers createdAt updatedAt
      transfers(first: 3) { totalCount nodes { id status amount { amount currency formatted } createdAt } }
    }
  }
}`;

async function sendTransfers(gatewayUrl: string, token: string, writerIds: string[]): Promise<void> {
  let sequence = 0;
  for (let round = 0; round < TRANSFERS_PER_WRITER; round += 1) {
    await Promise.all(
      writerIds.map((writerId) => {
        sequence += 1;
        const input = { writerId, amount: 100 + round, currency: 'usd', idempotencyKey: `reads-bench-${sequence}` };
        return graphql(gatewayUrl, 'mutation($input: CreateTransferInput!) { createTransfer(input: $input) { id } }', { input }, token);
      }),
    );
  }
}

interface Target {
  key: string;
  label: string;
  url: string;
  request: LoadRequest;
  pid?: number;
}

async function measureRounds(targets: Target[], rounds: number, seconds: number, connections: number): Promise<Map<string, LoadFigures[]>> {
  const figures = new Map<string, LoadFigures[]>(targets.map((target) => [target.label, []]));
  // One short warm-up of each, so JIT and caches are not part of the first round.
  for (const target of targets) await runLoad({ url: target.url, connections, seconds: 1, next: () => target.request });
  for (let round = 1; round <= rounds; round += 1) {
    console.log(`round ${round}`);
    for (const target of targets) {
      const measured = await runLoad({ url: target.url, connections, seconds, next: () => target.request, serverPid: target.pid });
      figures.get(target.label)!.push(measured);
      console.log(`  ${describe(target.label, measured)}`);
    }
  }
  return figures;
}

function printRatios(figures: Map<string, LoadFigures[]>, baselineLabel: string, labels: string[]): void {
  const baseline = figures.get(baselineLabel)!;
  for (const label of labels) {
    const perRound = ratios(figures.get(label)!, baseline);
    console.log(`${label} / ${baselineLabel}: ${perRound.map((value) => `${value.toFixed(2)}×`).join(' ')} (median ${median(perRound).toFixed(2)}×)`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string' },
      rounds: { type: 'string' },
      connections: { type: 'string' },
      writers: { type: 'string' },
      profile: { type: 'string' },
      targets: { type: 'string' },
    },
  });
  const seconds = Number(values.seconds ?? 4);
  const rounds = Number(values.rounds ?? 3);
  const connections = Number(values.connections ?? 16);
  const writerCount = Number(values.writers ?? 50);
  const processes: StartedProcess[] = [];
  try {
    const sandbox = await startProcess(
      join(__dirname, '..', 'sandbox', 'main.js'),
      ['--port', '0', '--no-persist', '--settle-delay', '3600'],
      {},
      SANDBOX_READY,
    );
    processes.push(sandbox);
    const gatewayEnvironment = {
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'payouts-reads-')),
      STRIPE_API_URL: sandbox.url,
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
      SEED_DEMO: '0',
    };
    const gateway = await startProcess(join(__dirname, '..', 'server', 'main.js'), [], gatewayEnvironment, GATEWAY_READY, profileOptions(values.profile));
    processes.push(gateway);
    const apollo = await startProcess(join(__dirname, 'baseline-servers.js'), ['apollo'], {}, BASELINE_READY);
    processes.push(apollo);
    const bareHttp = await startProcess(join(__dirname, 'baseline-servers.js'), ['http'], {}, BASELINE_READY);
    processes.push(bareHttp);

    const { token, writerIds } = await preparePlatform(gateway.url, sandbox.url, writerCount, 99_999_999);
    await sendTransfers(gateway.url, token, writerIds);
    const page = graphqlRequest(WRITERS_PAGE, { first: writerCount }, token);
    const nested = graphqlRequest(NESTED_PAGE, { first: writerCount }, token);
    const pageBytes = Buffer.byteLength(JSON.stringify(await graphql(gateway.url, WRITERS_PAGE, { first: writerCount }, token)));
    const nestedRefusal = await graphql(gateway.url, NESTED_PAGE, { first: writerCount }, token).then(
      () => undefined,
      (error: Error) => error.message,
    );
    if (nestedRefusal) console.log(`the nested page is refused: ${nestedRefusal}`);
    console.log(
      `reads bench: ${connections} connections, ${rounds} rounds of ${seconds} s each, ${writerCount} writers (page ${(pageBytes / 1024).toFixed(1)} KB of JSON)`,
    );

    const targets: Target[] = [
      { key: 'apollo', label: 'bare Apollo { hello }', url: apollo.url, request: graphqlRequest('{ hello }'), pid: apollo.child.pid },
      { key: 'page', label: `writers(first: ${writerCount})`, url: gateway.url, request: page, pid: gateway.child.pid },
      ...(nestedRefusal
        ? []
        : [{ key: 'nested', label: `writers(first: ${writerCount}) + transfers(first: 3)`, url: gateway.url, request: nested, pid: gateway.child.pid }]),
      { key: 'http', label: 'bare node:http', url: bareHttp.url, request: graphqlRequest('{ hello }'), pid: bareHttp.child.pid },
    ];
    const chosen = values.targets ? targets.filter((target) => values.targets!.split(',').includes(target.key)) : targets;
    const figures = await measureRounds(chosen, rounds, seconds, connections);
    const [baseline] = targets;
    if (baseline && chosen[0] === baseline)
      printRatios(
        figures,
        baseline.label,
        chosen.slice(1).map((target) => target.label),
      );
  } finally {
    for (const started of processes.reverse()) await stopProcess(started);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
