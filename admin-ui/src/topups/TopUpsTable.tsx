import { graphql } from '../gql';
import type { TopUpsTable_TopUpFragment } from '../gql/graphql';
import { StatusBadge } from '../ui/StatusBadge';
import { Timestamp } from '../ui/Timestamp';

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
    idempotencyKey
    createdAt
    updatedAt
    amount {
      amount
      currency
      formatted
    }
  }
`);

interface TopUpsTableProps {
  topUps: TopUpsTable_TopUpFragment[];
  /** Absent for members who only read. */
  onCancel?: (topUp: TopUpsTable_TopUpFragment) => void;
}

export function TopUpsTable({ topUps, onCancel }: TopUpsTableProps) {
  return (
    <table className="table table-cards">
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
          {onCancel && (
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {topUps.map((topUp) => (
          <tr key={topUp.id} data-top-up-id={topUp.id}>
            <td data-label="Amount" className="numeric nowrap card-title-cell">
              <strong>{topUp.amount.formatted}</strong> <span className="muted">{topUp.amount.currency.toUpperCase()}</span>
            </td>
            <td data-label="Status">
              <StatusBadge status={topUp.status} />
              {topUp.failureMessage && <span className="muted block">{topUp.failureMessage}</span>}
            </td>
            <td data-label="Description">
              {topUp.description ?? <span className="muted">—</span>}
              <span className="muted block">Statement: {topUp.statementDescriptor ?? 'default'}</span>
            </td>
            <td data-label="Stripe top-up">{topUp.stripeTopUpId ? <code>{topUp.stripeTopUpId}</code> : <span className="muted">Not confirmed yet</span>}</td>
            <td data-label="Available on">
              {topUp.expectedAvailabilityDate ? <Timestamp iso={topUp.expectedAvailabilityDate} dateOnly /> : <span className="muted">—</span>}
            </td>
            <td data-label="Created">
              <Timestamp iso={topUp.createdAt} />
            </td>
            {onCancel && (
              <td data-label="Actions" className="actions-cell">
                {topUp.cancelable && (
                  <button type="button" className="button button-small button-danger" onClick={() => onCancel(topUp)}>
                    Cancel<span className="visually-hidden"> top-up of {topUp.amount.formatted}</span>
                  </button>
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
