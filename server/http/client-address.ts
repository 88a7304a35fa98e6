import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

/**
 * Which proxies' X-Forwarded-For the gateway believes: one on the same machine. HTTP requests
 * (Express's `trust proxy`) and WebSocket upgrades read the client's address the same way.
 */
export const TRUSTED_PROXIES = 'loopback';
const trusted = proxyAddr.compile(TRUSTED_PROXIES);

/** The client's address for a raw request (a WebSocket upgrade), as Express's `req.ip` gives it. */
export function clientAddressOf(request: IncomingMessage): string {
  return request.socket.remoteAddress ? proxyAddr(request, trusted) : 'unknown';
}
