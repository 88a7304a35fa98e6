import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { Role, TeamMembersSection_TeamQuery } from '../gql/graphql';
import { ErrorNotice } from '../ui/ErrorNotice';
import { formatDate, formatDateTime } from '../ui/format';
import { LoadingState } from '../ui/states';
import { InviteMemberDialog } from './InviteMemberDialog';
import { TEAM_ROLES, roleLabel } from './roles';

const TeamMembersSection_Team = graphql(`
  query TeamMembersSection_Team($withInvites: Boolean!) {
    viewer {
      id
    }
    teamMembers {
      id
      email
      displayName
      role
      twoFactorEnabled
      createdAt
    }
    teamInvites @include(if: $withInvites) {
      id
      email
      role
      expiresAt
      invitedBy {
        displayName
      }
    }
  }
`);

const TeamMembersSection_ChangeRole = graphql(`
  mutation TeamMembersSection_ChangeRole($input: UpdateTeamMemberInput!) {
    updateTeamMember(input: $input) {
      id
      role
    }
  }
`);

const TeamMembersSection_Remove = graphql(`
  mutation TeamMembersSection_Remove($id: ID!) {
    removeTeamMember(id: $id) {
      id
    }
  }
`);

const TeamMembersSection_Revoke = graphql(`
  mutation TeamMembersSection_Revoke($id: ID!) {
    revokeTeamInvite(id: $id) {
      id
    }
  }
`);

const TEAM_TYPENAMES = { additionalTypenames: ['TeamMember', 'TeamInvite'] };

type Member = TeamMembersSection_TeamQuery['teamMembers'][number];
type Invite = NonNullable<TeamMembersSection_TeamQuery['teamInvites']>[number];

interface MemberRowProps {
  member: Member;
  isSelf: boolean;
  manages: boolean;
  onChangeRole: (role: Role) => void;
  onRemove: () => void;
}

/** One member; an admin changes anyone's role but their own, and removes anyone but themself. */
function MemberRow({ member, isSelf, manages, onChangeRole, onRemove }: MemberRowProps) {
  const confirmRemove = () => window.confirm(`Remove ${member.displayName} from the team? They are signed out at once.`) && onRemove();
  return (
    <tr>
      <td>
        {member.displayName}
        {isSelf && <span className="muted"> (you)</span>}
      </td>
      <td>{member.email}</td>
      <td>
        {manages && !isSelf ? (
          <select aria-label={`Role of ${member.displayName}`} value={member.role} onChange={(event) => onChangeRole(event.target.value as Role)}>
            {TEAM_ROLES.map((role) => (
              <option key={role} value={role}>
                {roleLabel(role)}
              </option>
            ))}
          </select>
        ) : (
          roleLabel(member.role)
        )}
      </td>
      <td>{member.twoFactorEnabled ? 'On' : 'Not set up'}</td>
      <td>{formatDate(member.createdAt)}</td>
      {manages && (
        <td>
          {!isSelf && (
            <button type="button" className="button button-small" onClick={confirmRemove}>
              Remove
            </button>
          )}
        </td>
      )}
    </tr>
  );
}

function PendingInvites({ invites, onRevoke }: { invites: Invite[]; onRevoke: (invite: Invite) => void }) {
  return (
    <>
      <h3>Waiting to join</h3>
      <ul className="plain-list">
        {invites.map((invite) => (
          <li key={invite.id}>
            {invite.email} as {roleLabel(invite.role)}, invited by {invite.invitedBy?.displayName ?? 'a former member'}, until{' '}
            {formatDateTime(invite.expiresAt)}{' '}
            <button type="button" className="button button-small" onClick={() => onRevoke(invite)}>
              Revoke
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The team and its invitations; admins change roles, remove members and invite. */
export function TeamMembersSection({ manages }: { manages: boolean }) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: TeamMembersSection_Team, variables: { withInvites: manages }, context: TEAM_TYPENAMES });
  const [changed, changeRole] = useMutation(TeamMembersSection_ChangeRole);
  const [removed, remove] = useMutation(TeamMembersSection_Remove);
  const [revoked, revoke] = useMutation(TeamMembersSection_Revoke);
  const [inviting, setInviting] = useState(false);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  if (!data) return fetching ? <LoadingState label="Loading the team…" /> : <ErrorNotice title="The team could not be loaded" error={error} />;
  return (
    <section aria-labelledby="team-members-title" className="card">
      <div className="card-header">
        <h2 id="team-members-title">Members</h2>
        {manages && (
          <button type="button" className="button button-primary" onClick={() => setInviting(true)}>
            Invite member
          </button>
        )}
      </div>
      <ErrorNotice title="The change was not made" error={changed.error ?? removed.error ?? revoked.error} />
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Two-factor</th>
              <th scope="col">Joined</th>
              {manages && (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {data.teamMembers.map((member) => (
              <MemberRow
                key={member.id}
                member={member}
                isSelf={member.id === data.viewer?.id}
                manages={manages}
                onChangeRole={(role) => void changeRole({ input: { id: member.id, role } }, TEAM_TYPENAMES).then(refresh)}
                onRemove={() => void remove({ id: member.id }, TEAM_TYPENAMES).then(refresh)}
              />
            ))}
          </tbody>
        </table>
      </div>
      {manages && data.teamInvites && data.teamInvites.length > 0 && (
        <PendingInvites invites={data.teamInvites} onRevoke={(invite) => void revoke({ id: invite.id }, TEAM_TYPENAMES).then(refresh)} />
      )}
      {inviting && (
        <InviteMemberDialog
          onClose={() => {
            setInviting(false);
            refresh();
          }}
        />
      )}
    </section>
  );
}
