import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import ipaddr from 'ipaddr.js';

const sha256 = (value: string) => createHash('sha256').update(value).digest();

/** The socket's own address, never X-Forwarded-For: a header is whatever the client wrote. */
function fromThisMachine(request: Request): boolean {
  const address = request.socket.remoteAddress;
  if (!address || !ipaddr.isValid(address)) return false;
  // A proxy on this machine connects from loopback on behalf of anyone; its header gives it away.
  const forwarded = request.headers['x-forwarded-for'] !== undefined || request.headers.forwarded !== undefined;
  return !forwarded && ipaddr.process(address).range() === 'loopback';
}

function bearerMatches(request: Request, expectedHash: Buffer): boolean {
  const token = /^Bearer +(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  // Hashes have one length, so the comparison takes as long whatever was sent.
  return token !== undefined && timingSafeEqual(sha256(token), expectedHash);
}

/**
 * Who may read /metrics, which describe the platform's traffic and internals: with
 * METRICS_TOKEN, its bearer only (401 otherwise); without, only a scraper on this machine that
 * no proxy forwarded (403 otherwise). Refusals are JSON, like every other error of the gateway.
 */
export function metricsAccess(metricsToken: string | undefined): RequestHandler {
  const expectedHash = metricsToken === undefined ? undefined : sha256(metricsToken);
  return (request, response, next) => {
    if (expectedHash ? bearerMatches(request, expectedHash) : fromThisMachine(request)) {
      next();
      return;
    }
    if (expectedHash) {
      response.status(401).setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      response.json({ errors: [{ message: 'Metrics need Authorization: Bearer <METRICS_TOKEN>.', extensions: { code: 'UNAUTHENTICATED' } }] });
      return;
    }
    response.status(403).json({ errors: [{ message: 'Metrics are served to this machine only (or set METRICS_TOKEN).', extensions: { code: 'FORBIDDEN' } }] });
  };
}
