import { Link } from '../router';
import { formatDate } from '../ui/format';
import { StatusBadge } from '../ui/StatusBadge';

interface WriterRow {
  id: string;
  displayName: string;
  email: string;
  country: string;
  onboardingStatus: string;
  requirementsDue: string[];
  stripeAccountId?: string | null;
  createdAt: string;
}

export function WritersTable({ writers }: { writers: WriterRow[] }) {
  return (
    <table className="table">
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
            <td>
              <Link to={`/writers/${writer.id}`} className="row-title">
                {writer.displayName}
              </Link>
              <span className="muted block nowrap">{writer.email}</span>
            </td>
            <td>{writer.country}</td>
            <td>
              <StatusBadge status={writer.onboardingStatus} />
            </td>
            <td>{writer.requirementsDue.length > 0 ? `${writer.requirementsDue.length} due` : <span className="muted">None</span>}</td>
            <td>{writer.stripeAccountId ? <code>{writer.stripeAccountId}</code> : <span className="muted">Not created</span>}</td>
            <td className="nowrap">{formatDate(writer.createdAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
