import { type ApolloServer, HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import type { GatewayContext } from '../graphql/context';
import type { CachedAnswer, KeptAnswer, ResponseCache } from '../graphql/response-cache';

export interface GraphQLRouteOptions {
  server: ApolloServer<GatewayContext>;
  /** Reads the request's session and user rows; called once per request. */
  createContext: (request: Request) => Promise<GatewayContext>;
  /** Repeated reads answered from memory until the next write; none when unset. */
  cache?: ResponseCache;
}

function headerMapOf(request: Request): HeaderMap {
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

function sendKept(response: Response, answer: KeptAnswer): void {
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
 * once per request and, when a cache is given, a repeated read answered from it.
 */
export function graphqlRoute({ server, createContext, cache }: GraphQLRouteOptions): RequestHandler {
  return async (request, response) => {
    const writeCountAtStart = cache?.writeCount ?? 0;
    const context = createContext(request).then((created) => (cache ? { ...created, cacheTicket: { cacheable: false } } : created));
    // A context that fails (a bad token) is Apollo's to report, as it would any other failure.
    const viewer = await context.then((created) => created.viewer, () => null);
    const key = cache && request.method === 'POST' ? cache.keyOf(viewer, { body: request.body, contentType: request.headers['content-type'], accept: request.headers.accept }) : undefined;
    const cached = key ? cache!.lookup(key) : undefined;
    if (cached) {
      sendKept(response, cached);
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
}
