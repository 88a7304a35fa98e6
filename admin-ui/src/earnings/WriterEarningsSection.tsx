import { graphql } from '../gql';
import type { WriterEarningsSection_WriterFragment } from '../gql/graphql';
import { EmptyState } from '../ui/states';
import { Timestamp } from '../ui/Timestamp';
import { LatestSectionHeader } from '../ui/PageHeader';

export const WriterEarningsSection_Writer = graphql(`
  fragment WriterEarningsSection_Writer on Writer {
    earnings(first: 10) {
      totalCount
      nodes {
        id
        reference
        description
        periodStart
        periodEnd
        createdAt
        amount {
          formatted
        }
        revenue {
          formatted
        }
      }
    }
  }
`);

/** The writer's latest earnings: what a payout run pays them from. */
export function WriterEarningsSection({ writer }: { writer: WriterEarningsSection_WriterFragment }) {
  const { nodes, totalCount } = writer.earnings;
  return (
    <section className="page-section" aria-labelledby="writer-earnings-title">
      <LatestSectionHeader id="writer-earnings-title" title="Earnings" shown={nodes.length} total={totalCount} />
      {nodes.length === 0 ? (
        <EmptyState title="No earnings yet">
          <p className="muted">Earnings arrive from the platform’s backend or an imported CSV.</p>
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table table-cards">
            <caption className="visually-hidden">The writer's earnings, newest first</caption>
            <thead>
              <tr>
                <th scope="col" className="numeric">
                  Earning
                </th>
                <th scope="col">Period</th>
                <th scope="col">Reference</th>
                <th scope="col">Recorded</th>
              </tr>
            </thead>
            <tbody>
              {nodes.map((earning) => (
                <tr key={earning.id} data-earning-reference={earning.reference}>
                  <td data-label="Earning" className="numeric nowrap card-title-cell">
                    <span className="row-title">{earning.amount.formatted}</span>
                    {earning.revenue && <span className="muted block">share of {earning.revenue.formatted} revenue</span>}
                  </td>
                  <td data-label="Period" className="nowrap">
                    {earning.periodStart} to {earning.periodEnd}
                  </td>
                  <td data-label="Reference">
                    <span>
                      <code>{earning.reference}</code>
                      {earning.description && <span className="muted block">{earning.description}</span>}
                    </span>
                  </td>
                  <td data-label="Recorded">
                    <Timestamp iso={earning.createdAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
