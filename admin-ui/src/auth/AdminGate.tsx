import type { ReactNode } from 'react';
import type { SessionViewer } from '../session';
import { TwoFactorEnrolment } from './TwoFactorEnrolment';
import { SignOutButton } from './SignOutButton';

const TEAM_ROLES = new Set(['ADMIN', 'FINANCE', 'VIEWER']);

/**
 * Lets through the team (admins, finance, viewers) with two-factor on, from what sign-in answered (no extra round trip: a
 * token the gateway no longer accepts ends the session at the first query). First-time
 * members enrol first.
 */
export function AdminGate({ viewer, children }: { viewer: SessionViewer; children: ReactNode }) {
  if (!TEAM_ROLES.has(viewer.role)) {
    return (
      <main className="auth-page">
        <div className="auth-card">
          <h1>For the platform team</h1>
          <p>{viewer.email} is a writer account. Writers follow their onboarding and payouts in the Q&amp;A app.</p>
          <SignOutButton className="button" />
        </div>
      </main>
    );
  }
  if (!viewer.twoFactorEnabled) return <TwoFactorEnrolment email={viewer.email} />;
  return children;
}
