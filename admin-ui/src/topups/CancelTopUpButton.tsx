import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import type { TopUpsTable_TopUpFragment } from '../gql/graphql';
import { Dialog } from '../ui/Dialog';
import { ErrorNotice } from '../ui/ErrorNotice';

const CancelTopUpButton_Cancel = graphql(`
  mutation CancelTopUpButton_Cancel($id: ID!) {
    cancelTopUp(id: $id) {
      ...TopUpsTable_TopUp
    }
  }
`);

export function CancelTopUpButton({ topUp }: { topUp: TopUpsTable_TopUpFragment }) {
  const [confirming, setConfirming] = useState(false);
  const [{ fetching, error }, cancel] = useMutation(CancelTopUpButton_Cancel);

  async function confirm() {
    const result = await cancel({ id: topUp.id });
    if (!result.error) setConfirming(false);
  }

  return (
    <>
      <button type="button" className="button button-small button-danger" onClick={() => setConfirming(true)}>
        Cancel<span className="visually-hidden"> top-up of {topUp.amount.formatted}</span>
      </button>
      {confirming && (
        <Dialog title="Cancel this top-up?" onClose={() => setConfirming(false)}>
          <p>
            The {topUp.amount.formatted} debit from the platform's bank account will not happen. This cannot be undone.
          </p>
          <ErrorNotice title="Could not cancel the top-up" error={error} />
          <div className="form-actions">
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
            <button type="button" className="button button-primary" onClick={() => void confirm()} disabled={fetching}>
              {fetching ? 'Canceling…' : 'Cancel top-up'}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
