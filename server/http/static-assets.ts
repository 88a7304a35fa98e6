import { existsSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import express, { type RequestHandler } from 'express';

/** Vite names every built asset after its content hash: a changed file gets a new name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current assets, so it is checked with the server on every load. */
export const REVALIDATE = 'no-cache';

// Preferred first; the build writes both beside each text asset (admin-ui/precompress.mts).
const ENCODINGS = [
  { name: 'br', extension: '.br' },
  { name: 'gzip', extension: '.gz' },
];

/** The encodings a client accepts (a q of 0 refuses one). */
function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...parameters] = part.trim().toLowerCase().split(';');
    const refused = parameters.some((parameter) => /^\s*q=0(\.0*)?\s*$/.test(parameter));
    if (name && !refused) accepted.add(name);
  }
  return accepted;
}

/**
 * Static files with their precompressed copies when the client takes them, and one
 * Cache-Control for all. Whether a copy exists is remembered: built files do not change while
 * the gateway runs.
 */
export function precompressedStatic(directory: string, cacheControl: string): RequestHandler {
  const root = normalize(directory);
  const plain = express.static(root, { index: false, cacheControl: false, setHeaders: (response) => response.setHeader('Cache-Control', cacheControl) });
  const exists = new Map<string, boolean>();
  const present = (path: string) => {
    if (!exists.has(path)) exists.set(path, existsSync(path));
    return exists.get(path)!;
  };
  return (request, response, next) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    let file: string;
    try {
      file = normalize(join(root, decodeURIComponent(request.path)));
    } catch {
      return next();
    }
    if (!file.startsWith(root + sep)) return next();
    response.vary('Accept-Encoding');
    const accepted = acceptedEncodings(request.headers['accept-encoding']);
    const encoding = ENCODINGS.find((candidate) => accepted.has(candidate.name) && present(file + candidate.extension));
    if (!encoding) return plain(request, response, next);
    response.type(extname(file));
    response.setHeader('Content-Encoding', encoding.name);
    response.setHeader('Cache-Control', cacheControl);
    response.sendFile(file + encoding.extension, { cacheControl: false, dotfiles: 'deny' }, (error) => error && next(error));
  };
}
