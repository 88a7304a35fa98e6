import { useQuery, useSubscription } from 'urql';
import { graphql } from '../gql';
import { useRefetchOnReconnect } from '../layout/socket-status';
import type { PaymentStatus, PaymentsTable_PaymentFragment } from '../gql/graphql';
import { updateQuery, useLocation } from '../router';
import { ErrorNotice } from '../ui/ErrorNotice';
import { type Pushed, collectNewest, liveRows } from '../ui/live';
import { FIRST_PAGE, PAGE_SIZE, Pager, useUrlPages } from '../ui/Pager';
import { StatusFilter } from '../ui/StatusFilter';
import { useUrlChoice } from '../ui/url-search';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState, LoadingState } from '../ui/states';
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

/** Readers' payments for answers, live, filtered by status and writer. */
export function PaymentsPage() {
  const { query } = useLocation();
  const writerId = query.get('writer');
  const status = useUrlChoice<PaymentStatus>('status', PAYMENT_STATUSES);
  const pages = useUrlPages();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PaymentsPage_Payments,
    variables: { first: PAGE_SIZE, after: pages.after, status: status || null, writerId },
    context: PAYMENT_TYPENAMES,
    requestPolicy: 'cache-and-network',
  });
  useRefetchOnReconnect(reexecute);
  const [{ data: pushed }] = useSubscription({ query: PaymentsPage_PaymentUpdated }, (collected: Pushed<PaymentsTable_PaymentFragment>, event) =>
    collectNewest(collected, event.paymentUpdated),
  );
  const connection = data?.payments;
  const belongs = (payment: { status: string; writerId: string }) =>
    pages.pageIndex === 0 && (!status || payment.status === status) && (!writerId || payment.writerId === writerId);
  const payments = connection ? liveRows(connection.nodes, pushed, belongs) : [];
  const filtered = Boolean(status || writerId);
  return (
    <>
      <PageHeader title="Payments">
        <p className="muted">Readers paying for answers through Stripe Checkout: the writer receives the amount less the platform's fee.</p>
      </PageHeader>
      <div className="toolbar">
        <StatusFilter id="payments-status" statuses={PAYMENT_STATUSES} value={status} onChange={(next) => updateQuery({ status: next, ...FIRST_PAGE })} />
        {writerId && <WriterFilterChip writerId={writerId} />}
      </div>
      <ErrorNotice title="Could not load payments" error={error} />
      {!connection && fetching && <LoadingState label="Loading payments…" />}
      {connection && payments.length === 0 && (
        <EmptyState title={filtered ? 'No payments match these filters' : 'No payments yet'}>
          <p className="muted">{filtered ? 'Try another status or writer.' : 'Payments appear here as readers pay for answers.'}</p>
        </EmptyState>
      )}
      {payments.length > 0 && (
        <div className="table-wrap">
          <PaymentsTable payments={payments} />
          <Pager
            noun="payment"
            pageIndex={pages.pageIndex}
            shown={payments.length}
            totalCount={Math.max(connection?.totalCount ?? 0, payments.length)}
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
