interface Standing {
  headline: string;
  nextStep?: string | null;
}

// What each action the gateway allows means on this page, for an admin.
const ACTION_WORDS: Record<string, string> = {
  CONTINUE_ONBOARDING: 'The writer can continue Stripe onboarding from the app',
  UPDATE_DETAILS: 'The writer can review or change their details, bank account included, from the app',
  OPEN_DASHBOARD: 'The writer can open their Stripe Express Dashboard from the app',
  CONNECT_EXISTING_ACCOUNT: 'The writer can connect a Stripe account they already have',
  RECEIVE_TRANSFERS: 'You can send funds',
  CHANGE_PAYOUT_SCHEDULE: 'You can change their payout schedule',
  DISCONNECT_ACCOUNT: 'You can disconnect the account',
  SYNC_ACCOUNT: 'You can refresh the account from Stripe',
};

/** Where the writer stands and what can happen next, as the gateway says: the page offers nothing else. */
export function WriterStandingCard({
  standing,
  allowedActions,
  detailsSubmitted,
}: {
  standing: Standing;
  allowedActions: string[];
  detailsSubmitted: boolean;
}) {
  return (
    <section className="card" aria-labelledby="standing-title">
      <h2 id="standing-title">Where things stand</h2>
      <p data-standing>{standing.headline}</p>
      {standing.nextStep && <p className="muted">Next: {standing.nextStep}</p>}
      <p className="muted">
        {detailsSubmitted ? 'The writer has submitted their details to Stripe.' : 'The writer has not submitted their details to Stripe yet.'}
      </p>
      {allowedActions.length === 0 ? (
        <p className="muted">Nothing can be done with this account now.</p>
      ) : (
        <ul className="requirements" aria-label="What can be done now">
          {allowedActions.map((action) => (
            <li key={action} data-action={action}>
              {ACTION_WORDS[action] ?? action}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
