import { useEffect, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { useCanAct, VIEWER_ONLY_REASON } from '../auth/viewer-context';
import { graphql } from '../gql';
import type { PayoutRunStatus } from '../gql/graphql';
import { useRefetchOnReconnect } from '../layout/socket-status';
import { Link, navigate, updateQuery } from '../router';
import { ErrorNotice } from '../ui/ErrorNotice';
import { FIRST_PAGE, PAGE_SIZE, Pager, useUrlPages } from '../ui/Pager';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState, LoadingState } from '../ui/states';
import { StatusFilter } from '../ui/StatusFilter';
import { useUrlChoice } from '../ui/url-search';
import { DraftPayoutRunDialog } from './DraftPayoutRunDialog';
import { type PushedProgress, collectProgress, withProgress } from './live-progress';
import { PayoutRunsTable } from './PayoutRunsTable';

const PayoutRunsPage_Runs = graphql(`
  query PayoutRunsPage_Runs($first: Int!, $after: String, $status: PayoutRunStatus) {
    payoutRuns(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...PayoutRunsTable_PayoutRun
      }
    }
  }
`);

const PayoutRunsPage_Progress = graphql(`
  subscription PayoutRunsPage_Progress {
    payoutRunProgress {
      ...PayoutRunProgressBar_Progress
    }
  }
`);

const PAYOUT_RUN_STATUSES: PayoutRunStatus[] = ['DRAFT', 'APPROVED', 'EXECUTING', 'COMPLETED', 'COMPLETED_WITH_FAILURES', 'CANCELED'];
const PAYOUT_RUN_TYPENAMES = { additionalTypenames: ['PayoutRun'] };

/** Payout runs, newest first, live: every run's status and progress as it moves; runs drafted elsewhere appear. */
export function PayoutRunsPage() {
  const canAct = useCanAct();
  const status = useUrlChoice<PayoutRunStatus>('status', PAYOUT_RUN_STATUSES);
  const pages = useUrlPages();
  const [drafting, setDrafting] = useState(false);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PayoutRunsPage_Runs,
    variables: { first: PAGE_SIZE, after: pages.after, status: status || null },
    context: PAYOUT_RUN_TYPENAMES,
    requestPolicy: 'cache-and-network',
  });
  useRefetchOnReconnect(reexecute);
  const [{ data: pushed }] = useSubscription({ query: PayoutRunsPage_Progress }, (collected: PushedProgress, event) => collectProgress(collected, event.payoutRunProgress));
  const connection = data?.payoutRuns;
  const runs = connection ? connection.nodes.map((run) => withProgress(run, pushed)) : [];
  // A run drafted elsewhere since the list was read: read the first page again.
  const unlisted = pages.pageIndex === 0 && connection ? Object.keys(pushed ?? {}).filter((runId) => !connection.nodes.some((run) => run.id === runId)).sort().join(' ') : '';
  useEffect(() => {
    if (unlisted) reexecute({ requestPolicy: 'network-only' });
  }, [unlisted, reexecute]);
  return (
    <>
      <PageHeader
        title="Payout runs"
        actions={
          <>
            <Link to="/payout-runs/import" className="button">
              Import earnings
            </Link>
            <button type="button" className="button button-primary" onClick={() => setDrafting(true)} disabled={!canAct} title={canAct ? undefined : VIEWER_ONLY_REASON}>
              Draft a run
            </button>
          </>
        }
      >
        <p className="muted">Each run pays every writer what they are owed, after a second team member approves it. Import the period's earnings first.</p>
      </PageHeader>
      <div className="toolbar">
        <StatusFilter id="payout-runs-status" statuses={PAYOUT_RUN_STATUSES} value={status} onChange={(next) => updateQuery({ status: next, ...FIRST_PAGE })} />
      </div>
      <ErrorNotice title="Could not load payout runs" error={error} />
      {!connection && fetching && <LoadingState label="Loading payout runs…" />}
      {connection && runs.length === 0 && (
        <EmptyState title={status ? 'No payout runs match this status' : 'No payout runs yet'}>
          <p className="muted">{status ? 'Try another status.' : 'Import earnings, then choose “Draft a run” to pay writers what they are owed.'}</p>
        </EmptyState>
      )}
      {runs.length > 0 && (
        <div className="table-wrap">
          <PayoutRunsTable runs={runs} />
          <Pager
            noun="payout run"
            pageIndex={pages.pageIndex}
            shown={runs.length}
            totalCount={Math.max(connection?.totalCount ?? 0, runs.length)}
            endCursor={connection?.pageInfo.endCursor}
            hasNextPage={connection?.pageInfo.hasNextPage ?? false}
            onNext={pages.next}
            onPrevious={pages.previous}
          />
        </div>
      )}
      {drafting && <DraftPayoutRunDialog onClose={() => setDrafting(false)} onDrafted={(runId) => navigate(`/payout-runs/${runId}`)} />}
    </>
  );
}
