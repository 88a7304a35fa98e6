import { useSessionState } from '../session';
import { PageHeader } from '../ui/PageHeader';
import { ApiKeysSection } from './ApiKeysSection';
import { TeamMembersSection } from './TeamMembersSection';

/** Who works on the platform, with which role, and the backend's API keys (admins manage both). */
export function TeamPage() {
  const manages = useSessionState().session?.viewer.role === 'ADMIN';
  return (
    <>
      <PageHeader title="Team">
        <p className="muted">{manages ? 'Invite people, change roles and manage the API keys of your backend.' : 'Only admins change the team.'}</p>
      </PageHeader>
      <TeamMembersSection manages={manages} />
      {manages && <ApiKeysSection />}
    </>
  );
}
