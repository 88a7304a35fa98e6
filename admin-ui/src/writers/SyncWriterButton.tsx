import { useMutation } from 'urql';
import { graphql } from '../gql';
import { ErrorNotice } from '../ui/ErrorNotice';

const SyncWriterButton_Sync = graphql(`
  mutation SyncWriterButton_Sync($id: ID!) {
    syncWriter(id: $id) {
      id
      onboardingStatus
      requirementsDue
      updatedAt
    }
  }
`);

/** Re-reads the writer's account from Stripe now, rather than waiting for its next webhook. */
export function SyncWriterButton({ writerId }: { writerId: string }) {
  const [{ fetching, error }, sync] = useMutation(SyncWriterButton_Sync);
  return (
    <>
      <button type="button" className="button button-small" onClick={() => void sync({ id: writerId })} disabled={fetching}>
        {fetching ? 'Refreshing…' : 'Refresh from Stripe'}
      </button>
      <ErrorNotice title="Could not refresh from Stripe" error={error} />
    </>
  );
}
