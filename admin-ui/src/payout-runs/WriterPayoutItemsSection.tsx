import { graphql } from '../gql';
import type { WriterPayoutItemsSection_WriterFragment } from '../gql/graphql';
import { Link } from '../router';
import { EmptyState } from '../ui/states';
import { StatusBadge } from '../ui/StatusBadge';
import { Timestamp } from '../ui/Timestamp';
import { itemReason } from './PayoutItemsTable';
import { LatestSectionHeader } from '../ui/PageHeader';

export const WriterPayoutItemsSection_Writer = graphql(`
  fragment WriterPayoutItemsSection_Writer on Writer {
    displayName
    payoutItems(first: 10) {
      totalCount
      nodes {
        id
        runId
        status
        heldReason
        failureMessage
        createdAt
        amount {
          formatted
        }
        transfer {
          id
          stripeTransferId
        }
      }
    }
  }
`);

/** The writer's items in past payout runs: paid, held (and why) or failed. */
export function WriterPayoutItemsSection({ writer }: { writer: WriterPayoutItemsSection_WriterFragment }) {
  const { nodes, totalCount } = writer.payoutItems;
  return (
    <section className="page-section" aria-labelledby="writer-payout-items-title">
      <LatestSectionHeader id="writer-payout-items-title" title="In payout runs" shown={nodes.length} total={totalCount} />
      {nodes.length === 0 ? (
        <EmptyState title="Not in a payout run yet" />
      ) : (
        <div className="table-wrap">
          <table className="table table-cards">
            <caption className="visually-hidden">The writer's items in payout runs, newest first</caption>
            <thead>
              <tr>
                <th scope="col" className="numeric">
                  Amount
                </th>
                <th scope="col">Status</th>
                <th scope="col">Run</th>
                <th scope="col">Transfer</th>
              </tr>
            </thead>
            <tbody>
              {nodes.map((item) => {
                const reason = itemReason({ ...item, writer });
                return (
                  <tr key={item.id} data-payout-item-id={item.id}>
                    <td data-label="Amount" className="numeric nowrap card-title-cell">
                      <span className="row-title">{item.amount.formatted}</span>
                    </td>
                    <td data-label="Status">
                      <span>
                        <StatusBadge status={item.status} />
                        {reason && <span className="muted block">{reason}</span>}
                      </span>
                    </td>
                    <td data-label="Run">
                      <Link to={`/payout-runs/${item.runId}`}>
                        Run of <Timestamp iso={item.createdAt} dateOnly />
                      </Link>
                    </td>
                    <td data-label="Transfer">
                      {item.transfer ? (
                        <Link to={`/transfers/${item.transfer.id}`}>{item.transfer.stripeTransferId ?? 'Not confirmed yet'}</Link>
                      ) : (
                        <span className="muted">None</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
