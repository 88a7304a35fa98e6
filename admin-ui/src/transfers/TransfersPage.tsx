import { graphql } from '../gql';
import type { TransferStatus, TransfersTable_TransferFragment } from '../gql/graphql';
import { majorUnitsText } from '../money/money';
import { updateQuery, useLocation } from '../router';
import { toCsv } from '../ui/csv';
import { ExportButton } from '../ui/ExportButton';
import { liveFeed } from '../ui/live-feed';
import { ListSection } from '../ui/ListSection';
import { FIRST_PAGE } from '../ui/Pager';
import { PageHeader } from '../ui/PageHeader';
import { StatusFilter } from '../ui/StatusFilter';
import { useUrlChoice } from '../ui/url-search';
import { useListSection } from '../ui/useListSection';
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
const TRANSFER_FEED = liveFeed(TransfersPage_TransferUpdated, (event) => event.transferUpdated);

function transfersCsv(transfers: TransfersTable_TransferFragment[]): string {
  return toCsv(
    ['Amount', 'Currency', 'Reversed', 'Status', 'Writer', 'Writer email', 'Description', 'Stripe transfer', 'Created'],
    transfers.map((transfer) => [
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

const transferWords = (filtered: boolean) => ({
  noun: 'transfer',
  loading: 'Loading transfers…',
  failed: 'Could not load transfers',
  emptyTitle: filtered ? 'No transfers match these filters' : 'No transfers yet',
  emptyHint: filtered ? 'Try another status or writer.' : 'Open a writer and choose “Send funds” to pay them.',
});

export function TransfersPage() {
  const writerId = useLocation().query.get('writer');
  const status = useUrlChoice<TransferStatus>('status', TRANSFER_STATUSES);
  const list = useListSection({
    query: TransfersPage_Transfers,
    filters: { status: status || null, writerId },
    connection: (data) => data.transfers,
    live: { rows: { feed: TRANSFER_FEED, belongs: (transfer) => (!status || transfer.status === status) && (!writerId || transfer.writerId === writerId) } },
    context: TRANSFER_TYPENAMES,
    requestPolicy: 'cache-and-network',
  });
  return (
    <>
      <PageHeader title="Transfers" actions={<ExportButton fileName="transfers" exportCsv={async () => transfersCsv(await list.fetchAll())} />}>
        <p className="muted">Money sent from the platform balance to writers. Send funds from a writer's page.</p>
      </PageHeader>
      <div className="toolbar">
        <StatusFilter id="transfers-status" statuses={TRANSFER_STATUSES} value={status} onChange={(next) => updateQuery({ status: next, ...FIRST_PAGE })} />
        {writerId && <WriterFilterChip writerId={writerId} />}
      </div>
      <ListSection list={list} words={transferWords(Boolean(status || writerId))}>
        {(transfers) => <TransfersTable transfers={transfers} />}
      </ListSection>
    </>
  );
}
