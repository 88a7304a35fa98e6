import { useEffect, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { graphql } from '../gql';
import type { PayoutRunPage_LoadQuery, PayoutRunPage_RunFragment } from '../gql/graphql';
import { useRefetchOnReconnect } from '../layout/socket-status';
import { Link } from '../router';
import { ErrorNotice } from '../ui/ErrorNotice';
import { formatDate } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { LoadingState } from '../ui/states';
import { StatusBadge } from '../ui/StatusBadge';
import { useRefetchOnEvent } from '../ui/useRefetchOnEvent';
import { type PushedProgress, collectProgress, withProgress } from './live-progress';
import { PayoutItemsSection } from './PayoutItemsSection';
import { PayoutRunActions } from './PayoutRunActions';
import { PayoutRunProgressBar } from './PayoutRunProgressBar';
import { PayoutRunSummary } from './PayoutRunSummary';
import { ShortfallNotice } from './ShortfallNotice';

export const PayoutRunPage_Run = graphql(`
  fragment PayoutRunPage_Run on PayoutRun {
    id
    status
    nextStates
    currency
    description
    itemCount
    heldCount
    createdAt
    approvedAt
    startedAt
    completedAt
    updatedAt
    totalAmount {
      amount
      currency
      formatted
    }
    heldAmount {
      amount
      formatted
    }
    minimumAmount {
      formatted
    }
    createdBy {
      id
      displayName
    }
    approvedBy {
      id
      displayName
    }
    executedBy {
      id
      displayName
    }
    progress {
      ...PayoutRunProgressBar_Progress
    }
  }
`);

const PayoutRunPage_Load = graphql(`
  query PayoutRunPage_Load($id: ID!) {
    viewer {
      id
    }
    payoutRun(id: $id) {
      ...PayoutRunPage_Run
    }
    platformBalance {
      available {
        amount
        currency
      }
    }
  }
`);

const PayoutRunPage_Progress = graphql(`
  subscription PayoutRunPage_Progress($runId: ID!) {
    payoutRunProgress(runId: $runId) {
      ...PayoutRunProgressBar_Progress
    }
  }
`);

const PayoutRunPage_TopUpUpdated = graphql(`
  subscription PayoutRunPage_TopUpUpdated {
    topUpUpdated {
      id
      status
      updatedAt
    }
  }
`);

const NOT_SENT_YET = new Set(['DRAFT', 'APPROVED']);
const SENDING_OR_SENT = new Set(['EXECUTING', 'COMPLETED', 'COMPLETED_WITH_FAILURES']);

/** One payout run, live: its status and progress as they are pushed, its items read again as it moves. */
export function PayoutRunPage({ runId }: { runId: string }) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PayoutRunPage_Load, variables: { id: runId }, requestPolicy: 'cache-and-network' });
  useRefetchOnReconnect(reexecute);
  const [{ data: pushed }] = useSubscription({ query: PayoutRunPage_Progress, variables: { runId } }, (collected: PushedProgress, event) =>
    collectProgress(collected, event.payoutRunProgress),
  );
  const waitingForFunds = Boolean(data && NOT_SENT_YET.has(data.payoutRun.status));
  const [{ data: topUpEvent }] = useSubscription({ query: PayoutRunPage_TopUpUpdated, pause: !waitingForFunds });
  // A settled top-up changes what the balance covers.
  useRefetchOnEvent(topUpEvent, reexecute);
  const pushedStatus = pushed?.[runId]?.status;
  const loadedStatus = data?.payoutRun.status;
  // A new status brings who approved or executed it and what the run allows next: read it again.
  useEffect(() => {
    if (pushedStatus && loadedStatus && pushedStatus !== loadedStatus) reexecute({ requestPolicy: 'network-only' });
  }, [pushedStatus, loadedStatus, reexecute]);
  const breadcrumb = <Link to="/payout-runs">Payout runs</Link>;
  if (!data) {
    return (
      <>
        <PageHeader title="Payout run" eyebrow={breadcrumb} />
        {fetching ? <LoadingState label="Loading payout run…" /> : <ErrorNotice title="Could not load this payout run" error={error} />}
      </>
    );
  }
  return <PayoutRunDetails data={data} run={withProgress(data.payoutRun, pushed)} progressEvent={pushed?.[runId]} />;
}

interface PayoutRunDetailsProps {
  data: PayoutRunPage_LoadQuery;
  run: PayoutRunPage_RunFragment;
  progressEvent: unknown;
}

function PayoutRunDetails({ data, run, progressEvent }: PayoutRunDetailsProps) {
  const [notice, setNotice] = useState<string | null>(null);
  const availableMinor = data.platformBalance.available.find((money) => money.currency === run.currency)?.amount ?? 0;
  const title = run.description ? `Payout run: ${run.description}` : `Payout run of ${formatDate(run.createdAt)}`;
  return (
    <>
      <PageHeader title={title} eyebrow={<Link to="/payout-runs">Payout runs</Link>} actions={<PayoutRunActions run={run} onDone={setNotice} />}>
        <p className="title-row">
          <StatusBadge status={run.status} />
          <span className="muted">
            {run.totalAmount.formatted} to {run.itemCount} {run.itemCount === 1 ? 'writer' : 'writers'}
            {run.heldCount > 0 && ` · ${run.heldCount} held`}
          </span>
        </p>
      </PageHeader>
      {notice && (
        <p className="notice notice-success" role="status">
          {notice}
        </p>
      )}
      {NOT_SENT_YET.has(run.status) && <ShortfallNotice totalAmount={run.totalAmount} availableMinor={availableMinor} />}
      {run.status === 'COMPLETED_WITH_FAILURES' && (
        <div className="notice notice-error">
          <p>
            {run.progress.itemsFailed} of {run.progress.itemsTotal} items failed; the others were paid. The reasons are below: fix what they say, then retry the
            failed items.
          </p>
        </div>
      )}
      {SENDING_OR_SENT.has(run.status) && (
        <section className="card" aria-labelledby="run-progress-title">
          <h2 id="run-progress-title">{run.status === 'EXECUTING' ? 'Sending' : 'Sent'}</h2>
          <PayoutRunProgressBar progress={run.progress} />
        </section>
      )}
      <PayoutRunSummary run={run} viewerId={data.viewer?.id ?? null} />
      <PayoutItemsSection runId={run.id} itemsInRun={run.itemCount + run.heldCount} progressEvent={progressEvent} />
    </>
  );
}
