import { unauthenticated } from '../errors/errors';
import { API_KEY_SECRET_PREFIX } from '../identity/api-key-scope';
import type { ApiKeys } from './api-keys.service';
import type { SessionService } from './session.service';
import type { Viewer } from '../identity/viewer';

/**
 * The viewer behind an `Authorization: Bearer …` header: an API key of the platform's backend
 * (its secret starts with `pgk_`) or a person's session token; null when there is none.
 */
export class Credentials {
  constructor(
    private readonly sessions: SessionService,
    private readonly apiKeys: ApiKeys,
  ) {}

  async viewerFromAuthorization(authorization: unknown): Promise<Viewer | null> {
    if (typeof authorization !== 'string' || authorization.trim() === '') return null;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match?.[1]) throw unauthenticated('Send the credential as "Authorization: Bearer <token or API key>".');
    const credential = match[1];
    return credential.startsWith(API_KEY_SECRET_PREFIX) ? this.apiKeys.viewerFor(credential) : this.sessions.viewerFromToken(credential);
  }
}
