import { useState } from 'react';
import { useCanAct, VIEWER_ONLY_REASON } from '../auth/viewer-context';
import { useQuery, useSubscription } from 'urql';
import { useSessionState } from '../session';
import { graphql } from '../gql';
import { useRefetchOnReconnect } from '../layout/socket-status';
import { useRefetchOnEvent } from '../ui/useRefetchOnEvent';
import type { TransfersTable_TransferFragment, WriterPage_StatusChangedSubscription } from '../gql/graphql';
import { Link } from '../router';
import { TransfersTable } from '../transfers/TransfersTable';
import { ErrorNotice } from '../ui/ErrorNotice';
import { type Pushed, collectNewest, liveRows, withNewest } from '../ui/live';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState, LoadingState } from '../ui/states';
import { StatusBadge } from '../ui/StatusBadge';
import { DisconnectAccountDialog } from './DisconnectAccountDialog';
import { InviteCard } from './InviteCard';
import { RequirementsCard } from './RequirementsCard';
import { SendFundsDialog } from './SendFundsDialog';
import { SyncWriterButton } from './SyncWriterButton';
import { invitationState } from './invitation-state';
import { WriterAccountCard } from './WriterAccountCard';
import { WriterMoneyCard } from './WriterMoneyCard';
import { WriterStandingCard } from './WriterStandingCard';
import { PayoutScheduleDialog } from '../payouts/PayoutScheduleDialog';
import { PayoutsCard } from '../payouts/PayoutsCard';

type WriterChange = WriterPage_StatusChangedSubscription['onboardingStatusChanged'];

const WriterPage_Writer = graphql(`
  query WriterPage_Writer($id: ID!, $transfersShown: Int!) {
    writer(id: $id) {
      id
      displayName
      email
      country
      stripeAccountId
      accountConnection
      onboardingStatus
      requirementsDue
      disabledReason
      payoutsEnabled
      transfersCapability
      canReceiveTransfers
      deauthorized
      signedUp
      createdAt
      updatedAt
      onboardingLinks {
        id
        createdAt
        expiresAt
      }
      detailsSubmitted
      allowedActions
      standing {
        headline
        nextStep
      }
      ...PayoutsCard_Writer
      transfers(first: $transfersShown) {
        totalCount
        nodes {
          ...TransfersTable_Transfer
        }
      }
      moneySummary: transfers(first: 50) {
        totalCount
        nodes {
          id
          status
          createdAt
          amount {
            amount
            currency
            formatted
          }
          amountReversed {
            amount
          }
        }
      }
    }
    auditTrail(subjectId: $id, first: 10) {
      nodes {
        id
        action
        createdAt
      }
    }
  }
`);

const WriterPage_TransferUpdated = graphql(`
  subscription WriterPage_TransferUpdated($writerId: ID!) {
    transferUpdated(writerId: $writerId) {
      ...TransfersTable_Transfer
    }
  }
`);

const WriterPage_StatusChanged = graphql(`
  subscription WriterPage_StatusChanged($writerId: ID!) {
    onboardingStatusChanged(writerId: $writerId) {
      id
      stripeAccountId
      accountConnection
      onboardingStatus
      requirementsDue
      disabledReason
      payoutsEnabled
      transfersCapability
      canReceiveTransfers
      deauthorized
      detailsSubmitted
      allowedActions
      standing {
        headline
        nextStep
      }
      updatedAt
    }
  }
`);

const WriterPage_PayoutUpdated = graphql(`
  subscription WriterPage_PayoutUpdated($writerId: ID!) {
    payoutUpdated(writerId: $writerId) {
      id
      status
      updatedAt
    }
  }
`);

const TRANSFERS_SHOWN = 10;
// Who may disconnect an account (the server checks too, with two-factor).
const DISCONNECTING_ROLES = new Set(['ADMIN', 'FINANCE']);
const TRANSFER_TYPENAMES = { additionalTypenames: ['Transfer'] };

/** Why funds cannot be sent to this writer, in the words of their state; null when they can. */
function sendingRefusal(writer: { allowedActions: string[]; deauthorized: boolean; onboardingStatus: string }): string | null {
  if (writer.allowedActions.includes('RECEIVE_TRANSFERS')) return null;
  if (writer.deauthorized) return 'Funds cannot be sent: the writer disconnected their Stripe account from the platform.';
  if (writer.onboardingStatus === 'REJECTED') return 'Funds cannot be sent: Stripe rejected this account, and its decision is final.';
  return "Funds can be sent once Stripe has activated this writer's account for transfers.";
}

