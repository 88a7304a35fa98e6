import { useQuery, useSubscription } from 'urql';
import { graphql } from '../gql';
import { useRefetchOnReconnect } from '../layout/socket-status';
import { Link } from '../router';
import { ErrorNotice } from '../ui/ErrorNotice';
import { LoadingState } from '../ui/states';
import { StatusBadge } from '../ui/StatusBadge';
import { useRefetchOnEvent } from '../ui/useRefetchOnEvent';
import { ONBOARDING_STATUSES } from '../writers/onboarding-statuses';

const WriterStatusCard_Counts = graphql(`
  query WriterStatusCard_Counts {
    writerStatusCounts {
      status
      count
    }
  }
`);

const WriterStatusCard_StatusChanged = graphql(`
  subscription WriterStatusCard_StatusChanged {
    onboardingStatusChanged {
      id
      onboardingStatus
    }
  }
`);

/** How many writers are in each onboarding status, like the filter counts on Stripe's accounts list. */
export function WriterStatusCard() {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: WriterStatusCard_Counts, requestPolicy: 'cache-and-network' });
  useRefetchOnReconnect(reexecute);
  const [{ data: statusEvent }] = useSubscription({ query: WriterStatusCard_StatusChanged });
  useRefetchOnEvent(statusEvent, reexecute);
  const counts = new Map(data?.writerStatusCounts.map((entry) => [entry.status, entry.count]));
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  return (
    <section className="card" aria-labelledby="writer-status-title">
      <div className="card-header">
        <h2 id="writer-status-title">Writers by onboarding status</h2>
        <Link to="/writers">{total === 1 ? '1 writer' : `${total} writers`}</Link>
      </div>
      {data ? (
        <ul className="status-counts">
          {ONBOARDING_STATUSES.map((status) => (
            <li key={status} data-status-count={status}>
              <Link to={`/writers?status=${status}`} aria-label={`${counts.get(status) ?? 0} writers ${status.toLowerCase().replace(/_/g, ' ')}`}>
                <StatusBadge status={status} />
              </Link>
              <strong>{counts.get(status) ?? 0}</strong>
            </li>
          ))}
        </ul>
      ) : fetching ? (
        <LoadingState label="Counting writers…" />
      ) : (
        <ErrorNotice title="Could not count writers" error={error} />
      )}
    </section>
  );
}
