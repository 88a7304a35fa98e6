/** The recovery codes, shown once right after two-factor is turned on. */
export function RecoveryCodesNotice({ codes, onContinue }: { codes: string[]; onContinue: () => void }) {
  return (
    <main className="auth-page">
      <section className="auth-card auth-card-wide" aria-labelledby="recovery-title">
        <p className="brand">Payouts console</p>
        <h1 id="recovery-title">Save your recovery codes</h1>
        <p>
          If you lose your authenticator app, sign in with one of these codes instead of the 6-digit code. Each works once. They are shown only now: keep them
          in your password manager.
        </p>
        <ul className="recovery-codes" aria-label="Recovery codes">
          {codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        <button type="button" className="button button-primary" onClick={onContinue}>
          I have saved them
        </button>
      </section>
    </main>
  );
}
