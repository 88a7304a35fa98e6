import { AppError, ErrorCode, forbidden, unauthenticated } from '../graphql/errors';
import { Role, type Viewer } from './viewer';

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  return viewer;
}

export function requireAdmin(viewer: Viewer | null): Viewer {
  const signedIn = requireViewer(viewer);
  if (signedIn.role !== Role.ADMIN) throw forbidden('Only admins can do this.');
  return signedIn;
}

/**
 * Adding funds, moving money and handing a writer's account to someone need an admin whose
 * session was opened with a TOTP code.
 */
export function requireMoneyAdmin(viewer: Viewer | null, action = 'Moving money'): Viewer {
  const admin = requireAdmin(viewer);
  if (!admin.twoFactorVerified) {
    throw new AppError(ErrorCode.TwoFactorRequired, `${action} needs two-factor authentication: enrol, then sign in again with your code.`);
  }
  return admin;
}
