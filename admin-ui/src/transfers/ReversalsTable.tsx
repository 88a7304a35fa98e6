import { graphql } from '../gql';
import type { ReversalsTable_ReversalFragment } from '../gql/graphql';
import { StatusBadge } from '../ui/StatusBadge';
import { Timestamp } from '../ui/Timestamp';

export const ReversalsTable_Reversal = graphql(`
  fragment ReversalsTable_Reversal on TransferReversal {
    id
    status
    reason
    failureMessage
    stripeReversalId
    createdAt
    amount {
      formatted
    }
    createdBy {
      id
      displayName
    }
  }
`);

export function ReversalsTable({ reversals }: { reversals: ReversalsTable_ReversalFragment[] }) {
  return (
    <table className="table table-cards">
      <caption className="visually-hidden">Reversals of this transfer, oldest first</caption>
      <thead>
        <tr>
          <th scope="col" className="numeric">
            Amount
          </th>
          <th scope="col">Status</th>
          <th scope="col">Reason</th>
          <th scope="col">By</th>
          <th scope="col">Stripe reversal</th>
          <th scope="col">Created</th>
        </tr>
      </thead>
      <tbody>
        {reversals.map((reversal) => (
          <tr key={reversal.id} data-reversal-id={reversal.id}>
            <td data-label="Amount" className="numeric card-title-cell">
              <strong>{reversal.amount.formatted}</strong>
            </td>
            <td data-label="Status">
              <StatusBadge status={reversal.status} />
              {reversal.failureMessage && <span className="muted block">{reversal.failureMessage}</span>}
            </td>
            <td data-label="Reason">{reversal.reason ?? <span className="muted">—</span>}</td>
            <td data-label="By">{reversal.createdBy?.displayName ?? <span className="muted">Outside the gateway</span>}</td>
            <td data-label="Stripe reversal">
              {reversal.stripeReversalId ? <code>{reversal.stripeReversalId}</code> : <span className="muted">Not confirmed yet</span>}
            </td>
            <td data-label="Created">
              <Timestamp iso={reversal.createdAt} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
