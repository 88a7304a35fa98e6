import { useQuery, useSubscription } from 'urql';
import { graphql } from '../gql';
import type { AuditAction, AuditLogPage_EntriesQuery } from '../gql/graphql';
import { useRefetchOnReconnect } from '../layout/socket-status';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PAGE_SIZE, Pager, useUrlPages } from '../ui/Pager';
import { Timestamp } from '../ui/Timestamp';
import { AuditSubject } from './AuditSubject';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState, LoadingState } from '../ui/states';
import { useRefetchOnEvent } from '../ui/useRefetchOnEvent';

const AuditLogPage_Entries = graphql(`
  query AuditLogPage_Entries($first: Int!, $after: String) {
    auditTrail(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        action
        subjectType
        subjectId
        details
        createdAt
        amount {
          formatted
        }
        actor {
          id
          displayName
        }
      }
    }
  }
`);

const AuditLogPage_TopUpUpdated = graphql(`
  subscription AuditLogPage_TopUpUpdated {
    topUpUpdated {
      id
      status
    }
  }
`);

const AuditLogPage_TransferUpdated = graphql(`
  subscription AuditLogPage_TransferUpdated {
    transferUpdated {
      id
      status
      amountReversed {
        amount
      }
    }
  }
`);

type Entry = AuditLogPage_EntriesQuery['auditTrail']['nodes'][number];

const ACTION_LABELS: Record<AuditAction, string> = {
  TOP_UP_REQUESTED: 'Funds added',
  TOP_UP_CANCEL_REQUESTED: 'Top-up canceled',
  TOP_UP_UPDATED: 'Top-up status changed',
  TRANSFER_REQUESTED: 'Funds sent',
  TRANSFER_PAID: 'Transfer paid',
  TRANSFER_FAILED: 'Transfer failed',
  TRANSFER_REVERSAL_REQUESTED: 'Reversal requested',
  TRANSFER_REVERSAL_SUCCEEDED: 'Reversal succeeded',
  TRANSFER_REVERSAL_FAILED: 'Reversal failed',
  CHECKOUT_SESSION_CREATED: 'Reader sent to Checkout',
  PAYMENT_SUCCEEDED: 'Reader paid',
  PAYMENT_FAILED: 'Reader’s payment failed',
  PAYMENT_REFUND_REQUESTED: 'Refund requested',
  PAYMENT_REFUND_SUCCEEDED: 'Refund succeeded',
  PAYMENT_REFUND_FAILED: 'Refund failed',
  PAYMENT_DISPUTED: 'Payment disputed',
  WRITER_INVITED: 'Writer invited',
  WRITER_INVITE_ACCEPTED: 'Invitation accepted',
  WRITER_ACCOUNT_CONNECTED: 'Stripe account connected',
  WRITER_ACCOUNT_CONNECTION_REFUSED: 'Stripe account not connected',
  WRITER_ACCOUNT_DISCONNECTED: 'Stripe account disconnected',
  PAYOUT_SCHEDULE_CHANGED: 'Payout schedule changed',
  PAYOUT_FAILED: 'Payout to the bank failed',
  TEAM_MEMBER_INVITED: 'Team member invited',
  TEAM_INVITE_REVOKED: 'Team invitation revoked',
  TEAM_INVITE_ACCEPTED: 'Joined the team',
  TEAM_MEMBER_ROLE_CHANGED: 'Role changed',
  TEAM_MEMBER_REMOVED: 'Removed from the team',
  API_KEY_CREATED: 'API key created',
  API_KEY_REVOKED: 'API key revoked',
  EARNINGS_RECORDED: 'Earning recorded',
  EARNINGS_IMPORTED: 'Earnings imported',
  PAYOUT_RUN_CREATED: 'Payout run drafted',
  PAYOUT_RUN_APPROVED: 'Payout run approved',
  PAYOUT_RUN_EXECUTION_REQUESTED: 'Payout run started',
  PAYOUT_RUN_CANCELED: 'Payout run canceled',
  PAYOUT_RUN_RETRY_REQUESTED: 'Payout run retried',
  PAYOUT_RUN_COMPLETED: 'Payout run completed',
};

/** Details worth a line in the log, in words; ids stay copyable as code. */
function describe(entry: Entry): string[] {
  const details = entry.details as Record<string, unknown>;
  const field = (key: string) => text(details[key]);
  return [
    field('from') && field('to') ? `${field('from')} → ${field('to')}` : null,
    field('after') ? `Payout schedule: ${field('before') ?? 'none'} → ${field('after')}` : null,
    field('failureMessage') ? `The bank said: ${field('failureMessage')}` : null,
    field('failureCode') ? `Stripe code ${field('failureCode')}` : null,
    field('description'),
    field('reason') ? `Reason: ${field('reason')}` : null,
    field('stripeCode') ? `Stripe code ${field('stripeCode')}` : null,
    field('accountId') ? `Stripe account ${field('accountId')}${field('previousAccountId') ? ` (was ${field('previousAccountId')})` : ''}` : null,
  ].filter((line): line is string => line !== null);
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

export function AuditLogPage() {
  const pages = useUrlPages();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AuditLogPage_Entries,
    variables: { first: PAGE_SIZE, after: pages.after },
    requestPolicy: 'cache-and-network',
  });
  useRefetchOnReconnect(reexecute);
  // Every money change writes an entry: the first page follows them as they happen.
  const [{ data: topUpEvent }] = useSubscription({ query: AuditLogPage_TopUpUpdated, pause: pages.pageIndex > 0 });
  const [{ data: transferEvent }] = useSubscription({ query: AuditLogPage_TransferUpdated, pause: pages.pageIndex > 0 });
  useRefetchOnEvent(topUpEvent, reexecute);
  useRefetchOnEvent(transferEvent, reexecute);
  const connection = data?.auditTrail;

  return (
    <>
      <PageHeader title="Audit log">
        <p className="muted">Every money action and writer invitation, newest first: who asked for it, and what Stripe answered. Entries are never changed or deleted.</p>
      </PageHeader>
      <ErrorNotice title="Could not load the audit log" error={error} />
      {!connection && fetching && <LoadingState label="Loading the audit log…" />}
      {connection && connection.nodes.length === 0 && (
        <EmptyState title="Nothing recorded yet">
          <p className="muted">Adding funds, sending them and reversing transfers are recorded here.</p>
        </EmptyState>
      )}
      {connection && connection.nodes.length > 0 && (
        <div className="table-wrap">
          <table className="table table-cards">
            <caption className="visually-hidden">Audit log, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Action</th>
                <th scope="col" className="numeric">
                  Amount
                </th>
                <th scope="col">Subject</th>
                <th scope="col">By</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {connection.nodes.map((entry) => (
                <tr key={entry.id} data-audit-action={entry.action}>
                  <td data-label="When">
                    <Timestamp iso={entry.createdAt} />
                  </td>
                  <td data-label="Action" className="card-title-cell">
                    {ACTION_LABELS[entry.action]}
                  </td>
                  <td data-label="Amount" className="numeric">
                    {entry.amount?.formatted ?? '—'}
                  </td>
                  <td data-label="Subject">
                    <AuditSubject entry={entry} />
                  </td>
                  <td data-label="By">{entry.actor ? entry.actor.displayName : <span className="muted">Stripe or the gateway</span>}</td>
                  <td data-label="Details">
                    {describe(entry).map((line) => (
                      <div key={line}>{line}</div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager
            noun="record"
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
    </>
  );
}
