import { useCallback, useState } from 'react';
import { useCanAct, VIEWER_ONLY_REASON } from '../auth/viewer-context';
import { graphql } from '../gql';
import type { TopUpStatus, TopUpsTable_TopUpFragment } from '../gql/graphql';
import { DEFAULT_CURRENCY, majorUnitsText } from '../money/money';
import { updateQuery } from '../router';
import { toCsv } from '../ui/csv';
import { ExportButton } from '../ui/ExportButton';
import { humanize } from '../ui/format';
import { withNewest } from '../ui/live';
import { liveFeed } from '../ui/live-feed';
import { ListSection } from '../ui/ListSection';
import { FIRST_PAGE } from '../ui/Pager';
import { PageHeader } from '../ui/PageHeader';
import { StatusFilter } from '../ui/StatusFilter';
import { useUrlChoice } from '../ui/url-search';
import { useListSection } from '../ui/useListSection';
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
const TOP_UP_FEED = liveFeed(TopUpsPage_TopUpUpdated, (event) => event.topUpUpdated);

type TopUp = TopUpsTable_TopUpFragment;

function topUpsCsv(topUps: TopUp[]): string {
  return toCsv(
    ['Amount', 'Currency', 'Status', 'Description', 'Statement descriptor', 'Stripe top-up', 'Available on', 'Created', 'Failure'],
    topUps.map((topUp) => [
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

const topUpWords = (status: TopUpStatus | '') => ({
  noun: 'top-up',
  loading: 'Loading top-ups…',
  failed: 'Could not load top-ups',
  emptyTitle: status ? `No ${humanize(status).toLowerCase()} top-ups` : 'No top-ups yet',
  emptyHint: 'Add funds to pay writers from the platform balance.',
});

/** The top-up being canceled, as it is now: the dialog closes once it can no longer be. */
function useCancelDialog(topUps: TopUp[]) {
  const [cancelingId, setCancelingId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const canceling = cancelingId ? (topUps.find((topUp) => topUp.id === cancelingId) ?? null) : null;
  const close = useCallback((message?: string) => {
    setCancelingId(null);
    if (message) setNotice(message);
  }, []);
  return { canceling, open: (topUp: TopUp) => setCancelingId(topUp.id), close, notice };
}

export function TopUpsPage() {
  const canAct = useCanAct();
  const status = useUrlChoice<TopUpStatus>('status', TOP_UP_STATUSES);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<TopUp | null>(null);
  const list = useListSection({
    query: TopUpsPage_TopUps,
    filters: { status: status || null },
    connection: (data) => data.topUps,
    live: { rows: { feed: TOP_UP_FEED, belongs: (topUp) => !status || topUp.status === status } },
    context: TOP_UP_TYPENAMES,
    requestPolicy: 'cache-and-network',
  });
  const cancel = useCancelDialog(list.rows);
  return (
    <>
      <PageHeader
        title="Top-ups"
        actions={
          <>
            <ExportButton fileName="top-ups" exportCsv={async () => topUpsCsv(await list.fetchAll())} />
            <button
              type="button"
              className="button button-primary"
              onClick={() => setAdding(true)}
              disabled={!canAct}
              title={canAct ? undefined : VIEWER_ONLY_REASON}
            >
              Add funds
            </button>
          </>
        }
      >
        <p className="muted">Funds added to the platform balance from its bank account. Statuses update live as Stripe settles them.</p>
      </PageHeader>
      {added && <TopUpNotice topUp={withNewest(added, list.pushed)} />}
      {cancel.notice && (
        <p className="notice notice-warning" role="status">
          {cancel.notice}
        </p>
      )}
      <div className="toolbar">
        <StatusFilter id="top-ups-status" statuses={TOP_UP_STATUSES} value={status} onChange={(next) => updateQuery({ status: next, ...FIRST_PAGE })} />
      </div>
      <ListSection list={list} words={topUpWords(status)}>
        {(topUps) => <TopUpsTable topUps={topUps} onCancel={canAct ? cancel.open : undefined} />}
      </ListSection>
      {cancel.canceling && <CancelTopUpDialog topUp={cancel.canceling} onClose={cancel.close} />}
      {adding && (
        <AddFundsDialog
          defaultCurrency={list.rows[0]?.amount.currency ?? DEFAULT_CURRENCY}
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