export function WriterPage({ writerId }: { writerId: string }) {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: WriterPage_Writer,
    variables: { id: writerId, transfersShown: TRANSFERS_SHOWN },
    context: TRANSFER_TYPENAMES,
    requestPolicy: 'cache-and-network',
  });
  useRefetchOnReconnect(reexecute);
  const [{ data: pushedWriter }] = useSubscription({ query: WriterPage_StatusChanged, variables: { writerId } }, (collected: Pushed<WriterChange>, event) =>
    collectNewest(collected, event.onboardingStatusChanged),
  );
  const [{ data: pushedTransfers }] = useSubscription({ query: WriterPage_TransferUpdated, variables: { writerId } }, (collected: Pushed<TransfersTable_TransferFragment>, event) =>
    collectNewest(collected, event.transferUpdated),
  );
  const [{ data: pushedPayout }] = useSubscription({ query: WriterPage_PayoutUpdated, variables: { writerId } });
  const canAct = useCanAct();
  const [sending, setSending] = useState(false);
  const [editingSchedule, setEditingSchedule] = useState(false);
  const [disconnecting, setDisconnecting] = useState(false);
  const role = useSessionState().session?.viewer.role ?? '';
  const [sent, setSent] = useState<string | null>(null);
  // A transfer sent or changed meanwhile changes the money figures: read them again.
  useRefetchOnEvent(pushedTransfers, reexecute);
  // A payout made, paid or refused changes the balance: read it again.
  useRefetchOnEvent(pushedPayout, reexecute);
  const breadcrumb = <Link to="/writers">Writers</Link>;
  if (!data) {
    return (
      <>
        <PageHeader title="Writer" eyebrow={breadcrumb} />
        {fetching ? <LoadingState label="Loading writer…" /> : <ErrorNotice title="Could not load this writer" error={error} />}
      </>
    );
  }
  const writer = withNewest(data.writer, pushedWriter);
  const ended = writer.onboardingStatus === 'REJECTED' || writer.deauthorized;
  const unavailableReason = !canAct ? VIEWER_ONLY_REASON : sendingRefusal(writer);
  const scheduleLocked = !canAct
    ? VIEWER_ONLY_REASON
    : writer.allowedActions.includes('CHANGE_PAYOUT_SCHEDULE')
      ? null
      : ended
        ? 'This account can no longer be paid, so its payout schedule stays as it is.'
        : 'The payout schedule can be set once the writer has a Stripe account.';
  const transfers = liveRows(writer.transfers.nodes, pushedTransfers, () => true).slice(0, TRANSFERS_SHOWN);
  return (
    <>
      <PageHeader
        title={writer.displayName}
        eyebrow={breadcrumb}
        actions={
          <button
            type="button"
            className="button button-primary"
            onClick={() => setSending(true)}
            disabled={Boolean(unavailableReason)}
            aria-describedby={unavailableReason ? 'send-funds-unavailable' : undefined}
          >
            Send funds
          </button>
        }
      >
        <p className="title-row">
          <StatusBadge status={writer.onboardingStatus} />
          {writer.deauthorized && <StatusBadge status="DISCONNECTED" />}
          <span className="muted">{writer.email}</span>
        </p>
        {unavailableReason && (
          <p id="send-funds-unavailable" className="hint">
            {unavailableReason}
          </p>
        )}
      </PageHeader>
      {sent && (
        <p className="notice notice-success" role="status">
          {sent}
        </p>
      )}
      <div className="grid">
        <WriterMoneyCard writerId={writer.id} transfers={writer.moneySummary} invitation={invitationState(writer.signedUp, data.auditTrail.nodes)} />
        <WriterAccountCard
          writer={writer}
          actions={
            writer.stripeAccountId && (
              <>
                {writer.allowedActions.includes('SYNC_ACCOUNT') && <SyncWriterButton writerId={writer.id} />}
                {writer.allowedActions.includes('DISCONNECT_ACCOUNT') && DISCONNECTING_ROLES.has(role) && (
                  <button type="button" className="button button-small button-danger" onClick={() => setDisconnecting(true)}>
                    Disconnect…
                  </button>
                )}
              </>
            )
          }
        />
        <WriterStandingCard standing={writer.standing} allowedActions={writer.allowedActions} detailsSubmitted={writer.detailsSubmitted} />
        <PayoutsCard writer={writer} scheduleLocked={scheduleLocked} onChangeSchedule={() => setEditingSchedule(true)} />
        <RequirementsCard requirementsDue={writer.requirementsDue} disabledReason={writer.disabledReason} onboardingStatus={writer.onboardingStatus} ended={ended} />
        {!writer.signedUp && canAct && <InviteCard writerId={writer.id} displayName={writer.displayName} onInvited={() => reexecute({ requestPolicy: 'network-only' })} />}
      </div>
      <section aria-labelledby="writer-transfers-title">
        <div className="card-header">
          <h2 id="writer-transfers-title">Transfers</h2>
          {writer.transfers.totalCount > TRANSFERS_SHOWN && <Link to={`/transfers?writer=${writer.id}`}>All {writer.transfers.totalCount} transfers</Link>}
        </div>
        {transfers.length === 0 ? (
          <EmptyState title="No transfers yet">
            {!unavailableReason && <p className="muted">Use “Send funds” to pay {writer.displayName} from the platform balance.</p>}
          </EmptyState>
        ) : (
          <div className="table-wrap">
            <TransfersTable transfers={transfers} showWriter={false} />
          </div>
        )}
      </section>
      {disconnecting && (
        <DisconnectAccountDialog
          writer={writer}
          onClose={() => setDisconnecting(false)}
          onDisconnected={(accountId) => {
            setDisconnecting(false);
            setSent(`Disconnected ${accountId} from the platform; ${writer.displayName} can no longer receive transfers.`);
          }}
        />
      )}
      {editingSchedule && (
        <PayoutScheduleDialog
          writer={writer}
          onClose={() => setEditingSchedule(false)}
          onChanged={() => {
            setEditingSchedule(false);
            setSent(`Saved ${writer.displayName}'s payout schedule on Stripe.`);
            reexecute({ requestPolicy: 'network-only' });
          }}
        />
      )}
      {sending && (
        <SendFundsDialog
          writer={writer}
          onClose={(notice) => {
            setSending(false);
            if (notice) setSent(notice);
          }}
          onSent={(transfer) => {
            setSending(false);
            setSent(transfer.status === 'FAILED' ? `Stripe refused the transfer of ${transfer.amount.formatted}; nothing was paid.` : `Sent ${transfer.amount.formatted} to ${writer.displayName}.`);
          }}
        />
      )}
    </>
  );
}
