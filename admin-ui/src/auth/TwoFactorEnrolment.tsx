import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { sessionStore } from '../session';
import { ErrorNotice } from '../ui/ErrorNotice';
import { QrCode } from './QrCode';
import { RecoveryCodesNotice } from './RecoveryCodesNotice';
import { SignOutButton } from './SignOutButton';

const TwoFactorEnrolment_Enrol = graphql(`
  mutation TwoFactorEnrolment_Enrol {
    enrollTwoFactor {
      secret
      otpauthUrl
    }
  }
`);

const TwoFactorEnrolment_Confirm = graphql(`
  mutation TwoFactorEnrolment_Confirm($otp: String!) {
    confirmTwoFactor(otp: $otp) {
      token
      expiresAt
      recoveryCodes
      viewer {
        email
        role
        twoFactorEnabled
      }
    }
  }
`);

/** Base32 in groups of four, easier to type into an authenticator app. */
const grouped = (secret: string) => secret.replace(/(.{4})/g, '$1 ').trim();

export function TwoFactorEnrolment({ email }: { email: string }) {
  const [enrolment, enrol] = useMutation(TwoFactorEnrolment_Enrol);
  const [confirmation, confirm] = useMutation(TwoFactorEnrolment_Confirm);
  const [otp, setOtp] = useState('');
  const secret = enrolment.data?.enrollTwoFactor;

  const confirmed = confirmation.data?.confirmTwoFactor;

  async function submit(event: FormEvent) {
    event.preventDefault();
    await confirm({ otp: otp.replace(/\s/g, '') });
  }

  if (confirmed) return <RecoveryCodesNotice codes={confirmed.recoveryCodes ?? []} onContinue={() => void sessionStore.signIn(confirmed)} />;

  return (
    <main className="auth-page">
      <section className="auth-card auth-card-wide" aria-labelledby="enrol-title">
        <p className="brand">Payouts console</p>
        <h1 id="enrol-title">Set up two-factor authentication</h1>
        <p>
          Admins of {email} move money, so signing in needs a code from an authenticator app (Google Authenticator, 1Password, Authy…) as well as the password.
        </p>
        <ErrorNotice title="Could not start two-factor set-up" error={enrolment.error} />
        {!secret ? (
          <button type="button" className="button button-primary" onClick={() => void enrol({})} disabled={enrolment.fetching}>
            {enrolment.fetching ? 'Preparing…' : 'Set up authenticator app'}
          </button>
        ) : (
          <form onSubmit={(event) => void submit(event)} className="enrolment">
            <ol className="steps">
              <li>
                Scan this QR code with your authenticator app.
                <QrCode value={secret.otpauthUrl} label="QR code to add this account to your authenticator app" />
              </li>
              <li>
                Or enter this key by hand:{' '}
                <code className="secret" data-testid="totp-secret" data-secret={secret.secret}>
                  {grouped(secret.secret)}
                </code>
              </li>
              <li>
                <label htmlFor="enrol-otp">Enter the 6-digit code the app shows</label>
                <input
                  id="enrol-otp"
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  required
                  autoFocus
                  value={otp}
                  onChange={(event) => setOtp(event.target.value)}
                />
              </li>
            </ol>
            <ErrorNotice title="Code not accepted" error={confirmation.error} />
            <button type="submit" className="button button-primary" disabled={confirmation.fetching}>
              {confirmation.fetching ? 'Checking…' : 'Turn on two-factor'}
            </button>
          </form>
        )}
        <SignOutButton className="button button-link" />
      </section>
    </main>
  );
}
