import { type KeyObject, createSecretKey, randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { unauthenticated } from '../errors/errors';

const SESSION_LIFETIME_SECONDS = 12 * 60 * 60;
const ISSUER = 'payouts-gateway';
// Each kind of token names its audience, so one can never be presented as another (an
// onboarding state from a redirect URL is not a session).
const SESSION_AUDIENCE = 'session';
const ONBOARDING_STATE_AUDIENCE = 'onboarding-state';
const WRITER_INVITE_AUDIENCE = 'writer-invite';
const WRITER_INVITE_LIFETIME_SECONDS = 7 * 24 * 60 * 60;
// Session tokens whose signature was checked: a client sends the same one with every request.
const MAX_VERIFIED_TOKENS_KEPT = 10_000;
const EXPIRED_SESSION = 'Your session has expired; sign in again.';

/** What a session token proves: who signed in and which session row holds their rights. */
export interface SessionClaims {
  userId: string;
  sessionId: string;
  issuedAt: Date;
  expiresAt: Date;
}

export class SessionTokens {
  // A key object built once: given a string, jsonwebtoken first tries it as a public key on
  // every call, which fails with a thrown error (measurable on each request).
  private readonly secret: KeyObject;
  // A signature that was good stays good; only the expiry has to be checked again.
  private readonly verified = new Map<string, SessionClaims>();

  constructor(secret: string) {
    this.secret = createSecretKey(Buffer.from(secret, 'utf8'));
  }

  /**
   * A new session's id, expiry and token; the caller stores the session before handing the
   * token out. The token names the user and the session only: roles and two-factor are read
   * from the rows on every request, so a change takes effect at once.
   */
  issue(userId: string): { sessionId: string; token: string; expiresAt: Date } {
    const sessionId = randomUUID();
    const token = jwt.sign({ sub: userId, sid: sessionId }, this.secret, {
      algorithm: 'HS256',
      expiresIn: SESSION_LIFETIME_SECONDS,
      issuer: ISSUER,
      audience: SESSION_AUDIENCE,
    });
    return { sessionId, token, expiresAt: new Date(Date.now() + SESSION_LIFETIME_SECONDS * 1000) };
  }

  /** The user and session a bearer token names, or UNAUTHENTICATED saying why not. */
  verify(token: string): SessionClaims {
    const known = this.verified.get(token);
    if (known && Date.now() < known.expiresAt.getTime()) return known;
    this.verified.delete(token);
    const claims = this.verifySignature(token);
    if (this.verified.size >= MAX_VERIFIED_TOKENS_KEPT) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, claims);
    return claims;
  }

  private verifySignature(token: string): SessionClaims {
    let claims: { sub?: unknown; sid?: unknown; iat?: unknown; exp?: unknown };
    try {
      claims = jwt.verify(token, this.secret, { algorithms: ['HS256'], issuer: ISSUER, audience: SESSION_AUDIENCE }) as typeof claims;
    } catch (error) {
      if (error instanceof jwt.TokenExpiredError) throw unauthenticated(EXPIRED_SESSION);
      throw unauthenticated('The session token is not valid; sign in again.');
    }
    const { sub, sid, iat, exp } = claims;
    if (typeof sub !== 'string' || typeof sid !== 'string' || typeof iat !== 'number' || typeof exp !== 'number')
      throw unauthenticated('The session token is not valid; sign in again.');
    return { userId: sub, sessionId: sid, issuedAt: new Date(iat * 1000), expiresAt: new Date(exp * 1000) };
  }

  /** A signed, short-lived value naming a writer, carried through Stripe's onboarding redirects. */
  signState(writerId: string, lifetimeSeconds: number): string {
    return jwt.sign({ sub: writerId }, this.secret, { algorithm: 'HS256', expiresIn: lifetimeSeconds, issuer: ISSUER, audience: ONBOARDING_STATE_AUDIENCE });
  }

  verifyState(state: string): string | null {
    try {
      const claims = jwt.verify(state, this.secret, { algorithms: ['HS256'], issuer: ISSUER, audience: ONBOARDING_STATE_AUDIENCE }) as { sub: string };
      return typeof claims.sub === 'string' ? claims.sub : null;
    } catch {
      return null;
    }
  }

  /** An invitation for the writer an admin added to sign up as themself, bound to their email. */
  signInvite(writerId: string, email: string): { token: string; expiresAt: Date } {
    const token = jwt.sign({ sub: writerId, email }, this.secret, {
      algorithm: 'HS256',
      expiresIn: WRITER_INVITE_LIFETIME_SECONDS,
      issuer: ISSUER,
      audience: WRITER_INVITE_AUDIENCE,
    });
    return { token, expiresAt: new Date(Date.now() + WRITER_INVITE_LIFETIME_SECONDS * 1000) };
  }

  verifyInvite(token: string): { writerId: string; email: string } | null {
    try {
      const claims = jwt.verify(token, this.secret, { algorithms: ['HS256'], issuer: ISSUER, audience: WRITER_INVITE_AUDIENCE }) as {
        sub: unknown;
        email: unknown;
      };
      return typeof claims.sub === 'string' && typeof claims.email === 'string' ? { writerId: claims.sub, email: claims.email } : null;
    } catch {
      return null;
    }
  }
}
