import type { IncomingMessage } from 'node:http';
import { clientAddressReader } from '../../server/http/client-address';

const clientAddressOf = clientAddressReader(['loopback']);
const behindBalancer = clientAddressReader(['10.0.0.0/8']);

const upgrade = (remoteAddress: string | undefined, forwardedFor?: string) =>
  ({
    socket: { remoteAddress },
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
    connection: { remoteAddress },
  }) as unknown as IncomingMessage;

// WebSocket upgrades never pass through Express, so they read the address as Express would:
// believe X-Forwarded-For only from a proxy on this machine.
describe('the client address of a WebSocket upgrade', () => {
  it.each([
    ['a direct client', upgrade('198.51.100.7'), '198.51.100.7'],
    ['a client behind a local proxy', upgrade('127.0.0.1', '203.0.113.9'), '203.0.113.9'],
    ['a client behind an IPv6 local proxy', upgrade('::1', '203.0.113.9'), '203.0.113.9'],
    ['a remote client claiming another address', upgrade('198.51.100.7', '203.0.113.9'), '198.51.100.7'],
    ['a chain through a remote hop', upgrade('127.0.0.1', '203.0.113.9, 198.51.100.7'), '198.51.100.7'],
    ['a closed socket', upgrade(undefined), 'unknown'],
  ])('%s', (_name, request, expected) => {
    expect(clientAddressOf(request)).toBe(expected);
  });

  it('believes no X-Forwarded-For when TRUST_PROXY is unset', () => {
    const direct = clientAddressReader([]);
    expect(direct(upgrade('127.0.0.1', '203.0.113.9'))).toBe('127.0.0.1');
  });

  it('believes the proxies TRUST_PROXY names, and only those', () => {
    expect(behindBalancer(upgrade('10.1.2.3', '203.0.113.9'))).toBe('203.0.113.9');
    expect(behindBalancer(upgrade('127.0.0.1', '203.0.113.9'))).toBe('127.0.0.1');
  });
});
