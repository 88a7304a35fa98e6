import { useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { graphql } from '../gql';
import { useRefetchOnReconnect } from '../layout/socket-status';
import type { TopUpStatus, TopUpsTable_TopUpFragment } from '../gql/graphql';
import { StatusFilter } from '../ui/StatusFilter';
import { ErrorNotice } from '../ui/ErrorNotice';
import { humanize } from '../ui/format';
import { type Pushed, collectNewest, liveRows } from '../ui/live';
import { PAGE_SIZE, Pager, useCursorPages } from '../ui/Pager';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState, LoadingState } from '../ui/states';
import { AddFundsDialog } from './AddFundsDialog';
import { TopUpsTable } from './TopUpsTable';

const TopUpsPage_TopUps = graphql(`
  query TopUpsPage_TopUps($first: Int!, $after: String, $status: TopUpStatus) {
    topUps(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...TopUpsTable_TopUp
      }
    }
  }
`);

const TopUpsPage_TopUpUpdated = graphql(`
  subscription TopUpsPage_TopUpUpdated {
    topUpUpdated {
      ...TopUpsTable_TopUp
    }
  }
`);

const TOP_UP_STATUSES: TopUpStatus[] = ['PENDING', 'SUCCEEDED', 'FAILED', 'CANCELED', 'REVERSED'];
const TOP_UP_TYPENAMES = { additionalTypenames: ['TopUp'] };

export function TopUpsPage() {
  const [status, setStatus] = useState<TopUpStatus | ''>('');
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const pages = useCursorPages(status);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: TopUpsPage_TopUps,
    variables: { first: PAGE_SIZE, after: pages.after, status: status || null },
    context: TOP_UP_TYPENAMES,
    requestPolicy: 'cache-and-network',
  });
  useRefetchOnReconnect(reexecute);
  const [{ data: pushed }] = useSubscription({ query: TopUpsPage_TopUpUpdated }, (collected: Pushed<TopUpsTable_TopUpFragment>, event) =>
    collectNewest(collected, event.topUpUpdated),
  );
  const connection = data?.topUps;
  const topUps = connection ? liveRows(connection.nodes, pushed, (topUp) => pages.pageIndex === 0 && (!status || topUp.status === status)) : [];

  return (
    <>
      <PageHeader
        title="Top-ups"
        actions={
          <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
            Add funds
          </button>
        }
      >
        <p className="muted">Funds added to the platform balance from its bank account. Statuses update live as Stripe settles them.</p>
      </PageHeader>
      {added && (
        <p className="notice notice-success" role="status">
          {added}
        </p>
      )}
      <div className="toolbar">
        <StatusFilter id="top-ups-status" statuses={TOP_UP_STATUSES} value={status} onChange={setStatus} />
      </div>
      <ErrorNotice title="Could not load top-ups" error={error} />
      {!connection && fetching && <LoadingState label="Loading top-ups…" />}
      {connection && topUps.length === 0 && (
        <EmptyState title={status ? `No ${humanize(status).toLowerCase()} top-ups` : 'No top-ups yet'}>
          <p className="muted">Add funds to pay writers from the platform balance.</p>
        </EmptyState>
      )}
      {topUps.length > 0 && (
        <div className="table-wrap">
          <TopUpsTable topUps={topUps} />
          <Pager
            noun="top-up"
            pageIndex={pages.pageIndex}
            shown={topUps.length}
            totalCount={Math.max(connection?.totalCount ?? 0, topUps.length)}
            endCursor={connection?.pageInfo.endCursor}
            hasNextPage={connection?.pageInfo.hasNextPage ?? false}
            onNext={pages.next}
            onPrevious={pages.previous}
          />
        </div>
      )}
      {adding && (
        <AddFundsDialog
          defaultCurrency={topUps[0]?.amount.currency ?? 'usd'}
          onClose={() => setAdding(false)}
          onAdded={(topUp) => {
            setAdding(false);
            setAdded(`Added ${topUp.amount.formatted}: pending until Stripe settles the top-up.`);
          }}
        />
      )}
    </>
  );
}
