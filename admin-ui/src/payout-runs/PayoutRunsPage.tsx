import { useState } from 'react';
import { useCanAct, VIEWER_ONLY_REASON } from '../auth/viewer-context';
import { graphql } from '../gql';
import type { PayoutRunStatus } from '../gql/graphql';
import { Link, navigate, updateQuery } from '../router';
import { liveFeed } from '../ui/live-feed';
import { ListSection } from '../ui/ListSection';
import { FIRST_PAGE } from '../ui/Pager';
import { PageHeader } from '../ui/PageHeader';
import { StatusFilter } from '../ui/StatusFilter';
import { useUrlChoice } from '../ui/url-search';
import { useListSection } from '../ui/useListSection';
import { DraftPayoutRunDialog } from './DraftPayoutRunDialog';
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
// A run's progress is pushed when it is drafted, approved, canceled, and twice a second while it
// executes: the latest for a run is its status and progress; a run not listed was drafted since.
const PAYOUT_RUN_PROGRESS = liveFeed(PayoutRunsPage_Progress, ({ payoutRunProgress: progress }) => ({ id: progress.runId, status: progress.status, progress }));

const payoutRunWords = (status: PayoutRunStatus | '') => ({
  noun: 'payout run',
  loading: 'Loading payout runs…',
  failed: 'Could not load payout runs',
  emptyTitle: status ? 'No payout runs match this status' : 'No payout runs yet',
  emptyHint: status ? 'Try another status.' : 'Import earnings, then choose “Draft a run” to pay writers what they are owed.',
});

/** Payout runs, newest first, live: every run's status and progress as it moves; runs drafted elsewhere appear. */
export function PayoutRunsPage() {
  const canAct = useCanAct();
  const status = useUrlChoice<PayoutRunStatus>('status', PAYOUT_RUN_STATUSES);
  const [drafting, setDrafting] = useState(false);
  const list = useListSection({
    query: PayoutRunsPage_Runs,
    filters: { status: status || null },
    connection: (data) => data.payoutRuns,
    live: { changes: PAYOUT_RUN_PROGRESS },
    context: PAYOUT_RUN_TYPENAMES,
    requestPolicy: 'cache-and-network',
  });
  return (
    <>
      <PageHeader
        title="Payout runs"
        actions={
          <>
            <Link to="/payout-runs/import" className="button">
              Import earnings
            </Link>
            <button
              type="button"
              className="button button-primary"
              onClick={() => setDrafting(true)}
              disabled={!canAct}
              title={canAct ? undefined : VIEWER_ONLY_REASON}
            >
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
      <ListSection list={list} words={payoutRunWords(status)}>
        {(runs) => <PayoutRunsTable runs={runs} />}
      </ListSection>
      {drafting && <DraftPayoutRunDialog onClose={() => setDrafting(false)} onDrafted={(runId) => navigate(`/payout-runs/${runId}`)} />}
    </>
  );
}
