import type { EntityManager } from 'typeorm';
import { PreparedSelect } from '../db/prepared-select';
import { User } from '../users/user.entity';
import { Writer } from '../writers/writer.entity';
import { Session, type SessionEndedReason } from './session.entity';
import type { Role } from '../identity/viewer';

// The session, its user and (for a writer) their writer record: one statement per request.
const SESSION_WITH_USER = new PreparedSelect(
  (manager) =>
    manager
      .createQueryBuilder(Session, 'session')
      .innerJoin(User, 'user', 'user.id = session.userId')
      .leftJoin(Writer, 'writer', 'writer.userId = user.id')
      .select('session.id', 'id')
      .addSelect('session.userId', 'userId')
      .addSelect('session.expiresAt', 'expiresAt')
      .addSelect('session.twoFactorVerified', 'twoFactorVerified')
      .addSelect('session.revokedAt', 'revokedAt')
      .addSelect('session.endedReason', 'endedReason')
      .addSelect('session.createdAt', 'createdAt')
      .addSelect('user.role', 'role')
      .addSelect('user.twoFactorEnabled', 'twoFactorEnabled')
      .addSelect('user.removedAt', 'removedAt')
      .addSelect('writer.id', 'writerId')
      .where('session.id = :sessionId'),
  ['sessionId'],
  {
    id: [Session, 'id'],
    userId: [Session, 'userId'],
    expiresAt: [Session, 'expiresAt'],
    twoFactorVerified: [Session, 'twoFactorVerified'],
    revokedAt: [Session, 'revokedAt'],
    endedReason: [Session, 'endedReason'],
    createdAt: [Session, 'createdAt'],
    role: [User, 'role'],
    twoFactorEnabled: [User, 'twoFactorEnabled'],
    removedAt: [User, 'removedAt'],
    writerId: [Writer, 'id'],
  },
);

export interface SessionRow {
  id: string;
  userId: string;
  expiresAt: Date;
  twoFactorVerified: boolean;
  revokedAt: Date | null;
  endedReason: SessionEndedReason | null;
  createdAt: Date;
  role: Role;
  twoFactorEnabled: boolean;
  removedAt: Date | null;
  writerId: string | null;
}

/** The session row with what its user's rows say now; undefined when there is no such session. */
export async function sessionWithUser(manager: EntityManager, sessionId: string): Promise<SessionRow | undefined> {
  const [row] = await SESSION_WITH_USER.rows(manager, { sessionId });
  return row as SessionRow | undefined;
}
