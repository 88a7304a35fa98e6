import { graphql } from '../gql';
import type { TransfersTable_TransferFragment } from '../gql/graphql';
import { Link } from '../router';
import { StatusBadge } from '../ui/StatusBadge';
import { Timestamp } from '../ui/Timestamp';

export const TransfersTable_Transfer = graphql(`
  fragment TransfersTable_Transfer on Transfer {
    id
    writerId
    status
    description
    stripeTransferId
    failureMessage
    createdAt
    amount {
      amount
      currency
      formatted
    }
    amountReversed {
      amount
      formatted
    }
    writer {
      id
      displayName
      email
    }
    idempotencyKey
    updatedAt
  }
`);

export function TransfersTable({ transfers, showWriter = true }: { transfers: TransfersTable_TransferFragment[]; showWriter?: boolean }) {
  return (
    <table className="table table-cards">
      <caption className="visually-hidden">Transfers, newest first</caption>
      <thead>
        <tr>
          <th scope="col" className="numeric">
            Amount
          </th>
          <th scope="col">Status</th>
          {showWriter && <th scope="col">Writer</th>}
          <th scope="col">Description</th>
          <th scope="col">Stripe transfer</th>
          <th scope="col">Created</th>
        </tr>
      </thead>
      <tbody>
        {transfers.map((transfer) => (
          <tr key={transfer.id} data-transfer-id={transfer.id}>
            <td data-label="Amount" className="numeric nowrap card-title-cell">
              <Link to={`/transfers/${transfer.id}`} className="row-title">
                {transfer.amount.formatted}
              </Link>{' '}
              <span className="muted">{transfer.amount.currency.toUpperCase()}</span>
              {transfer.amountReversed.amount > 0 && <span className="muted block">{transfer.amountReversed.formatted} reversed</span>}
            </td>
            <td data-label="Status">
              <StatusBadge status={transfer.status} />
              {transfer.status === 'FAILED' && transfer.failureMessage && <span className="muted block">{transfer.failureMessage}</span>}
            </td>
            {showWriter && (
              <td data-label="Writer">
                <Link to={`/writers/${transfer.writer.id}`} title={transfer.writer.email}>
                  {transfer.writer.displayName}
                </Link>
              </td>
            )}
            <td data-label="Description">{transfer.description ?? <span className="muted">—</span>}</td>
            <td data-label="Stripe transfer">
              {transfer.stripeTransferId ? <code>{transfer.stripeTransferId}</code> : <span className="muted">Not confirmed yet</span>}
            </td>
            <td data-label="Created">
              <Timestamp iso={transfer.createdAt} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
