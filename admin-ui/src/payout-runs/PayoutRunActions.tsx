import { useState } from 'react';
import { type CombinedError, useClient } from 'urql';
import { useCanAct, VIEWER_ONLY_REASON } from '../auth/viewer-context';
import { graphql } from '../gql';
import type { PayoutRunPage_RunFragment } from '../gql/graphql';
import { Dialog } from '../ui/Dialog';
import { ErrorNotice } from '../ui/ErrorNotice';

const PayoutRunActions_Approve = graphql(`
  mutation PayoutRunActions_Approve($id: ID!) {
    approvePayoutRun(id: $id) {
      ...PayoutRunPage_Run
    }
  }
`);

const PayoutRunActions_Execute = graphql(`
  mutation PayoutRunActions_Execute($id: ID!) {
    executePayoutRun(id: $id) {
      ...PayoutRunPage_Run
    }
  }
`);

const PayoutRunActions_Cancel = graphql(`
  mutation PayoutRunActions_Cancel($id: ID!) {
    cancelPayoutRun(id: $id) {
      ...PayoutRunPage_Run
    }
  }
`);

const PayoutRunActions_Retry = graphql(`
  mutation PayoutRunActions_Retry($id: ID!) {
    retryPayoutRunItems(id: $id) {
      ...PayoutRunPage_Run
    }
  }
`);

type Run = PayoutRunPage_RunFragment;
type RunAction = 'approve' | 'execute' | 'retry' | 'cancel';

const writers = (count: number) => `${count} ${count === 1 ? 'writer' : 'writers'}`;

// What each action is called, when the run allows it (its status as last pushed, and the
// nextStates read with it), what it does, and what it says once done.
const ACTIONS: Record<
  RunAction,
  { label: string; busy: string; allowed: (run: Run) => boolean; explain: (run: Run) => string; refused: string; done: (run: Run) => string }
> = {
  approve: {
    label: 'Approve',
    busy: 'Approving…',
    allowed: (run) => run.status === 'DRAFT' && run.nextStates.includes('APPROVED'),
    explain: (run) =>
      `You approve sending ${run.totalAmount.formatted} to ${writers(run.itemCount)}. ${run.createdBy?.displayName ?? 'Another member'} drafted it: the one who drafts a run never approves it.`,
    refused: 'The run was not approved',
    done: () => 'Approved: the run can now be executed.',
  },
  execute: {
    label: 'Execute',
    busy: 'Starting…',
    allowed: (run) => run.status === 'APPROVED' && run.nextStates.includes('EXECUTING'),
    explain: (run) =>
      `Sends ${run.totalAmount.formatted} to ${writers(run.itemCount)} now, one transfer each from the available balance. A transfer can be reversed later, not canceled.`,
    refused: 'The run was not executed',
    done: () => 'Sending: the progress below is live.',
  },
  retry: {
    label: 'Retry failed items',
    busy: 'Starting…',
    allowed: (run) => run.status === 'COMPLETED_WITH_FAILURES',
    explain: (run) => `Sends the ${run.progress.itemsFailed} failed ${run.progress.itemsFailed === 1 ? 'item' : 'items'} again, each as a new transfer.`,
    refused: 'The failed items were not sent again',
    done: () => 'Sending the failed items again: the progress below is live.',
  },
  cancel: {
    label: 'Cancel run',
    busy: 'Canceling…',
    allowed: (run) => (run.status === 'DRAFT' || run.status === 'APPROVED') && run.nextStates.includes('CANCELED'),
    explain: () => 'Nothing of this run has been sent, and nothing will be. What the writers are owed stays owed, for a later run.',
    refused: 'The run was not canceled',
    done: () => 'Canceled: nothing was sent.',
  },
};

const DOCUMENTS = {
  approve: PayoutRunActions_Approve,
  execute: PayoutRunActions_Execute,
  retry: PayoutRunActions_Retry,
  cancel: PayoutRunActions_Cancel,
} as const;

/** The buttons of the actions the run allows now; each opens a confirmation that says what it does. */
export function PayoutRunActions({ run, onDone }: { run: Run; onDone: (message: string) => void }) {
  const canAct = useCanAct();
  const [confirming, setConfirming] = useState<RunAction | null>(null);
  const offered = (Object.keys(ACTIONS) as RunAction[]).filter((action) => ACTIONS[action].allowed(run));
  return (
    <>
      {offered.map((action) => (
        <button
          key={action}
          type="button"
          className={`button${action === 'cancel' ? ' button-danger' : action === 'retry' ? '' : ' button-primary'}`}
          onClick={() => setConfirming(action)}
          disabled={!canAct}
          title={canAct ? undefined : VIEWER_ONLY_REASON}
        >
          {ACTIONS[action].label}
        </button>
      ))}
      {confirming && (
        <ConfirmRunAction
          run={run}
          action={confirming}
          onClose={() => setConfirming(null)}
          onDone={(message) => {
            setConfirming(null);
            onDone(message);
          }}
        />
      )}
    </>
  );
}

function ConfirmRunAction({ run, action, onClose, onDone }: { run: Run; action: RunAction; onClose: () => void; onDone: (message: string) => void }) {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();
  const { label, busy: busyLabel, explain, refused, done } = ACTIONS[action];

  async function confirm() {
    setBusy(true);
    const result = await client.mutation(DOCUMENTS[action], { id: run.id }).toPromise();
    setBusy(false);
    if (result.error) return setError(result.error);
    onDone(done(run));
  }

  return (
    <Dialog title={`${label}?`} onClose={onClose}>
      <ErrorNotice title={refused} error={error} />
      <p>{explain(run)}</p>
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>
          {error ? 'Close' : 'Back'}
        </button>
        {!error && (
          <button
            type="button"
            className={`button ${action === 'cancel' ? 'button-danger' : 'button-primary'}`}
            onClick={() => void confirm()}
            disabled={busy}
            autoFocus
          >
            {busy ? busyLabel : label}
          </button>
        )}
      </div>
    </Dialog>
  );
}
