import { useClient, useQuery, useSubscription } from 'urql';
import { graphql } from '../gql';
import { useRefetchOnReconnect } from '../layout/socket-status';
import type { TransferStatus, TransfersTable_TransferFragment } from '../gql/graphql';
import { majorUnitsText } from '../money/money';
import { updateQuery, useLocation } from '../router';
import { fetchAllPages, toCsv } from '../ui/csv';
import { ErrorNotice } from '../ui/ErrorNotice';
import { ExportButton } from '../ui/ExportButton';
import { type Pushed, collectNewest, liveRows } from '../ui/live';
import { FIRST_PAGE, PAGE_SIZE, Pager, useUrlPages } from '../ui/Pager';
import { StatusFilter } from '../ui/StatusFilter';
import { useUrlChoice } from '../ui/url-search';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState, LoadingState } from '../ui/states';
import { TransfersTable } from './TransfersTable';
import { WriterFilterChip } from './WriterFilterChip';

const TransfersPage_Transfers = graphql(`
  query TransfersPage_Transfers($first: Int!, $after: String, $status: TransferStatus, $writerId: ID) {
    transfers(first: $first, after: $after, status: $status, writerId: $writerId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...TransfersTable_Transfer
      }
    }
  }
`);

const TransfersPage_TransferUpdated = graphql(`
  subscription TransfersPage_TransferUpdated {
    transferUpdated {
      ...TransfersTable_Transfer
    }
  }
`);

const TRANSFER_STATUSES: TransferStatus[] = ['PENDING', 'PAID', 'FAILED', 'PARTIALLY_REVERSED', 'REVERSED'];
const TRANSFER_TYPENAMES = { additionalTypenames: ['Transfer'] };

export function TransfersPage() {
  const client = useClient();
  const { query } = useLocation();
  const writerId = query.get('writer');
  const status = useUrlChoice<TransferStatus>('status', TRANSFER_STATUSES);
  const pages = useUrlPages();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: TransfersPage_Transfers,
    variables: { first: PAGE_SIZE, after: pages.after, status: status || null, writerId },
    context: TRANSFER_TYPENAMES,
    requestPolicy: 'cache-and-network',
  });
  useRefetchOnReconnect(reexecute);
  const [{ data: pushed }] = useSubscription({ query: TransfersPage_TransferUpdated }, (collected: Pushed<TransfersTable_TransferFragment>, event) =>
    collectNewest(collected, event.transferUpdated),
  );
  const connection = data?.transfers;
  const belongs = (transfer: { status: string; writerId: string }) =>
    pages.pageIndex === 0 && (!status || transfer.status === status) && (!writerId || transfer.writerId === writerId);
  const transfers = connection ? liveRows(connection.nodes, pushed, belongs) : [];
  const filtered = Boolean(status || writerId);

  async function exportCsv() {
    const rows = await fetchAllPages(client, TransfersPage_Transfers, { status: status || null, writerId }, (result) => result.transfers);
    return toCsv(
      ['Amount', 'Currency', 'Reversed', 'Status', 'Writer', 'Writer email', 'Description', 'Stripe transfer', 'Created'],
      rows.map((transfer) => [
        majorUnitsText(transfer.amount.amount, transfer.amount.currency),
        transfer.amount.currency.toUpperCase(),
        majorUnitsText(transfer.amountReversed.amount, transfer.amount.currency),
        transfer.status,
        transfer.writer.displayName,
        transfer.writer.email,
        transfer.description ?? '',
        transfer.stripeTransferId ?? '',
        transfer.createdAt,
      ]),
    );
  }

  return (
    <>
      <PageHeader title="Transfers" actions={<ExportButton fileName="transfers" exportCsv={exportCsv} />}>
        <p className="muted">Money sent from the platform balance to writers. Send funds from a writer's page.</p>
      </PageHeader>
      <div className="toolbar">
        <StatusFilter id="transfers-status" statuses={TRANSFER_STATUSES} value={status} onChange={(next) => updateQuery({ status: next, ...FIRST_PAGE })} />
        {writerId && <WriterFilterChip writerId={writerId} />}
      </div>
      <ErrorNotice title="Could not load transfers" error={error} />
      {!connection && fetching && <LoadingState label="Loading transfers…" />}
      {connection && transfers.length === 0 && (
        <EmptyState title={filtered ? 'No transfers match these filters' : 'No transfers yet'}>
          <p className="muted">{filtered ? 'Try another status or writer.' : 'Open a writer and choose “Send funds” to pay them.'}</p>
        </EmptyState>
      )}
      {transfers.length > 0 && (
        <div className="table-wrap">
          <TransfersTable transfers={transfers} />
          <Pager
            noun="transfer"
            pageIndex={pages.pageIndex}
            shown={transfers.length}
            totalCount={Math.max(connection?.totalCount ?? 0, transfers.length)}
            endCursor={connection?.pageInfo.endCursor}
            hasNextPage={connection?.pageInfo.hasNextPage ?? false}
            onNext={pages.next}
            onPrevious={pages.previous}
          />
        </div>
      )}
    </>
  );
}
