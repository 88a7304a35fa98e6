import type { ServerResponse } from 'node:http';
import type { Logger } from '../logging/logger';

/** An answer written with node:http alone: by the routes that run before Express, and by Express's last handler. */
export interface PlainAnswer {
  status: number;
  headers?: Record<string, string>;
  body: string;
}

export function sendPlain(response: ServerResponse, { status, headers, body }: PlainAnswer): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(body);
}

/** body-parser's refusals in words; other messages only when marked safe to show (`expose`). */
function clientErrorMessage(error: unknown): string {
  const { type, expose } = error as { type?: unknown; expose?: unknown };
  if (type === 'entity.parse.failed') return 'The request body is not valid JSON.';
  if (type === 'entity.too.large') return 'The request body is too large.';
  return expose === true && error instanceof Error ? error.message : 'Bad request.';
}

/**
 * The last word on a request a route could not finish: a body that is not JSON, too large or
 * in an unknown encoding gets its own status and a GraphQL-shaped error; anything else is a
 * masked 500, logged. Never an HTML page, never a stack.
 */
export function errorAnswer(error: unknown, logger: Logger, path: string): PlainAnswer {
  const { status } = (error ?? {}) as { status?: unknown };
  if (typeof status !== 'number' || status < 400 || status >= 500) {
    logger.error({ err: error, path }, 'Request failed');
    return { status: 500, body: JSON.stringify({ errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }) };
  }
  const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
  return { status, body: JSON.stringify({ errors: [{ message: clientErrorMessage(error), extensions: { code } }] }) };
}
