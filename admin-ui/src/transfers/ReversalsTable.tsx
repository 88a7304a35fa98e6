import { graphql } from '../gql';
import type { ReversalsTable_ReversalFragment } from '../gql/graphql';
import { formatDateTime } from '../ui/format';
import { StatusBadge } from '../ui/StatusBadge';

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
    <table className="table">
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
            <td className="numeric">
              <strong>{reversal.amount.formatted}</strong>
            </td>
            <td>
              <StatusBadge status={reversal.status} />
              {reversal.failureMessage && <span className="muted block">{reversal.failureMessage}</span>}
            </td>
            <td>{reversal.reason ?? <span className="muted">—</span>}</td>
            <td>{reversal.createdBy?.displayName ?? <span className="muted">Outside the gateway</span>}</td>
            <td>{reversal.stripeReversalId ? <code>{reversal.stripeReversalId}</code> : <span className="muted">Not confirmed yet</span>}</td>
            <td className="nowrap">{formatDateTime(reversal.createdAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
