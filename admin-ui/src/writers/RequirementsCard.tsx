import type { OnboardingStatus } from '../gql/graphql';
import { humanize } from '../ui/format';

interface Props {
  requirementsDue: string[];
  disabledReason?: string | null;
  onboardingStatus: OnboardingStatus;
}

/** Stripe's `requirements.currently_due` names, like Stripe's "Actions required" panel. */
export function RequirementsCard({ requirementsDue, disabledReason, onboardingStatus }: Props) {
  // Until a writer submits their details Stripe reports the account as disabled for
  // requirements.past_due: that is onboarding not done yet, not an action against the writer.
  const onboarding = onboardingStatus === 'NOT_STARTED' || onboardingStatus === 'IN_PROGRESS';
  return (
    <section className="card" aria-labelledby="requirements-title">
      <h2 id="requirements-title">Requirements due</h2>
      {onboarding && requirementsDue.length > 0 && <p className="hint">The writer provides these in Stripe-hosted onboarding.</p>}
      {disabledReason && !(onboarding && disabledReason === 'requirements.past_due') && (
        <p className="notice notice-warning">
          Stripe disabled this account: <code>{disabledReason}</code>
        </p>
      )}
      {requirementsDue.length === 0 ? (
        <p className="muted">Nothing due: Stripe has everything it needs from this writer.</p>
      ) : (
        <ul className="requirements">
          {requirementsDue.map((requirement) => (
            <li key={requirement}>
              {humanize(requirement)} <code>{requirement}</code>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
