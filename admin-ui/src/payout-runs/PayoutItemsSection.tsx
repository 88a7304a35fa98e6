import { useClient, useQuery } from 'urql';
import { graphql } from '../gql';
import type { PayoutItemStatus } from '../gql/graphql';
import { useRefetchOnReconnect } from '../layout/socket-status';
import { majorUnitsText } from '../money/money';
import { updateQuery } from '../router';
import { fetchAllPages, toCsv } from '../ui/csv';
import { ErrorNotice } from '../ui/ErrorNotice';
import { ExportButton } from '../ui/ExportButton';
import { FIRST_PAGE, PAGE_SIZE, Pager, useUrlPages } from '../ui/Pager';
import { EmptyState, LoadingState } from '../ui/states';
import { StatusFilter } from '../ui/StatusFilter';
import { useUrlChoice } from '../ui/url-search';
import { useRefetchOnEvent } from '../ui/useRefetchOnEvent';
import { PayoutItemsTable, itemReason } from './PayoutItemsTable';

const PayoutItemsSection_Items = graphql(`
  query PayoutItemsSection_Items($runId: ID!, $first: Int!, $after: String, $status: PayoutItemStatus) {
    payoutRun(id: $runId) {
      id
      items(first: $first, after: $after, status: $status) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...PayoutItemsTable_Item
        }
      }
    }
  }
`);

const ITEM_STATUSES: PayoutItemStatus[] = ['PENDING', 'HELD', 'PAID', 'FAILED'];

interface PayoutItemsSectionProps {
  runId: string;
  /** Every item of the run, held ones too: how many rows an export may have. */
  itemsInRun: number;
  /** The latest progress pushed for the run: items are read again whenever it changes. */
  progressEvent: unknown;
}

/** The run's items, filtered by status and paged, read again as the run moves; exported whole for accounting. */
export function PayoutItemsSection({ runId, itemsInRun, progressEvent }: PayoutItemsSectionProps) {
  const client = useClient();
  const status = useUrlChoice<PayoutItemStatus>('status', ITEM_STATUSES);
  const pages = useUrlPages();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PayoutItemsSection_Items,
    variables: { runId, first: PAGE_SIZE, after: pages.after, status: status || null },
    requestPolicy: 'cache-and-network',
  });
  useRefetchOnReconnect(reexecute);
  useRefetchOnEvent(progressEvent, reexecute);
  const connection = data?.payoutRun.items;

  async function exportCsv() {
    const items = await fetchAllPages(client, PayoutItemsSection_Items, { runId, status: status || null }, (result) => result.payoutRun.items, itemsInRun);
    return toCsv(
      ['Run', 'Writer', 'Writer email', 'Stripe account', 'Amount', 'Currency', 'Status', 'Reason', 'Stripe transfer', 'Transfer group', 'Updated'],
      items.map((item) => [
        runId,
        item.writer.displayName,
        item.writer.email,
        item.writer.stripeAccountId ?? '',
        majorUnitsText(item.amount.amount, item.amount.currency),
        item.amount.currency.toUpperCase(),
        item.status,
        itemReason(item) ?? '',
        item.transfer?.stripeTransferId ?? '',
        item.transfer ? runId : '',
        item.updatedAt,
      ]),
    );
  }

  return (
    <section aria-labelledby="run-items-title">
      <div className="card-header">
        <h2 id="run-items-title">Items</h2>
        <ExportButton fileName={`payout-run-${runId.slice(0, 8)}-items`} exportCsv={exportCsv} />
      </div>
      <div className="toolbar">
        <StatusFilter id="payout-items-status" statuses={ITEM_STATUSES} value={status} onChange={(next) => updateQuery({ status: next, ...FIRST_PAGE })} />
      </div>
      <ErrorNotice title="Could not load the run's items" error={error} />
      {!connection && fetching && <LoadingState label="Loading items…" />}
      {connection && connection.nodes.length === 0 && <EmptyState title={status ? 'No items match this status' : 'This run has no items'} />}
      {connection && connection.nodes.length > 0 && (
        <div className="table-wrap">
          <PayoutItemsTable items={connection.nodes} />
          <Pager
            noun="item"
            pageIndex={pages.pageIndex}
            shown={connection.nodes.length}
            totalCount={connection.totalCount}
            endCursor={connection.pageInfo.endCursor}
            hasNextPage={connection.pageInfo.hasNextPage}
            onNext={pages.next}
            onPrevious={pages.previous}
          />
        </div>
      )}
    </section>
  );
}
