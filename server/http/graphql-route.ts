import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import type { GatewayContext } from '../graphql/context';
import type { CachedAnswer, KeptAnswer, ResponseCache } from '../graphql/response-cache';
import type { PlainRoute } from './plain-routes';

export interface GraphQLRouteOptions {
  server: ApolloServer<GatewayContext>;
  /** Reads the request's session and user rows; called once per request. */
  createContext: (request: IncomingMessage) => Promise<GatewayContext>;
  /** Repeated reads answered from memory until the next write; none when unset. */
  cache?: ResponseCache;
}

/** A request as the route sees it: Express's, or node:http's with its JSON body already parsed. */
type GraphQLRequest = IncomingMessage & { body?: unknown };

/** What is read once per request, before anything else: the write clock, then the session. */
interface Started {
  writeCountAtStart: number;
  context: Promise<GatewayContext>;
  viewer: Promise<GatewayContext['viewer']>;
}

function headerMapOf(request: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** The query string as Apollo wants it for GET requests ("" when there is none). */
const searchOf = (url: string) => (url.includes('?') ? url.slice(url.indexOf('?')) : '');

// A POST answer is never a 304, so the ETag Express's send() would hash the body for is of no use.
function send(request: Request, response: Response, answer: CachedAnswer): void {
  for (const [key, value] of answer.headers) response.setHeader(key, value);
  response.status(answer.status);
  if (request.method === 'POST') response.end(answer.body);
  else response.send(answer.body);
}

function sendKept(response: ServerResponse, answer: KeptAnswer): void {
  response.writeHead(answer.status, answer.flatHeaders);
  response.end(answer.body);
}

async function sendStreamed(request: Request, response: Response, answer: HTTPGraphQLResponse): Promise<void> {
  if (answer.body.kind === 'complete') {
    send(request, response, { status: answer.status ?? 200, headers: [...answer.headers], body: answer.body.string });
    return;
  }
  for (const [key, value] of answer.headers) response.setHeader(key, value);
  response.statusCode = answer.status ?? 200;
  for await (const chunk of answer.body.asyncIterator) response.write(chunk);
  response.end();
}

/**
 * POST and GET /graphql into Apollo (as @as-integrations/express5 does), with the session read
 * once per request and, when a cache is given, a repeated read answered from it: through
 * Express (`handle`), or straight from node:http for a plain JSON POST (`answerFromCache`).
 */
export class GraphQLRoute {
  private readonly started = new WeakMap<IncomingMessage, Started>();

  constructor(private readonly options: GraphQLRouteOptions) {}

  readonly handle: RequestHandler = async (request, response) => {
    const { server, cache } = this.options;
    const { writeCountAtStart, context, viewer } = this.start(request);
    const key = this.keyOf(request, await viewer);
    const kept = key ? cache!.lookup(key) : undefined;
    if (kept) {
      sendKept(response, kept);
      return;
    }
    const answer = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method.toUpperCase(), headers: headerMapOf(request), search: searchOf(request.url), body: request.body },
      context: () => context,
    });
    if (key && answer.body.kind === 'complete') {
      cache!.store(key, writeCountAtStart, await context, { status: answer.status ?? 200, headers: [...answer.headers], body: answer.body.string });
    }
    await sendStreamed(request, response, answer);
  };

  /** Answers a repeated read from the cache; false when it holds none (the request then goes on to `handle`). */
  async answerFromCache(request: GraphQLRequest, response: ServerResponse): Promise<boolean> {
    const key = this.keyOf(request, await this.start(request).viewer);
    const kept = key ? this.options.cache!.lookup(key) : undefined;
    if (kept) sendKept(response, kept);
    return Boolean(kept);
  }

  /** The write clock read before the session, then the session: once per request, whichever path asks first. */
  private start(request: IncomingMessage): Started {
    const known = this.started.get(request);
    if (known) return known;
    const { cache, createContext } = this.options;
    const writeCountAtStart = cache?.writeCount ?? 0;
    const context = createContext(request).then((created) => (cache ? { ...created, cacheTicket: { cacheable: false } } : created));
    // A context that fails (a bad token) is Apollo's to report, as it would any other failure.
    const started = {
      writeCountAtStart,
      context,
      viewer: context.then(
        (created) => created.viewer,
        () => null,
      ),
    };
    this.started.set(request, started);
    return started;
  }

  private keyOf(request: GraphQLRequest, viewer: GatewayContext['viewer']): string | undefined {
    if (!this.options.cache || request.method !== 'POST') return undefined;
    return this.options.cache.keyOf(viewer, { body: request.body, contentType: request.headers['content-type'], accept: request.headers.accept });
  }
}

const PLAIN_JSON = /^application\/json\s*(;\s*charset="?utf-8"?\s*)?$/i;
const FIRST_CHARACTER = /^[ \t\n\r]*([^ \t\n\r])/;

const notJson = () => Object.assign(new Error('not JSON'), { status: 400, type: 'entity.parse.failed' });

/** The body as express.json() reads UTF-8 (strict: an object or an array; empty is {}). */
function parsedJson(body: Buffer): unknown {
  const text = body.toString('utf8').replace(/^\uFEFF/, '');
  if (text.length === 0) return {};
  const first = FIRST_CHARACTER.exec(text)?.[1];
  if (first !== '{' && first !== '[') throw notJson();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw notJson();
  }
}

/** POST /graphql with a UTF-8 JSON body: answered from the cache before Express when it can be. */
export function plainGraphQLRoute(route: GraphQLRoute, maxBodyBytes: number): PlainRoute {
  return {
    path: '/graphql',
    maxBodyBytes,
    accepts: (request) => PLAIN_JSON.test(request.headers['content-type'] ?? ''),
    serve: (request, body, response) => {
      (request as GraphQLRequest).body = parsedJson(body);
      return route.answerFromCache(request, response);
    },
  };
}
