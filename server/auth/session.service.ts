import { In, IsNull, LessThan, MoreThan } from 'typeorm';
import type { Database, Transaction } from '../db/database';
import { unauthenticated } from '../errors/errors';
import type { GatewayPubSub } from '../pubsub/pubsub';
import type { User } from '../users/user.entity';
import type { SessionTokens } from './session-tokens';
import { Session, SessionEndedReason } from './session.entity';
import { Role, type Viewer } from '../identity/viewer';
import { type SessionRow, sessionWithUser } from './session-lookup';
import { SessionRevoked } from './session.topics';
import { ClockedMemo } from '../db/clocked-memo';

// Sessions looked up since the last write: each console or API client repeats its own.
const MAX_SESSIONS_KEPT = 10_000;

const INVALID_SESSION = 'The session token is not valid; sign in again.';

// What a refused session is told, by why it ended.
const ENDED_MESSAGES: Record<SessionEndedReason, string> = {
  [SessionEndedReason.SIGNED_OUT]: 'This session has ended; sign in again.',
  [SessionEndedReason.TWO_FACTOR_CONFIRMED]: 'This session has ended; sign in again.',
  [SessionEndedReason.ROLE_CHANGED]: 'Your role on the team changed; sign in again to continue with your new role.',
  [SessionEndedReason.REMOVED]: 'You were removed from the team; this account can no longer sign in.',
};

/**
 * Sessions and what they may do. Every request reads its session row and its user's row (one
 * primary-key lookup with a join, prepared once), so a demotion, a removal or a sign-out counts from the very
 * next request on every instance: nothing is taken from the token but the two ids. On SQLite
 * the rows read are kept until the next write (any write, by anyone: see WriteClock), which is
 * exactly as long as reading them again would say the same.
 */
export class SessionService {
  private readonly rows: ClockedMemo<string, SessionRow | undefined> | undefined;

  constructor(
    private readonly database: Database,
    private readonly tokens: SessionTokens,
    private readonly pubSub: GatewayPubSub,
  ) {
    this.rows = database.writeClock && new ClockedMemo(database.writeClock, MAX_SESSIONS_KEPT);
  }

  /** Opens a session for the user and returns its token. */
  async open(user: User, twoFactorVerified: boolean): Promise<{ token: string; expiresAt: Date }> {
    const { sessionId, token, expiresAt } = this.tokens.issue(user.id);
    await this.database.transaction(async ({ manager }) => {
      // The user's sessions that expired are of no more use: each sign-in tidies them away.
      await manager.delete(Session, { userId: user.id, expiresAt: LessThan(new Date()) });
      await manager.insert(Session, { id: sessionId, userId: user.id, expiresAt, twoFactorVerified, revokedAt: null, endedReason: null });
    });
    return { token, expiresAt };
  }

  /** The viewer a session token proves, as the rows say now. */
  async viewerFromToken(token: string): Promise<Viewer> {
    const claims = this.tokens.verify(token);
    const read = () => sessionWithUser(this.database.manager, claims.sessionId);
    const session = await (this.rows ? this.rows.read(claims.sessionId, read) : read());
    if (!session || session.userId !== claims.userId) throw unauthenticated(INVALID_SESSION);
    if (session.revokedAt) throw unauthenticated(ENDED_MESSAGES[session.endedReason ?? SessionEndedReason.SIGNED_OUT]);
    if (session.removedAt) throw unauthenticated(ENDED_MESSAGES[SessionEndedReason.REMOVED]);
    // A session is as old as the older, and ends with the earlier, of its token and its row.
    const expiresAt = new Date(Math.min(session.expiresAt.getTime(), claims.expiresAt.getTime()));
    if (expiresAt.getTime() <= Date.now()) throw unauthenticated('Your session has expired; sign in again.');
    return {
      userId: session.userId,
      role: session.role,
      twoFactorVerified: session.twoFactorVerified && session.twoFactorEnabled,
      writerId: session.role === Role.WRITER ? session.writerId : null,
      sessionId: session.id,
      sessionExpiresAt: expiresAt,
      sessionIssuedAt: new Date(Math.min(session.createdAt.getTime(), claims.issuedAt.getTime())),
    };
  }

  /** Of these sessions, those signed out, expired, gone or whose user was removed. */
  async closedSessions(sessionIds: string[]): Promise<string[]> {
    const open = await this.database.manager.find(Session, {
      where: { id: In(sessionIds), revokedAt: IsNull(), expiresAt: MoreThan(new Date()), user: { removedAt: IsNull() } },
      relations: { user: true },
      select: { id: true, user: { id: true } },
    });
    const stillOpen = new Set(open.map((session) => session.id));
    return sessionIds.filter((id) => !stillOpen.has(id));
  }

  /** Ends one session with the transaction; its connections close once it commits. */
  async end({ manager, afterCommit }: Transaction, viewer: Viewer, reason: SessionEndedReason): Promise<void> {
    const { sessionId } = viewer;
    if (!sessionId) return;
    await manager.update(Session, { id: sessionId, userId: viewer.userId }, { revokedAt: new Date(), endedReason: reason });
    afterCommit(() => this.pubSub.publish(SessionRevoked, sessionId));
  }

  /** Ends every open session of a user (demoted or removed); their connections close on every instance. */
  async endAllOf({ manager, afterCommit }: Transaction, userId: string, reason: SessionEndedReason): Promise<void> {
    const open = await manager.find(Session, { where: { userId, revokedAt: IsNull() }, select: { id: true } });
    if (open.length === 0) return;
    await manager.update(Session, { id: In(open.map((session) => session.id)) }, { revokedAt: new Date(), endedReason: reason });
    afterCommit(() => Promise.all(open.map((session) => this.pubSub.publish(SessionRevoked, session.id))));
  }
}
