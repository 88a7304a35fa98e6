import { useQuery } from 'urql';
import { graphql } from '../gql';
import { Link } from '../router';
import { Timestamp } from '../ui/Timestamp';

const FailedPayoutsCard_Failed = graphql(`
  query FailedPayoutsCard_Failed {
    payouts(status: FAILED, first: 5) {
      totalCount
      nodes {
        id
        failureMessage
        createdAt
        amount {
          formatted
        }
        writer {
          id
          displayName
        }
      }
    }
  }
`);

/** Payouts the banks refused: the first support ticket of every payout platform, on the first page. */
export function FailedPayoutsCard() {
  const [{ data }] = useQuery({ query: FailedPayoutsCard_Failed, requestPolicy: 'cache-and-network' });
  const failed = data?.payouts;
  return (
    <section className="card" aria-labelledby="failed-payouts-title">
      <h2 id="failed-payouts-title">Failed payouts to banks</h2>
      <p className="stat-value" data-count="failed-payouts">
        {failed ? failed.totalCount : '…'}
      </p>
      {failed && failed.totalCount === 0 && <p className="muted">Every payout so far reached its bank.</p>}
      {failed && failed.nodes.length > 0 && (
        <ul className="requirements">
          {failed.nodes.map((payout) => (
            <li key={payout.id}>
              <Link to={`/writers/${payout.writer.id}`}>{payout.writer.displayName}</Link>: {payout.amount.formatted} on{' '}
              <Timestamp iso={payout.createdAt} dateOnly /> — {payout.failureMessage}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
