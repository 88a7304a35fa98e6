import { IsNull } from 'typeorm';
import type { Transaction } from '../db/database';
import { badUserInput, notFound } from '../errors/errors';
import { Role, TEAM_ROLES, type Viewer } from '../identity/viewer';
import { User } from '../users/user.entity';
import type { TeamInviteRecord } from './team-invite.entity';
import type { TeamInvite, TeamMember } from './team.types';

export const memberOf = (user: User): TeamMember => ({
  id: user.id,
  email: user.email,
  displayName: user.displayName,
  role: user.role,
  twoFactorEnabled: user.twoFactorEnabled,
  createdAt: user.createdAt,
});

export async function activeMember({ manager }: Transaction, id: string, admin: Viewer, selfRefusal: string): Promise<User> {
  const member = await manager.findOneBy(User, { id });
  if (!member || member.removedAt || !TEAM_ROLES.includes(member.role)) throw notFound('Team member', id);
  if (member.id === admin.userId) throw badUserInput(`You cannot ${selfRefusal}.`, 'id');
  return member;
}

/** The team always keeps one admin, or nobody could manage it again. */
export async function keepAnAdmin({ manager }: Transaction, member: User, newRole: Role | null): Promise<void> {
  if (member.role !== Role.ADMIN || newRole === Role.ADMIN) return;
  const admins = await manager.countBy(User, { role: Role.ADMIN, removedAt: IsNull() });
  if (admins <= 1) throw badUserInput('The team needs at least one admin: make someone else an admin first.', 'id');
}

export function inviteOf(baseUrl: string, record: TeamInviteRecord, invitedBy: TeamMember | null, token: string | null): TeamInvite {
  const url = token ? `${baseUrl}/accept-invite?${new URLSearchParams({ token }).toString()}` : null;
  return {
    id: record.id,
    token,
    url,
    email: record.email,
    displayName: record.displayName,
    role: record.role,
    invitedBy,
    expiresAt: record.expiresAt,
    acceptedAt: record.acceptedAt,
    revokedAt: record.revokedAt,
    createdAt: record.createdAt,
  };
}
