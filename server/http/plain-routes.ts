import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Logger } from '../logging/logger';
import { type PlainAnswer, errorAnswer, sendPlain } from './json-errors';

/**
 * A POST served with node:http alone, before Express: its route matching, prototypes and body
 * parsers cost more than the work of the two requests that come most (a webhook delivery, a
 * repeated read). Only a plain request takes this way: the exact path, no query string, a
 * declared length within the limit, no content encoding; anything else goes to Express, whose
 * routes for the same paths give the same answers.
 */
export interface PlainRoute {
  path: string;
  maxBodyBytes: number;
  /** Whether the request's headers suit this route (a content type, say). */
  accepts?: (request: IncomingMessage) => boolean;
  /** Answers with the body read; false hands the request on to Express (its body then already read). */
  serve: (request: IncomingMessage, body: Buffer, response: ServerResponse) => Promise<boolean>;
}

function isPlain(request: IncomingMessage, route: PlainRoute): boolean {
  const encoding = request.headers['content-encoding'];
  const length = Number(request.headers['content-length'] ?? Number.NaN);
  return (encoding === undefined || encoding === 'identity') && length <= route.maxBodyBytes && (route.accepts?.(request) ?? true);
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** Express behind the plain routes. */
export function withPlainRoutes(app: RequestListener, routes: PlainRoute[], logger: Logger): RequestListener {
  const byPath = new Map(routes.map((route) => [route.path, route]));
  return (request, response) => {
    const route = request.method === 'POST' ? byPath.get(request.url ?? '') : undefined;
    if (!route || !isPlain(request, route)) {
      app(request, response);
      return;
    }
    readBody(request)
      .then((body) => route.serve(request, body, response))
      .then(
        (served) => served || app(request, response),
        (error: unknown) => sendPlain(response, errorAnswer(error, logger, route.path)),
      );
  };
}

/** POST /webhooks/stripe: the raw body, byte for byte, and its signature to `receive`. */
export function plainWebhookRoute(maxBodyBytes: number, receive: (rawBody: Buffer, signature: string | undefined) => Promise<PlainAnswer>): PlainRoute {
  return {
    path: '/webhooks/stripe',
    maxBodyBytes,
    serve: async (request, body, response) => {
      const signature = request.headers['stripe-signature'];
      sendPlain(response, await receive(body, Array.isArray(signature) ? signature.join(', ') : signature));
      return true;
    },
  };
}
