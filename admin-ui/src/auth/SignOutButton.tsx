import { useMutation } from 'urql';
import { graphql } from '../gql';
import { sessionStore } from '../session';

const SignOutButton_LogOut = graphql(`
  mutation SignOutButton_LogOut {
    logOut
  }
`);

/**
 * Signs out here at once and tells the gateway, which revokes the session: its token is
 * refused from then on, wherever a copy of it ended up.
 */
export function SignOutButton({ className }: { className: string }) {
  const [, logOut] = useMutation(SignOutButton_LogOut);
  function signOut() {
    void logOut({});
    sessionStore.signOut();
  }
  return (
    <button type="button" className={className} onClick={signOut}>
      Sign out
    </button>
  );
}
