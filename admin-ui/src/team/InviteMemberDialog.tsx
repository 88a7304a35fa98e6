import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import type { Role } from '../gql/graphql';
import { Dialog } from '../ui/Dialog';
import { ErrorNotice } from '../ui/ErrorNotice';
import { FormActions } from '../ui/FormActions';
import { ShownOnceDialog } from '../ui/ShownOnceDialog';
import { describeError, isFieldRejected } from '../ui/server-error';
import { ROLE_DESCRIPTIONS, TEAM_ROLES, roleLabel } from './roles';

const InviteMemberDialog_Invite = graphql(`
  mutation InviteMemberDialog_Invite($input: InviteTeamMemberInput!) {
    inviteTeamMember(input: $input) {
      id
      url
      email
      expiresAt
    }
  }
`);

/** Invites a person with a role; the link is shown once, to pass on to them. */
export function InviteMemberDialog({ onClose }: { onClose: () => void }) {
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('VIEWER');
  const [{ data, fetching, error }, invite] = useMutation(InviteMemberDialog_Invite);
  const problem = error ? describeError(error) : null;
  const invalid = (field: string) => isFieldRejected(problem, field) || undefined;
  const sent = data?.inviteTeamMember;

  async function submit(event: FormEvent) {
    event.preventDefault();
    await invite({ input: { email, displayName, role } });
  }

  if (sent) {
    return (
      <ShownOnceDialog title="Invitation ready" label="Invitation link" value={sent.url ?? ''} onClose={onClose}>
        <p>
          Send this link to {sent.email}. It works once, until {new Date(sent.expiresAt).toLocaleString()}, and is shown only now.
        </p>
      </ShownOnceDialog>
    );
  }

  return (
    <Dialog title="Invite to the team" onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ErrorNotice title="The invitation was not created" problem={problem} />
        <label htmlFor="invite-email">Email</label>
        <input
          id="invite-email"
          type="email"
          required
          autoFocus
          value={email}
          aria-invalid={invalid('email')}
          onChange={(event) => setEmail(event.target.value)}
        />
        <label htmlFor="invite-name">Name</label>
        <input
          id="invite-name"
          required
          maxLength={120}
          value={displayName}
          aria-invalid={invalid('displayName')}
          onChange={(event) => setDisplayName(event.target.value)}
        />
        <label htmlFor="invite-role">Role</label>
        <select id="invite-role" value={role} aria-describedby="invite-role-hint" onChange={(event) => setRole(event.target.value as Role)}>
          {TEAM_ROLES.map((each) => (
            <option key={each} value={each}>
              {roleLabel(each)}
            </option>
          ))}
        </select>
        <p id="invite-role-hint" className="hint">
          {ROLE_DESCRIPTIONS[role]}
        </p>
        <FormActions onCancel={onClose} submitLabel="Create invitation" busyLabel="Creating…" busy={fetching} />
      </form>
    </Dialog>
  );
}
