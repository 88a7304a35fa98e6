import { Link } from '../router';
import { StatusBadge } from '../ui/StatusBadge';
import { Timestamp } from '../ui/Timestamp';
import { countryName } from './countries';

interface WriterRow {
  id: string;
  displayName: string;
  email: string;
  country: string;
  onboardingStatus: string;
  requirementsDue: string[];
  stripeAccountId?: string | null;
  signedUp: boolean;
  createdAt: string;
}

export function WritersTable({ writers }: { writers: WriterRow[] }) {
  return (
    <table className="table table-cards">
      <caption className="visually-hidden">Writers and their Stripe onboarding status</caption>
      <thead>
        <tr>
          <th scope="col">Writer</th>
          <th scope="col">Country</th>
          <th scope="col">Status</th>
          <th scope="col">Requirements due</th>
          <th scope="col">Stripe account</th>
          <th scope="col">Created</th>
        </tr>
      </thead>
      <tbody>
        {writers.map((writer) => (
          <tr key={writer.id} data-writer-id={writer.id}>
            <td data-label="Writer" className="card-title-cell">
              <Link to={`/writers/${writer.id}`} className="row-title">
                {writer.displayName}
              </Link>
              <span className="muted block">{writer.email}</span>
              {!writer.signedUp && <span className="muted block">Added by the team, not signed up yet</span>}
            </td>
            <td data-label="Country">{countryName(writer.country)}</td>
            <td data-label="Status">
              <StatusBadge status={writer.onboardingStatus} />
            </td>
            <td data-label="Requirements due">
              {writer.requirementsDue.length > 0 ? `${writer.requirementsDue.length} due` : <span className="muted">None</span>}
            </td>
            <td data-label="Stripe account">{writer.stripeAccountId ? <code>{writer.stripeAccountId}</code> : <span className="muted">Not created</span>}</td>
            <td data-label="Created">
              <Timestamp iso={writer.createdAt} dateOnly />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
