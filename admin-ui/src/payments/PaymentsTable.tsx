import { graphql } from '../gql';
import type { PaymentsTable_PaymentFragment } from '../gql/graphql';
import { Link } from '../router';
import { StatusBadge } from '../ui/StatusBadge';
import { Timestamp } from '../ui/Timestamp';

export const PaymentsTable_Payment = graphql(`
  fragment PaymentsTable_Payment on Payment {
    id
    writerId
    status
    description
    failureMessage
    stripePaymentIntentId
    createdAt
    updatedAt
    amount {
      amount
      currency
      formatted
    }
    applicationFee {
      amount
      formatted
    }
    amountRefunded {
      amount
      formatted
    }
    writer {
      id
      displayName
      email
    }
    disputes {
      id
      status
      needsResponse
    }
  }
`);

export function PaymentsTable({ payments }: { payments: PaymentsTable_PaymentFragment[] }) {
  return (
    <table className="table table-cards">
      <caption className="visually-hidden">Payments, newest first</caption>
      <thead>
        <tr>
          <th scope="col" className="numeric">
            Amount
          </th>
          <th scope="col">Status</th>
          <th scope="col">Writer</th>
          <th scope="col" className="numeric">
            Fee
          </th>
          <th scope="col">Description</th>
          <th scope="col">Created</th>
        </tr>
      </thead>
      <tbody>
        {payments.map((payment) => (
          <tr key={payment.id} data-payment-id={payment.id}>
            <td data-label="Amount" className="numeric nowrap card-title-cell">
              <Link to={`/payments/${payment.id}`} className="row-title">
                {payment.amount.formatted}
              </Link>{' '}
              <span className="muted">{payment.amount.currency.toUpperCase()}</span>
              {payment.amountRefunded.amount > 0 && <span className="muted block">{payment.amountRefunded.formatted} refunded</span>}
            </td>
            <td data-label="Status">
              <StatusBadge status={payment.status} />
              {payment.disputes.some((dispute) => dispute.needsResponse) && <span className="badge badge-danger">Disputed</span>}
              {payment.failureMessage && payment.status !== 'EXPIRED' && <span className="muted block">{payment.failureMessage}</span>}
            </td>
            <td data-label="Writer">
              <Link to={`/writers/${payment.writer.id}`} title={payment.writer.email}>
                {payment.writer.displayName}
              </Link>
            </td>
            <td data-label="Fee" className="numeric nowrap">
              {payment.applicationFee.formatted}
            </td>
            <td data-label="Description">{payment.description ?? <span className="muted">—</span>}</td>
            <td data-label="Created">
              <Timestamp iso={payment.createdAt} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
