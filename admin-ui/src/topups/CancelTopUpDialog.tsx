import { useEffect } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import type { TopUpsTable_TopUpFragment } from '../gql/graphql';
import { humanize } from '../ui/format';
import { Dialog } from '../ui/Dialog';
import { ErrorNotice } from '../ui/ErrorNotice';

const CancelTopUpDialog_Cancel = graphql(`
  mutation CancelTopUpDialog_Cancel($id: ID!) {
    cancelTopUp(id: $id) {
      ...TopUpsTable_TopUp
    }
  }
`);

interface CancelTopUpDialogProps {
  /** The top-up as it is now (live): the dialog closes once it can no longer be canceled. */
  topUp: TopUpsTable_TopUpFragment;
  onClose: (notice?: string) => void;
}

export function CancelTopUpDialog({ topUp, onClose }: CancelTopUpDialogProps) {
  const [{ fetching, error, data }, cancel] = useMutation(CancelTopUpDialog_Cancel);
  const overtaken = !topUp.cancelable && !fetching && !data;
  useEffect(() => {
    if (overtaken) onClose(`The top-up of ${topUp.amount.formatted} is ${humanize(topUp.status).toLowerCase()} now, so it can no longer be canceled.`);
  }, [overtaken, onClose, topUp]);

  async function confirm() {
    const result = await cancel({ id: topUp.id });
    if (!result.error) onClose();
  }

  return (
    <Dialog title="Cancel this top-up?" onClose={() => onClose()}>
      <p>The {topUp.amount.formatted} debit from the platform's bank account will not happen. This cannot be undone.</p>
      <ErrorNotice title="Could not cancel the top-up" error={error} />
      <div className="form-actions">
        <button type="button" className="button" onClick={() => onClose()}>
          Keep it
        </button>
        <button type="button" className="button button-primary" onClick={() => void confirm()} disabled={fetching}>
          {fetching ? 'Canceling…' : 'Cancel top-up'}
        </button>
      </div>
    </Dialog>
  );
}
