import { AppError, ErrorCode, forbidden, unauthenticated } from '../graphql/errors';
import { Role, type Viewer, isTeamRole } from './viewer';

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  return viewer;
}

/** Anyone on the platform's team (ADMIN, FINANCE, VIEWER): they read every writer and every record. */
export function requireTeam(viewer: Viewer | null): Viewer {
  const signedIn = requireViewer(viewer);
  if (!isTeamRole(signedIn.role)) throw forbidden('Only the platform team can do this.');
  return signedIn;
}

/** A team member whose role may change things (not VIEWER, who reads only). */
export function requireTeamEditor(viewer: Viewer | null, action = 'This'): Viewer {
  const member = requireTeam(viewer);
  if (member.role === Role.VIEWER) throw forbidden(`${action} needs the Admin or Finance role; viewers can only read.`);
  return member;
}

function requireTwoFactor(viewer: Viewer, action: string): Viewer {
  if (!viewer.twoFactorVerified) {
    throw new AppError(ErrorCode.TwoFactorRequired, `${action} needs two-factor authentication: enrol, then sign in again with your code.`);
  }
  return viewer;
}

/**
 * Adding funds, moving money and handing a writer's account to someone need an ADMIN or
 * FINANCE member whose session was opened with a TOTP code.
 */
export function requireMoneyAdmin(viewer: Viewer | null, action = 'Moving money'): Viewer {
  return requireTwoFactor(requireTeamEditor(viewer, action), action);
}

/** Managing the team (invitations, roles, removals) needs an ADMIN with two-factor. */
export function requireTeamAdmin(viewer: Viewer | null, action = 'Managing the team'): Viewer {
  const member = requireTeam(viewer);
  if (member.role !== Role.ADMIN) throw forbidden(`${action} needs the Admin role.`);
  return requireTwoFactor(member, action);
}

/** Whether the viewer sees every writer (the team) or only themself (a writer). */
export const seesEveryWriter = (viewer: Viewer): boolean => isTeamRole(viewer.role);
