import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Timestamp } from '../ui/Timestamp';

const InviteCard_Invite = graphql(`
  mutation InviteCard_Invite($writerId: ID!) {
    inviteWriter(writerId: $writerId) {
      token
      url
      expiresAt
    }
  }
`);

/** For a writer the platform added: the invitation that lets them sign up as themself. */
export function InviteCard({ writerId, displayName, onInvited }: { writerId: string; displayName: string; onInvited: () => void }) {
  const [{ data, fetching, error }, invite] = useMutation(InviteCard_Invite);
  const [copied, setCopied] = useState(false);
  const invitation = data?.inviteWriter;
  const shared = invitation ? (invitation.url ?? invitation.token) : '';

  async function copy() {
    try {
      await navigator.clipboard.writeText(shared);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <section className="card" aria-labelledby="invite-title">
      <h2 id="invite-title">Sign-up invitation</h2>
      <p className="muted">
        {displayName} has not signed up yet. Signing up with their email takes this invitation, so nobody else can claim their Stripe account.
      </p>
      <ErrorNotice title="Could not create the invitation" error={error} />
      {invitation ? (
        <>
          <label htmlFor="invite-link">{invitation.url ? 'Invitation link' : 'Invitation token (signUp inviteToken)'}</label>
          <div className="inline-field">
            <input id="invite-link" readOnly value={shared} onFocus={(event) => event.currentTarget.select()} />
            <button type="button" className="button" onClick={() => void copy()}>
              {copied ? 'Copied' : 'Copy'}
            </button>
          </div>
          <p className="hint">
            Valid until <Timestamp iso={invitation.expiresAt} />. Send it to the writer yourself; it is shown only now.
          </p>
        </>
      ) : (
        <button type="button" className="button" onClick={() => void invite({ writerId }).then((result) => result.data && onInvited())} disabled={fetching}>
          {fetching ? 'Creating…' : 'Create invitation'}
        </button>
      )}
    </section>
  );
}
