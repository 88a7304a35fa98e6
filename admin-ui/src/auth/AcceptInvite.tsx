import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { navigate } from '../router';
import { sessionStore } from '../session';
import { ErrorNotice } from '../ui/ErrorNotice';
import { describeError } from '../ui/server-error';

const AcceptInvite_Accept = graphql(`
  mutation AcceptInvite_Accept($input: AcceptTeamInviteInput!) {
    acceptTeamInvite(input: $input) {
      ...SignIn_Session
    }
  }
`);

/** Joining the team from an invitation link: choose a password, then set up two-factor. */
export function AcceptInvite({ token }: { token: string }) {
  const [{ fetching, error }, accept] = useMutation(AcceptInvite_Accept);
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await accept({ input: { token, password, displayName: displayName.trim() || null } });
    if (!result.data) return;
    await sessionStore.signIn(result.data.acceptTeamInvite);
    navigate('/', { replace: true });
  }

  return (
    <main className="auth-page">
      <form className="auth-card" onSubmit={(event) => void submit(event)} aria-labelledby="accept-invite-title">
        <p className="brand">Payouts console</p>
        <h1 id="accept-invite-title">Join the team</h1>
        <p>Choose a password for your account. You will set up two-factor authentication next.</p>
        <ErrorNotice title="Could not join the team" problem={error ? describeError(error) : null} />
        <label htmlFor="accept-invite-name">Your name</label>
        <input
          id="accept-invite-name"
          autoComplete="name"
          aria-describedby="accept-invite-name-hint"
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
        />
        <p id="accept-invite-name-hint" className="hint">
          Leave it empty to keep the name on the invitation.
        </p>
        <label htmlFor="accept-invite-password">Password</label>
        <input
          id="accept-invite-password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          aria-describedby="accept-invite-password-hint"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <p id="accept-invite-password-hint" className="hint">
          At least 10 characters, with a letter and a digit.
        </p>
        <button type="submit" className="button button-primary" disabled={fetching}>
          {fetching ? 'Joining…' : 'Join the team'}
        </button>
      </form>
    </main>
  );
}
