import { useMutation } from 'urql';
import { graphql } from '../gql';
import { Dialog } from '../ui/Dialog';
import { ErrorNotice } from '../ui/ErrorNotice';

const DisconnectAccountDialog_Disconnect = graphql(`
  mutation DisconnectAccountDialog_Disconnect($writerId: ID!) {
    disconnectStripeAccount(writerId: $writerId) {
      id
      stripeAccountId
      accountConnection
      onboardingStatus
      deauthorized
      canReceiveTransfers
      updatedAt
    }
  }
`);

interface DisconnectAccountDialogProps {
  writer: { id: string; displayName: string; stripeAccountId?: string | null };
  onClose: () => void;
  onDisconnected: (accountId: string) => void;
}

/** A review step before Stripe ends the connection: what happens, to whom, and that it cannot be undone from here. */
export function DisconnectAccountDialog({ writer, onClose, onDisconnected }: DisconnectAccountDialogProps) {
  const [{ fetching, error }, disconnect] = useMutation(DisconnectAccountDialog_Disconnect);
  const accountId = writer.stripeAccountId ?? '';

  async function confirm() {
    const result = await disconnect({ writerId: writer.id });
    if (result.data) onDisconnected(accountId);
  }

  return (
    <Dialog title={`Disconnect ${writer.displayName}'s Stripe account`} onClose={onClose}>
      <ErrorNotice title="Could not disconnect the account" error={error} />
      <div className="review">
        <p className="stat-label">You are disconnecting</p>
        <p className="stat-value">
          <code>{accountId}</code>
        </p>
        <p>which {writer.displayName} connected through Stripe.</p>
      </div>
      <ul>
        <li>The platform loses access to this account at once. The account and its balance stay the writer's, on Stripe.</li>
        <li>{writer.displayName} can no longer receive transfers; transfers already sent stay theirs.</li>
        <li>Only {writer.displayName} can connect an account again, from the app; you cannot undo this here.</li>
      </ul>
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose} disabled={fetching}>
          Keep connected
        </button>
        <button type="button" className="button button-danger" onClick={() => void confirm()} disabled={fetching} autoFocus>
          {fetching ? 'Disconnecting…' : 'Disconnect account'}
        </button>
      </div>
    </Dialog>
  );
}
