import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import express, { type RequestHandler, type Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Viewer } from '../identity/viewer';

/**
 * The console's session lives in an HttpOnly cookie, so every tab of one browser shares it and
 * no script can read it; API clients keep sending bearer tokens. SameSite=Strict keeps other
 * sites from sending it, Apollo's CSRF prevention refuses simple requests, and a WebSocket
 * upgrade carrying it must come from a page of this gateway (same-site is not enough: another
 * port on the same host is the same site).
 */
export interface ConsoleSessionOptions {
  /** The gateway's public address; https makes the cookie Secure and `__Host-` prefixed. */
  publicUrl: () => string;
  /** The viewer a bearer token proves, or a GraphQL error saying why not. */
  viewerOf: (authorization: string) => Promise<Viewer | null>;
  /** Revokes the session (its tokens are refused from then on, its sockets close). */
  logOut: (viewer: Viewer) => Promise<unknown>;
}

export const CONSOLE_SESSION_PATH = '/admin/session';

const isHttps = (publicUrl: string) => publicUrl.startsWith('https:');
const cookieName = (publicUrl: string) => (isHttps(publicUrl) ? '__Host-console-session' : 'console-session');

function readCookie(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) return decodeURIComponent(part.slice(separator + 1).trim());
  }
  return null;
}

function cookieHeader(publicUrl: string, value: string, maxAgeSeconds: number): string {
  const attributes = [`${cookieName(publicUrl)}=${encodeURIComponent(value)}`, 'Path=/', 'HttpOnly', 'SameSite=Strict', `Max-Age=${maxAgeSeconds}`];
  if (isHttps(publicUrl)) attributes.push('Secure');
  return attributes.join('; ');
}

function refuse(response: Response, status: number, error: unknown) {
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  const message = error instanceof GraphQLError ? error.message : 'Sign in to continue.';
  response.status(status).json({ errors: [{ message, extensions: { code: typeof code === 'string' ? code : 'UNAUTHENTICATED' } }] });
}

/** Whether a request's Origin is this gateway (as the browser reached it, or its public address). */
function isOwnOrigin(request: IncomingMessage, publicUrl: string): boolean {
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    const { host } = new URL(origin);
    return host === request.headers.host || origin === new URL(publicUrl).origin;
  } catch {
    return false;
  }
}

export function consoleSession(options: ConsoleSessionOptions) {
  const tokenOf = (request: IncomingMessage) => readCookie(request.headers.cookie, cookieName(options.publicUrl()));

  /** `POST` with a bearer token sets the cookie for its session; `DELETE` signs that session out and clears it. */
  const routes: RequestHandler = express
    .Router()
    .post('/', async (request, response) => {
      const authorization = request.headers.authorization ?? '';
      try {
        const viewer = await options.viewerOf(authorization);
        if (!viewer?.sessionExpiresAt)
          throw new GraphQLError('Send the session token as "Authorization: Bearer <token>".', { extensions: { code: 'UNAUTHENTICATED' } });
        const token = authorization.replace(/^Bearer\s+/i, '');
        const maxAgeSeconds = Math.max(0, Math.floor((viewer.sessionExpiresAt.getTime() - Date.now()) / 1000));
        response.setHeader('Set-Cookie', cookieHeader(options.publicUrl(), token, maxAgeSeconds));
        response.setHeader('Cache-Control', 'no-store');
        response.status(200).json({ expiresAt: viewer.sessionExpiresAt.toISOString() });
      } catch (error) {
        refuse(response, 401, error);
      }
    })
    .delete('/', async (request, response) => {
      const token = tokenOf(request);
      // A session already ended or expired has nothing left to revoke: the cookie still goes.
      const viewer = token ? await options.viewerOf(`Bearer ${token}`).catch(() => null) : null;
      if (viewer) await options.logOut(viewer);
      response.setHeader('Set-Cookie', cookieHeader(options.publicUrl(), '', 0));
      response.status(204).end();
    });

  return {
    routes,
    /** The Authorization a request carries: its own header, else the console's cookie as a bearer token. */
    authorization(request: IncomingMessage, explicit: unknown): unknown {
      if (typeof explicit === 'string' && explicit.trim() !== '') return explicit;
      const token = tokenOf(request);
      return token ? `Bearer ${token}` : explicit;
    },
    /** Refuses (403) a WebSocket upgrade that carries the cookie from a page that is not ours. */
    guardUpgrades(server: Server) {
      server.prependListener('upgrade', (request: IncomingMessage, socket: Duplex) => {
        if (!tokenOf(request) || isOwnOrigin(request, options.publicUrl())) return;
        socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        socket.destroy();
      });
    },
  };
}
