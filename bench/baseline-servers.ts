/**
 * The baselines the benchmarks compare the gateway with, each in its own process as the gateway
 * is: `node dist/bench/baseline-servers.js apollo|http|verify`. Prints "listening on <url>".
 * - apollo: a bare Apollo Server standalone answering a trivial query (`{ hello }`);
 * - http: a bare node:http handler that reads the body and answers fixed JSON;
 * - verify: a bare node:http handler that only checks a Stripe webhook signature
 *   (BENCH_WEBHOOK_SECRET) with the SDK, as the gateway does, then answers 200.
 */
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import Stripe from 'stripe';

const HOST = '127.0.0.1';

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function answer(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

async function listen(handler: (request: IncomingMessage, response: ServerResponse) => Promise<void>): Promise<string> {
  const server = createServer((request, response) => {
    handler(request, response).catch(() => answer(response, 500, { error: 'failed' }));
  });
  await new Promise<void>((resolve) => server.listen(0, HOST, resolve));
  return `http://${HOST}:${(server.address() as AddressInfo).port}`;
}

async function bareApollo(): Promise<string> {
  const server = new ApolloServer({ typeDefs: 'type Query { hello: String! }', resolvers: { Query: { hello: () => 'world' } } });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: HOST } });
  return url.replace(/\/$/, '');
}

function bareHttp(): Promise<string> {
  return listen(async (request, response) => {
    await readBody(request);
    answer(response, 200, { data: { hello: 'world' } });
  });
}

function verifyOnly(): Promise<string> {
  const secret = process.env.BENCH_WEBHOOK_SECRET ?? '';
  const webhooks = new Stripe('sk_test_verify_only').webhooks;
  return listen(async (request, response) => {
    const body = await readBody(request);
    try {
      webhooks.constructEvent(body, String(request.headers['stripe-signature'] ?? ''), secret, 300);
      answer(response, 200, { received: true });
    } catch {
      answer(response, 400, { error: 'bad signature' });
    }
  });
}

const STARTERS: Record<string, () => Promise<string>> = { apollo: bareApollo, http: bareHttp, verify: verifyOnly };

const starter = STARTERS[process.argv[2] ?? ''];
if (!starter) {
  process.stderr.write(`usage: baseline-servers.js ${Object.keys(STARTERS).join('|')}\n`);
  process.exit(2);
}
starter().then(
  (url) => process.stdout.write(`listening on ${url}\n`),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  },
);
