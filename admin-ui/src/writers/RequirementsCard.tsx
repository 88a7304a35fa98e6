import { humanize } from '../ui/format';

/** Stripe's `requirements.currently_due` names, like Stripe's "Actions required" panel. */
export function RequirementsCard({ requirementsDue, disabledReason }: { requirementsDue: string[]; disabledReason?: string | null }) {
  return (
    <section className="card" aria-labelledby="requirements-title">
      <h2 id="requirements-title">Requirements due</h2>
      {disabledReason && (
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
