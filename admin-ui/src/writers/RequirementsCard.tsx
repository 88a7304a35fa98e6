import type { OnboardingStatus } from '../gql/graphql';

/** Stripe's code, in the gateway's words (`Writer.requirements`). */
interface Requirement {
  code: string;
  description: string;
}

interface Props {
  requirements: Requirement[];
  /** Rejected or disconnected: nothing the writer provides changes anything any more. */
  ended?: boolean;
  disabledReason?: string | null;
  onboardingStatus: OnboardingStatus;
}

// Stripe's requirements.disabled_reason in words.
const DISABLED_REASONS: Record<string, string> = {
  'requirements.past_due': 'information Stripe asked for is overdue',
  'requirements.pending_verification': 'Stripe is verifying the information provided',
  rejected_fraud: 'Stripe rejected the account (suspected fraud)',
  'rejected.fraud': 'Stripe rejected the account (suspected fraud)',
  'rejected.terms_of_service': 'Stripe rejected the account (terms of service)',
  'rejected.listed': 'Stripe rejected the account (on a sanctions list)',
  'rejected.other': 'Stripe rejected the account',
  listed: 'the account may be on a sanctions list',
  under_review: 'Stripe is reviewing the account',
  other: 'Stripe disabled it for another reason',
};

/** One line per thing to provide (the three parts of a birth date are one date), each with the ids behind it. */
function byDescription(requirements: Requirement[]): Array<{ name: string; ids: string[] }> {
  const grouped = new Map<string, string[]>();
  for (const { code, description } of requirements) grouped.set(description, [...(grouped.get(description) ?? []), code]);
  return [...grouped].map(([name, ids]) => ({ name, ids }));
}

/** What Stripe still needs from the writer, in words, like Stripe's "Actions required" panel; the ids stay for support. */
export function RequirementsCard({ requirements: due, disabledReason, onboardingStatus, ended = false }: Props) {
  // Until a writer submits their details Stripe reports the account as disabled for
  // requirements.past_due: that is onboarding not done yet, not an action against the writer.
  const onboarding = onboardingStatus === 'NOT_STARTED' || onboardingStatus === 'IN_PROGRESS';
  const requirements = byDescription(due);
  return (
    <section className="card" aria-labelledby="requirements-title">
      <h2 id="requirements-title">Requirements due</h2>
      {onboarding && requirements.length > 0 && <p className="hint">The writer provides these in Stripe-hosted onboarding.</p>}
      {disabledReason && !(onboarding && disabledReason === 'requirements.past_due') && (
        <div className="notice notice-warning">
          <p>Stripe disabled this account: {DISABLED_REASONS[disabledReason] ?? 'see the reason below'}.</p>
          <p className="error-detail">Stripe reason {disabledReason}</p>
        </div>
      )}
      {ended ? (
        <p className="muted">Nothing to provide: this account can no longer be onboarded or paid.</p>
      ) : requirements.length === 0 ? (
        <p className="muted">Nothing due: Stripe has everything it needs from this writer.</p>
      ) : (
        <ul className="requirements">
          {requirements.map(({ name, ids }) => (
            <li key={name}>
              {name} <span className="muted requirement-ids">{ids.join(', ')}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
