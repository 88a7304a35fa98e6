import { type FormEvent, type RefObject, useRef, useState } from 'react';
import type { CombinedError } from 'urql';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { sessionStore } from '../session';
import { ErrorNotice } from '../ui/ErrorNotice';
import { describeError } from '../ui/server-error';

/** What the console keeps of any answer that opens a session (sign-in, joining the team). */
export const SignIn_Session = graphql(`
  fragment SignIn_Session on AuthPayload {
    token
    expiresAt
    viewer {
      email
      role
      twoFactorEnabled
    }
  }
`);

const SignIn_LogIn = graphql(`
  mutation SignIn_LogIn($input: LogInInput!) {
    logIn(input: $input) {
      ...SignIn_Session
    }
  }
`);

export function SignIn({ notice }: { notice: string | null }) {
  const [{ fetching, error }, logIn] = useMutation(SignIn_LogIn);
  const [cookieProblem, setCookieProblem] = useState<string | null>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [otp, setOtp] = useState('');
  const [usingRecoveryCode, setUsingRecoveryCode] = useState(false);
  const codeField = useRef<HTMLInputElement>(null);
  const problem = error ? describeError(error) : null;
  const codeRequired = problem?.code === 'TWO_FACTOR_REQUIRED';

  async function attempt() {
    const code = otp.trim() || null;
    const result = await logIn({ input: { email, password, ...(usingRecoveryCode ? { recoveryCode: code } : { otp: code }) } });
    return { result, refusedSession: result.error ? isSessionRefusal(result.error) : false };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setCookieProblem(null);
    const first = await attempt();
    // A session the gateway ended (a role change elsewhere) still rode along in the cookie.
    const { result } = first.refusedSession ? await sessionStore.forgetCookie().then(attempt) : first;
    if (result.data) await sessionStore.signIn(result.data.logIn).catch((failure: Error) => setCookieProblem(failure.message));
    else if (result.error && describeError(result.error).code === 'TWO_FACTOR_REQUIRED') codeField.current?.focus();
  }

  return (
    <main className="auth-page">
      <form className="auth-card" onSubmit={(event) => void submit(event)} aria-labelledby="sign-in-title">
        <p className="brand">Payouts console</p>
        <h1 id="sign-in-title">Sign in</h1>
        {notice && !error && (
          <p className="notice notice-warning" role="alert">
            {notice}
          </p>
        )}
        <ErrorNotice
          title={codeRequired ? 'Two-factor code needed' : 'Could not sign in'}
          problem={problem ?? (cookieProblem ? { message: cookieProblem, code: null, stripeRequestId: null, fields: [] } : null)}
        />
        <label htmlFor="sign-in-email">Email</label>
        <input id="sign-in-email" type="email" autoComplete="username" required autoFocus value={email} onChange={(event) => setEmail(event.target.value)} />
        <label htmlFor="sign-in-password">Password</label>
        <input
          id="sign-in-password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <SecondFactorField
          fieldRef={codeField}
          value={otp}
          onChange={setOtp}
          invalid={codeRequired}
          usingRecoveryCode={usingRecoveryCode}
          onToggle={() => setUsingRecoveryCode(!usingRecoveryCode)}
        />
        <button type="submit" className="button button-primary" disabled={fetching}>
          {fetching ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}

const isSessionRefusal = (error: CombinedError) => error.graphQLErrors[0]?.extensions?.code === 'UNAUTHENTICATED';

interface SecondFactorFieldProps {
  fieldRef: RefObject<HTMLInputElement | null>;
  value: string;
  onChange: (value: string) => void;
  invalid: boolean;
  usingRecoveryCode: boolean;
  onToggle: () => void;
}

/** The authenticator code, or a recovery code in its place. */
function SecondFactorField({ fieldRef, value, onChange, invalid, usingRecoveryCode, onToggle }: SecondFactorFieldProps) {
  return (
    <>
      <label htmlFor="sign-in-otp">{usingRecoveryCode ? 'Recovery code' : 'Authentication code'}</label>
      <input
        id="sign-in-otp"
        ref={fieldRef}
        inputMode={usingRecoveryCode ? 'text' : 'numeric'}
        autoComplete="one-time-code"
        pattern={usingRecoveryCode ? undefined : '[0-9 ]{6,7}'}
        aria-describedby="sign-in-otp-hint"
        aria-invalid={invalid || undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id="sign-in-otp-hint" className="hint">
        {usingRecoveryCode
          ? 'One of the recovery codes you saved when you turned two-factor on; each works once.'
          : 'The 6-digit code from your authenticator app. Leave it empty the first time: you will set up two-factor next.'}
      </p>
      <button type="button" className="button button-link" onClick={onToggle}>
        {usingRecoveryCode ? 'Use the authenticator app instead' : 'Lost your authenticator? Use a recovery code'}
      </button>
    </>
  );
}
