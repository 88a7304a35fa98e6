import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { Role } from '../gql/graphql';
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
              {manages && <th scope="col"><span className="visually-hidden">Actions</span></th>}
            </tr>
          </thead>
          <tbody>
            {data.teamMembers.map((member) => {
              const isSelf = member.id === data.viewer?.id;
              return (
                <tr key={member.id}>
                  <td>{member.displayName}{isSelf && <span className="muted"> (you)</span>}</td>
                  <td>{member.email}</td>
                  <td>
                    {manages && !isSelf ? (
                      <select aria-label={`Role of ${member.displayName}`} value={member.role} onChange={(event) => void changeRole({ input: { id: member.id, role: event.target.value as Role } }, TEAM_TYPENAMES).then(refresh)}>
                        {TEAM_ROLES.map((role) => (
                          <option key={role} value={role}>{roleLabel(role)}</option>
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
                        <button type="button" className="button button-small" onClick={() => window.confirm(`Remove ${member.displayName} from the team? They are signed out at once.`) && void remove({ id: member.id }, TEAM_TYPENAMES).then(refresh)}>
                          Remove
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {manages && data.teamInvites && data.teamInvites.length > 0 && (
        <>
          <h3>Waiting to join</h3>
          <ul className="plain-list">
            {data.teamInvites.map((invite) => (
              <li key={invite.id}>
                {invite.email} as {roleLabel(invite.role)}, invited by {invite.invitedBy?.displayName ?? 'a former member'}, until {formatDateTime(invite.expiresAt)}{' '}
                <button type="button" className="button button-small" onClick={() => void revoke({ id: invite.id }, TEAM_TYPENAMES).then(refresh)}>
                  Revoke
                </button>
              </li>
            ))}
          </ul>
        </>
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
