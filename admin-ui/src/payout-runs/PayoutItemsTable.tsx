import { graphql } from '../gql';
import type { PayoutItemsTable_ItemFragment } from '../gql/graphql';
import { Link } from '../router';
import { StatusBadge } from '../ui/StatusBadge';

export const PayoutItemsTable_Item = graphql(`
  fragment PayoutItemsTable_Item on PayoutItem {
    id
    status
    heldReason
    failureMessage
    updatedAt
    amount {
      amount
      currency
      formatted
    }
    writer {
      id
      displayName
      email
      stripeAccountId
    }
    transfer {
      id
      status
      stripeTransferId
    }
  }
`);

// The gateway words why a writer cannot be paid to follow their name ("has not finished Stripe
// onboarding…"), in lower case; Stripe's refusals and other reasons are sentences of their own.
const aboutTheWriter = (name: string, reason: string) => (/^[a-z]/.test(reason) ? `${name} ${reason}.` : reason);

/** Why an item was not paid, in words; null when nothing needs saying. */
export function itemReason(
  item: Pick<PayoutItemsTable_ItemFragment, 'status' | 'heldReason' | 'failureMessage'> & { writer: { displayName: string } },
): string | null {
  if (item.status === 'HELD' && item.heldReason) return aboutTheWriter(item.writer.displayName, item.heldReason);
  if (item.status === 'FAILED') return item.failureMessage ? aboutTheWriter(item.writer.displayName, item.failureMessage) : 'Stripe refused the transfer.';
  if (item.status === 'PENDING' && item.failureMessage) return `Waiting on Stripe: ${item.failureMessage}`;
  return null;
}

export function PayoutItemsTable({ items }: { items: PayoutItemsTable_ItemFragment[] }) {
  return (
    <table className="table table-cards">
      <caption className="visually-hidden">The run's items, one per writer</caption>
      <thead>
        <tr>
          <th scope="col">Writer</th>
          <th scope="col" className="numeric">
            Amount
          </th>
          <th scope="col">Status</th>
          <th scope="col">Reason</th>
          <th scope="col">Transfer</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} data-payout-item-id={item.id} data-status={item.status}>
            <td data-label="Writer" className="card-title-cell">
              <Link to={`/writers/${item.writer.id}`} className="row-title">
                {item.writer.displayName}
              </Link>
              <span className="muted block">{item.writer.email}</span>
            </td>
            <td data-label="Amount" className="numeric nowrap">
              {item.amount.formatted}
            </td>
            <td data-label="Status">
              <StatusBadge status={item.status} />
            </td>
            <td data-label="Reason" data-item-reason>
              {itemReason(item) ?? <span className="muted">—</span>}
            </td>
            <td data-label="Transfer">
              {item.transfer ? (
                <Link to={`/transfers/${item.transfer.id}`}>
                  {item.transfer.stripeTransferId ? <code>{item.transfer.stripeTransferId}</code> : 'Not confirmed yet'}
                </Link>
              ) : (
                <span className="muted">None</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
