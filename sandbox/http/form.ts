import type { IncomingMessage } from 'node:http';
import qs from 'qs';
import { StripeError } from '../kernel/errors';
import { isPlainObject } from './params';

const MAX_BODY_BYTES = 1024 * 1024;

/** Decodes Stripe's bracketed form encoding (`metadata[writer]=…`, `expand[0]=…`). */
export function parseForm(text: string): Record<string, unknown> {
  if (!text) return {};
  return qs.parse(text, { depth: 10, arrayLimit: 1000 }) as Record<string, unknown>;
}

export function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new StripeError('Request body too large.', { status: 413, isValidation: true }));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** Form-encoded (what the SDK sends) or JSON (handy for the control API and curl). */
export function parseBody(text: string, contentType: string | undefined): Record<string, unknown> {
  if (!contentType?.includes('application/json')) return parseForm(text);
  if (!text.trim()) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (isPlainObject(parsed)) return parsed;
  } catch {
    // Reported below with the same message as a non-object body.
  }
  throw new StripeError('Invalid JSON body: expected a JSON object.', { status: 400, isValidation: true });
}
