import { formatDate } from '../ui/format';

// inviteWriter's tokens last 7 days.
const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

interface AuditNode {
  action: string;
  createdAt: string;
}

/** Where a writer's sign-up invitation stands, from the audit trail (newest entry first). */
export function invitationState(signedUp: boolean, entries: AuditNode[]): string {
  const accepted = entries.find((entry) => entry.action === 'WRITER_INVITE_ACCEPTED');
  if (signedUp) return accepted ? `Accepted on ${formatDate(accepted.createdAt)}: they sign in themself` : 'Signed up themself';
  const invited = entries.find((entry) => entry.action === 'WRITER_INVITED');
  if (!invited) return 'Not invited yet';
  const expiresAtMs = Date.parse(invited.createdAt) + INVITATION_LIFETIME_MS;
  const expiry =
    expiresAtMs > Date.now()
      ? `valid until ${formatDate(new Date(expiresAtMs).toISOString())}`
      : `expired on ${formatDate(new Date(expiresAtMs).toISOString())}`;
  return `Invited on ${formatDate(invited.createdAt)}, not accepted yet; ${expiry}`;
}
