import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { In, IsNull } from 'typeorm';
import { AuditAction } from '../audit/audit-action';
import type { AuditDetails } from '../audit/audit-entry.entity';
import type { AuditService } from '../audit/audit.service';
import type { AuthService } from '../auth/auth.service';
import type { AuthPayload } from '../auth/auth.types';
import { hashPassword } from '../auth/passwords';
import { SessionEndedReason } from '../auth/session.entity';
import type { SessionService } from '../auth/session.service';
import { Role, TEAM_ROLES, type Viewer } from '../identity/viewer';
import type { Database, Transaction } from '../db/database';
import { badUserInput, notFound } from '../errors/errors';
import { User } from '../users/user.entity';
import { TeamInviteRecord } from './team-invite.entity';
import { activeMember, inviteOf, keepAnAdmin, memberOf } from './team-members';
import type { AcceptTeamInviteInput, InviteTeamMemberInput, TeamInvite, TeamMember, UpdateTeamMemberInput } from './team.types';

const INVITE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
const INVALID_INVITE = badUserInput('This invitation is not valid: it was used, revoked or has expired. Ask an admin for a new one.', 'token');

/** How a member changed: why their sessions end, and the audit entry's action and details. */
interface MemberChange {
  ended: SessionEndedReason;
  action: AuditAction;
  details: AuditDetails;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The platform's team: invitations, roles and removals, each audited, each effective at once. */
export class TeamService {
  constructor(
    private readonly database: Database,
    private readonly sessions: SessionService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly inviteBaseUrl: () => string,
  ) {}

  async members(): Promise<TeamMember[]> {
    const users = await this.database.manager.find(User, { where: { role: In([...TEAM_ROLES]), removedAt: IsNull() }, order: { createdAt: 'ASC', id: 'ASC' } });
    return users.map(memberOf);
  }

