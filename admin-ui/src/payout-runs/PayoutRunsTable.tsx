import { graphql } from '../gql';
import type { PayoutRunsTable_PayoutRunFragment } from '../gql/graphql';
import { Link } from '../router';
import { StatusBadge } from '../ui/StatusBadge';
import { Timestamp } from '../ui/Timestamp';
import { PayoutRunProgressBar } from './PayoutRunProgressBar';

export const PayoutRunsTable_PayoutRun = graphql(`
  fragment PayoutRunsTable_PayoutRun on PayoutRun {
    id
    status
    currency
    description
    itemCount
    heldCount
    createdAt
    updatedAt
    totalAmount {
      amount
      currency
      formatted
    }
    heldAmount {
      amount
      formatted
    }
    createdBy {
      id
      displayName
    }
    progress {
      runId
      status
      itemsDone
      itemsTotal
      itemsFailed
      amountSent {
        amount
        currency
        formatted
      }
    }
  }
`);

// Where sending has started, the bar says how far it got. (The progress fields are spelled out:
// one more fragment level would take the list query past the gateway's depth limit.)
const SENDING_OR_SENT = new Set(['EXECUTING', 'COMPLETED', 'COMPLETED_WITH_FAILURES']);

export function PayoutRunsTable({ runs }: { runs: PayoutRunsTable_PayoutRunFragment[] }) {
  return (
    <table className="table table-cards">
      <caption className="visually-hidden">Payout runs, newest first</caption>
      <thead>
        <tr>
          <th scope="col" className="numeric">
            Total
          </th>
          <th scope="col">Status</th>
          <th scope="col">Writers</th>
          <th scope="col">Progress</th>
          <th scope="col">Description</th>
          <th scope="col">Drafted</th>
        </tr>
      </thead>
      <tbody>
        {runs.map((run) => (
          <tr key={run.id} data-payout-run-id={run.id}>
            <td data-label="Total" className="numeric nowrap card-title-cell">
              <Link to={`/payout-runs/${run.id}`} className="row-title">
                {run.totalAmount.formatted}
              </Link>{' '}
              <span className="muted">{run.currency.toUpperCase()}</span>
            </td>
            <td data-label="Status">
              <StatusBadge status={run.status} />
            </td>
            <td data-label="Writers">
              <span>
                {run.itemCount} to pay
                {run.heldCount > 0 && (
                  <span className="muted block">
                    {run.heldCount} held ({run.heldAmount.formatted})
                  </span>
                )}
              </span>
            </td>
            <td data-label="Progress">
              {SENDING_OR_SENT.has(run.status) ? <PayoutRunProgressBar progress={run.progress} compact /> : <span className="muted">Not sent yet</span>}
            </td>
            <td data-label="Description">{run.description ?? <span className="muted">—</span>}</td>
            <td data-label="Drafted">
              <span>
                <Timestamp iso={run.createdAt} />
                {run.createdBy && <span className="muted block">by {run.createdBy.displayName}</span>}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
