import { useCallback, useState } from 'react';
import { useClient, useQuery, useSubscription } from 'urql';
import { useCanAct, VIEWER_ONLY_REASON } from '../auth/viewer-context';
import { graphql } from '../gql';
import { useRefetchOnReconnect } from '../layout/socket-status';
import type { TopUpStatus, TopUpsTable_TopUpFragment } from '../gql/graphql';
import { majorUnitsText } from '../money/money';
import { updateQuery } from '../router';
import { fetchAllPages, toCsv } from '../ui/csv';
import { ErrorNotice } from '../ui/ErrorNotice';
import { ExportButton } from '../ui/ExportButton';
import { humanize } from '../ui/format';
import { type Pushed, collectNewest, liveRows, withNewest } from '../ui/live';
import { FIRST_PAGE, PAGE_SIZE, Pager, useUrlPages } from '../ui/Pager';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState, LoadingState } from '../ui/states';
import { StatusFilter } from '../ui/StatusFilter';
import { useUrlChoice } from '../ui/url-search';
import { AddFundsDialog } from './AddFundsDialog';
import { CancelTopUpDialog } from './CancelTopUpDialog';
import { TopUpNotice } from './TopUpNotice';
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
  const client = useClient();
  const canAct = useCanAct();
  const status = useUrlChoice<TopUpStatus>('status', TOP_UP_STATUSES);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<TopUpsTable_TopUpFragment | null>(null);
  const [cancelingId, setCancelingId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const pages = useUrlPages();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: TopUpsPage_TopUps,
    variables: { first: PAGE_SIZE, after: pages.after, status: status || null },
    context: TOP_UP_TYPENAMES,
    requestPolicy: 'cache-and-network',
  });
  useRefetchOnReconnect(reexecute);
  const [{ data: pushed }] = useSubscription({ query: TopUpsPage_TopUpUpdated }, (collected: Pushed<TopUpsTable_TopUpFragment>, event) => collectNewest(collected, event.topUpUpdated));
  const connection = data?.topUps;
  const topUps = connection ? liveRows(connection.nodes, pushed, (topUp) => pages.pageIndex === 0 && (!status || topUp.status === status)) : [];
  const canceling = cancelingId ? (topUps.find((topUp) => topUp.id === cancelingId) ?? null) : null;
  const closeCancel = useCallback((message?: string) => {
    setCancelingId(null);
    if (message) setNotice(message);
  }, []);

  async function exportCsv() {
    const rows = await fetchAllPages(client, TopUpsPage_TopUps, { status: status || null }, (result) => result.topUps);
    return toCsv(
      ['Amount', 'Currency', 'Status', 'Description', 'Statement descriptor', 'Stripe top-up', 'Available on', 'Created', 'Failure'],
      rows.map((topUp) => [
        majorUnitsText(topUp.amount.amount, topUp.amount.currency),
        topUp.amount.currency.toUpperCase(),
        topUp.status,
        topUp.description ?? '',
        topUp.statementDescriptor ?? '',
        topUp.stripeTopUpId ?? '',
        topUp.expectedAvailabilityDate ?? '',
        topUp.createdAt,
        topUp.failureMessage ?? '',
      ]),
    );
  }

  return (
    <>
      <PageHeader
        title="Top-ups"
        actions={
          <>
            <ExportButton fileName="top-ups" exportCsv={exportCsv} />
            <button type="button" className="button button-primary" onClick={() => setAdding(true)} disabled={!canAct} title={canAct ? undefined : VIEWER_ONLY_REASON}>
              Add funds
            </button>
          </>
        }
      >
        <p className="muted">Funds added to the platform balance from its bank account. Statuses update live as Stripe settles them.</p>
      </PageHeader>
      {added && <TopUpNotice topUp={withNewest(added, pushed)} />}
      {notice && (
        <p className="notice notice-warning" role="status">
          {notice}
        </p>
      )}
      <div className="toolbar">
        <StatusFilter id="top-ups-status" statuses={TOP_UP_STATUSES} value={status} onChange={(next) => updateQuery({ status: next, ...FIRST_PAGE })} />
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
          <TopUpsTable topUps={topUps} onCancel={canAct ? (topUp) => setCancelingId(topUp.id) : undefined} />
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
      {canceling && <CancelTopUpDialog topUp={canceling} onClose={closeCancel} />}
      {adding && (
        <AddFundsDialog
          defaultCurrency={topUps[0]?.amount.currency ?? 'usd'}
          onClose={() => setAdding(false)}
          onAdded={(topUp) => {
            setAdding(false);
            setAdded(topUp);
          }}
        />
      )}
    </>
  );
}