  /** Invitations not yet accepted, revoked or expired, newest first. */
  async pendingInvites(): Promise<TeamInvite[]> {
    const records = await this.database.manager.find(TeamInviteRecord, {
      where: { acceptedAt: IsNull(), revokedAt: IsNull() },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    const inviters = await this.database.manager.findBy(User, { id: In([...new Set(records.map((record) => record.invitedByUserId))]) });
    const byId = new Map(inviters.map((user) => [user.id, memberOf(user)]));
    return records
      .filter((record) => record.expiresAt.getTime() > Date.now())
      .map((record) => inviteOf(this.inviteBaseUrl(), record, byId.get(record.invitedByUserId) ?? null, null));
  }

  async invite(input: InviteTeamMemberInput, admin: Viewer): Promise<TeamInvite> {
    const email = input.email.trim().toLowerCase();
    const token = randomBytes(32).toString('base64url');
    const record = await this.database.transaction(async ({ manager }) => {
      const existing = await manager.findOneBy(User, { email });
      if (existing && !existing.removedAt) {
        throw badUserInput(
          existing.role === Role.WRITER ? 'This email belongs to a writer; invite the person with another email.' : 'This person is already on the team.',
          'email',
        );
      }
      const created = manager.create(TeamInviteRecord, {
        id: randomUUID(),
        email,
        displayName: input.displayName.trim(),
        role: input.role,
        tokenHash: hashToken(token),
        invitedByUserId: admin.userId,
        expiresAt: new Date(Date.now() + INVITE_LIFETIME_MS),
        acceptedAt: null,
        acceptedByUserId: null,
        revokedAt: null,
      });
      await manager.insert(TeamInviteRecord, created);
      await this.audit.record(manager, {
        actorUserId: admin.userId,
        action: AuditAction.TEAM_MEMBER_INVITED,
        subjectType: 'TeamInvite',
        subjectId: created.id,
        details: { email, role: input.role },
      });
      return manager.findOneByOrFail(TeamInviteRecord, { id: created.id });
    });
    const inviter = await this.database.manager.findOneBy(User, { id: admin.userId });
    return inviteOf(this.inviteBaseUrl(), record, inviter ? memberOf(inviter) : null, token);
  }

  async revokeInvite(id: string, admin: Viewer): Promise<TeamInvite> {
    const record = await this.database.transaction(async ({ manager }) => {
      const found = await manager.findOneBy(TeamInviteRecord, { id });
      if (!found) throw notFound('Team invitation', id);
      if (found.acceptedAt) throw badUserInput('This invitation was already accepted; remove the team member instead.', 'id');
      if (found.revokedAt) return found;
      found.revokedAt = new Date();
      await manager.save(found);
      await this.audit.record(manager, {
        actorUserId: admin.userId,
        action: AuditAction.TEAM_INVITE_REVOKED,
        subjectType: 'TeamInvite',
        subjectId: found.id,
        details: { email: found.email },
      });
      return found;
    });
    return inviteOf(this.inviteBaseUrl(), record, null, null);
  }

  /** Joins the team with an invitation (once) and signs the new member in. */
  async accept(input: AcceptTeamInviteInput): Promise<AuthPayload> {
    const passwordHash = await hashPassword(input.password);
    const user = await this.database.transaction(async (transaction) => {
      const record = await transaction.manager.findOneBy(TeamInviteRecord, { tokenHash: hashToken(input.token) });
      if (!record || record.acceptedAt || record.revokedAt || record.expiresAt.getTime() <= Date.now()) throw INVALID_INVITE;
      const displayName = input.displayName?.trim() || record.displayName;
      const user = await this.joinedUser(transaction, record, passwordHash, displayName);
      // Single use even when two acceptances race: only one update finds it unaccepted.
      const claimed = await transaction.manager.update(
        TeamInviteRecord,
        { id: record.id, acceptedAt: IsNull(), revokedAt: IsNull() },
        { acceptedAt: new Date(), acceptedByUserId: user.id },
      );
      if (claimed.affected !== 1) throw INVALID_INVITE;
      await this.audit.record(transaction.manager, {
        actorUserId: user.id,
        action: AuditAction.TEAM_INVITE_ACCEPTED,
        subjectType: 'TeamMember',
        subjectId: user.id,
        details: { email: user.email, role: user.role, invitedBy: record.invitedByUserId },
      });
      return user;
    });
    return this.auth.payload(user, false);
  }

  /** A new user, or the removed member with this email coming back with a fresh password. */
  private async joinedUser({ manager }: Transaction, record: TeamInviteRecord, passwordHash: string, displayName: string): Promise<User> {
    const existing = await manager.findOneBy(User, { email: record.email });
    if (existing && !existing.removedAt) throw INVALID_INVITE;
    const fields = { passwordHash, role: record.role, displayName, removedAt: null, twoFactorEnabled: false, twoFactorSecret: null, lastTotpTimeStep: null };
    if (existing) return manager.save(Object.assign(existing, fields));
    return manager.save(manager.create(User, { id: randomUUID(), email: record.email, ...fields }));
  }

  /** Changes a member's role; their sessions end, so the next request already runs with the new one. */
  updateRole(input: UpdateTeamMemberInput, admin: Viewer): Promise<TeamMember> {
    return this.changeMember(input.id, admin, 'change your own role; ask another admin', async (transaction, member) => {
      if (member.role === input.role) return null;
      await keepAnAdmin(transaction, member, input.role);
      const details = { email: member.email, from: member.role, to: input.role };
      member.role = input.role;
      return { ended: SessionEndedReason.ROLE_CHANGED, action: AuditAction.TEAM_MEMBER_ROLE_CHANGED, details };
    });
  }

  /** Removes a member: they cannot sign in, their sessions and connections end at once. */
  remove(id: string, admin: Viewer): Promise<TeamMember> {
    return this.changeMember(id, admin, 'remove yourself; ask another admin', async (transaction, member) => {
      await keepAnAdmin(transaction, member, null);
      member.removedAt = new Date();
      return { ended: SessionEndedReason.REMOVED, action: AuditAction.TEAM_MEMBER_REMOVED, details: { email: member.email, role: member.role } };
    });
  }

  /**
   * What another admin does to an active member, in one transaction: `change` edits the row (or
   * answers null when nothing changes), then it is saved, the member's sessions end and the
   * change is audited.
   */
  private changeMember(
    id: string,
    admin: Viewer,
    selfRefusal: string,
    change: (transaction: Transaction, member: User) => Promise<MemberChange | null>,
  ): Promise<TeamMember> {
    return this.database.transaction(async (transaction) => {
      const member = await activeMember(transaction, id, admin, selfRefusal);
      const changed = await change(transaction, member);
      if (!changed) return memberOf(member);
      await transaction.manager.save(member);
      await this.sessions.endAllOf(transaction, member.id, changed.ended);
      await this.audit.recordAct(transaction.manager, admin, changed.action, ['TeamMember', member.id], changed.details);
      return memberOf(member);
    });
  }
}
