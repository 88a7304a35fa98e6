import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { randomBase62 } from '../kernel/ids';

export function newRequestId(): string {
  return `req_${randomBase62(14)}`;
}

export function sendJson(
  response: ServerResponse,
  status: number,
  bodyText: string,
  headers: OutgoingHttpHeaders = {},
  contentType = 'application/json',
): void {
  response.writeHead(status, {
    ...headers,
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(bodyText),
  });
  response.end(bodyText);
}

/** One answered `/v1` request, kept when recording is on (the conformance test reads them). */
export interface RecordedResponse {
  method: string;
  /** The route template, as Stripe's OpenAPI description names the path. */
  template: string;
  status: number;
  body: unknown;
}
