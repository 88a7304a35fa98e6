import { graphql } from '../gql';
import type { PaymentStatus } from '../gql/graphql';
import { updateQuery, useLocation } from '../router';
import { liveFeed } from '../ui/live-feed';
import { ListSection } from '../ui/ListSection';
import { FIRST_PAGE } from '../ui/Pager';
import { PageHeader } from '../ui/PageHeader';
import { StatusFilter } from '../ui/StatusFilter';
import { useUrlChoice } from '../ui/url-search';
import { useListSection } from '../ui/useListSection';
import { WriterFilterChip } from '../transfers/WriterFilterChip';
import { PaymentsTable } from './PaymentsTable';

const PaymentsPage_Payments = graphql(`
  query PaymentsPage_Payments($first: Int!, $after: String, $status: PaymentStatus, $writerId: ID) {
    payments(first: $first, after: $after, status: $status, writerId: $writerId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...PaymentsTable_Payment
      }
    }
  }
`);

const PaymentsPage_PaymentUpdated = graphql(`
  subscription PaymentsPage_PaymentUpdated {
    paymentUpdated {
      ...PaymentsTable_Payment
    }
  }
`);

const PAYMENT_STATUSES: PaymentStatus[] = ['OPEN', 'PROCESSING', 'SUCCEEDED', 'FAILED', 'EXPIRED', 'PARTIALLY_REFUNDED', 'REFUNDED'];
const PAYMENT_TYPENAMES = { additionalTypenames: ['Payment'] };
const PAYMENT_FEED = liveFeed(PaymentsPage_PaymentUpdated, (event) => event.paymentUpdated);

const paymentWords = (filtered: boolean) => ({
  noun: 'payment',
  loading: 'Loading payments…',
  failed: 'Could not load payments',
  emptyTitle: filtered ? 'No payments match these filters' : 'No payments yet',
  emptyHint: filtered ? 'Try another status or writer.' : 'Payments appear here as readers pay for answers.',
});

/** Readers' payments for answers, live, filtered by status and writer. */
export function PaymentsPage() {
  const writerId = useLocation().query.get('writer');
  const status = useUrlChoice<PaymentStatus>('status', PAYMENT_STATUSES);
  const list = useListSection({
    query: PaymentsPage_Payments,
    filters: { status: status || null, writerId },
    connection: (data) => data.payments,
    live: { rows: { feed: PAYMENT_FEED, belongs: (payment) => (!status || payment.status === status) && (!writerId || payment.writerId === writerId) } },
    context: PAYMENT_TYPENAMES,
    requestPolicy: 'cache-and-network',
  });
  return (
    <>
      <PageHeader title="Payments">
        <p className="muted">Readers paying for answers through Stripe Checkout: the writer receives the amount less the platform's fee.</p>
      </PageHeader>
      <div className="toolbar">
        <StatusFilter id="payments-status" statuses={PAYMENT_STATUSES} value={status} onChange={(next) => updateQuery({ status: next, ...FIRST_PAGE })} />
        {writerId && <WriterFilterChip writerId={writerId} />}
      </div>
      <ListSection list={list} words={paymentWords(Boolean(status || writerId))}>
        {(payments) => <PaymentsTable payments={payments} />}
      </ListSection>
    </>
  );
}
