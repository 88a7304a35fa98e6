import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

/**
 * The client's address for a raw request (a WebSocket upgrade), read as Express's `req.ip`
 * reads it with `trust proxy` set to the same proxies: X-Forwarded-For counts only when it
 * comes through them (TRUST_PROXY; by default none, so the socket's address is the client).
 */
export function clientAddressReader(trustedProxies: string[]): (request: IncomingMessage) => string {
  const trusted = proxyAddr.compile(trustedProxies);
  return (request) => (request.socket.remoteAddress ? proxyAddr(request, trusted) : 'unknown');
}
