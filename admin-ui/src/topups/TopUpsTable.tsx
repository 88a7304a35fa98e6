import { graphql } from '../gql';
import type { TopUpsTable_TopUpFragment } from '../gql/graphql';
import { formatDate, formatDateTime } from '../ui/format';
import { StatusBadge } from '../ui/StatusBadge';
import { CancelTopUpButton } from './CancelTopUpButton';

export const TopUpsTable_TopUp = graphql(`
  fragment TopUpsTable_TopUp on TopUp {
    id
    stripeTopUpId
    status
    cancelable
    description
    statementDescriptor
    expectedAvailabilityDate
    failureCode
    failureMessage
    createdAt
    amount {
      amount
      currency
      formatted
    }
  }
`);

export function TopUpsTable({ topUps }: { topUps: TopUpsTable_TopUpFragment[] }) {
  return (
    <table className="table">
      <caption className="visually-hidden">Top-ups, newest first</caption>
      <thead>
        <tr>
          <th scope="col" className="numeric">
            Amount
          </th>
          <th scope="col">Status</th>
          <th scope="col">Description</th>
          <th scope="col">Stripe top-up</th>
          <th scope="col">Available on</th>
          <th scope="col">Created</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {topUps.map((topUp) => (
          <tr key={topUp.id} data-top-up-id={topUp.id}>
            <td className="numeric nowrap">
              <strong>{topUp.amount.formatted}</strong> <span className="muted">{topUp.amount.currency.toUpperCase()}</span>
            </td>
            <td>
              <StatusBadge status={topUp.status} />
              {topUp.failureMessage && <span className="muted block">{topUp.failureMessage}</span>}
            </td>
            <td>
              {topUp.description ?? <span className="muted">—</span>}
              <span className="muted block">Statement: {topUp.statementDescriptor ?? 'default'}</span>
            </td>
            <td>{topUp.stripeTopUpId ? <code>{topUp.stripeTopUpId}</code> : <span className="muted">Not confirmed yet</span>}</td>
            <td className="nowrap">{topUp.expectedAvailabilityDate ? formatDate(topUp.expectedAvailabilityDate) : <span className="muted">—</span>}</td>
            <td className="nowrap">{formatDateTime(topUp.createdAt)}</td>
            <td>{topUp.cancelable && <CancelTopUpButton topUp={topUp} />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
