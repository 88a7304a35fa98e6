import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { IsNull, LessThan } from 'typeorm';
import type { SessionService } from '../auth/session.service';
import type { Database } from '../db/database';
import { OAuthStateRecord } from './oauth-state.entity';

/**
 * Long enough for Stripe's Express sign-up inside the OAuth flow (identity, bank account),
 * short enough that a link found later in a browser history is dead.
 */
export const OAUTH_STATE_LIFETIME_SECONDS = 30 * 60;

const hashState = (state: string) => createHash('sha256').update(state).digest('hex');

/** Why a callback's state was refused; none of these changes anything. */
export type StateRefusal = 'UNKNOWN' | 'USED' | 'EXPIRED' | 'SESSION_ENDED';

/** OAuth states: 256 random bits each, stored hashed, single use, bound to a writer's session. */
export class OAuthStates {
  constructor(
    private readonly database: Database,
    private readonly sessions: SessionService,
  ) {}

  async issue(writerId: string, sessionId: string): Promise<{ state: string; expiresAt: Date }> {
    const state = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + OAUTH_STATE_LIFETIME_SECONDS * 1000);
    await this.database.transaction(async ({ manager }) => {
      // The writer's dead states are of no more use: each new one tidies them away.
      await manager.delete(OAuthStateRecord, { writerId, expiresAt: LessThan(new Date()) });
      await manager.insert(OAuthStateRecord, { id: randomUUID(), writerId, sessionId, stateHash: hashState(state), expiresAt, usedAt: null });
    });
    return { state, expiresAt };
  }

  /**
   * Uses the state up, or says why it cannot be used. Claimed before the code is exchanged, so
   * a state is good for one exchange even when two callbacks race: only one update finds it unused.
   */
  async claim(state: string): Promise<{ writerId: string } | { refused: StateRefusal }> {
    const record = state ? await this.database.manager.findOneBy(OAuthStateRecord, { stateHash: hashState(state) }) : null;
    if (!record) return { refused: 'UNKNOWN' };
    if (record.usedAt) return { refused: 'USED' };
    if (record.expiresAt.getTime() <= Date.now()) return { refused: 'EXPIRED' };
    // The writer who asked must still be signed in with that session (not signed out, not expired).
    if ((await this.sessions.closedSessions([record.sessionId])).length > 0) return { refused: 'SESSION_ENDED' };
    const claimed = await this.database.transaction(({ manager }) =>
      manager.update(OAuthStateRecord, { id: record.id, usedAt: IsNull() }, { usedAt: new Date() }),
    );
    return claimed.affected === 1 ? { writerId: record.writerId } : { refused: 'USED' };
  }
}
