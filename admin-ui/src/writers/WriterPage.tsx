import { useState } from 'react';
import { useCanAct, VIEWER_ONLY_REASON } from '../auth/viewer-context';
import { useQuery, useSubscription } from 'urql';
import { useSessionState } from '../session';
import { graphql } from '../gql';
import { useRefetchOnReconnect } from '../layout/socket-status';
import { useRefetchOnEvent } from '../ui/useRefetchOnEvent';
import type { TransfersTable_TransferFragment, WriterPage_StatusChangedSubscription, WriterPage_WriterQuery } from '../gql/graphql';
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
import { WriterEarningsSection } from '../earnings/WriterEarningsSection';
import { WriterPayoutItemsSection } from '../payout-runs/WriterPayoutItemsSection';

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
      requirements {
        code
        description
      }
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
      ...WriterEarningsSection_Writer
      ...WriterPayoutItemsSection_Writer
      payableBalance {
        amount
        currency
        formatted
      }
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
      requirements {
        code
        description
      }
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
const BREADCRUMB = <Link to="/writers">Writers</Link>;

type Writer = WriterPage_WriterQuery['writer'];
type Transfer = TransfersTable_TransferFragment;
type WriterDialogName = 'send' | 'schedule' | 'disconnect';

/** An account that can no longer be paid: Stripe rejected it, or the writer disconnected it. */
const hasEnded = (writer: Writer) => writer.onboardingStatus === 'REJECTED' || writer.deauthorized;

/** Why funds cannot be sent to this writer, in the words of their state; null when they can. */
function sendingRefusal(writer: Writer, canAct: boolean): string | null {
  if (!canAct) return VIEWER_ONLY_REASON;
  if (writer.allowedActions.includes('RECEIVE_TRANSFERS')) return null;
  if (writer.deauthorized) return 'Funds cannot be sent: the writer disconnected their Stripe account from the platform.';
  if (writer.onboardingStatus === 'REJECTED') return 'Funds cannot be sent: Stripe rejected this account, and its decision is final.';
  return "Funds can be sent once Stripe has activated this writer's account for transfers.";
}

/** Why the payout schedule cannot be changed now; null when it can. */
function scheduleLock(writer: Writer, canAct: boolean): string | null {
  if (!canAct) return VIEWER_ONLY_REASON;
  if (writer.allowedActions.includes('CHANGE_PAYOUT_SCHEDULE')) return null;
  return hasEnded(writer)
    ? 'This account can no longer be paid, so its payout schedule stays as it is.'
    : 'The payout schedule can be set once the writer has a Stripe account.';
}

/** The writer as pushed since read, the latest transfers to them; read again when money moves. */
function useLiveWriter(writerId: string) {
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
  const [{ data: pushedTransfers }] = useSubscription({ query: WriterPage_TransferUpdated, variables: { writerId } }, (collected: Pushed<Transfer>, event) =>
    collectNewest(collected, event.transferUpdated),
  );
  const [{ data: pushedPayout }] = useSubscription({ query: WriterPage_PayoutUpdated, variables: { writerId } });
  // A transfer sent or changed meanwhile changes the money figures: read them again.
  useRefetchOnEvent(pushedTransfers, reexecute);
  // A payout made, paid or refused changes the balance: read it again.
  useRefetchOnEvent(pushedPayout, reexecute);
  const writer = data ? withNewest(data.writer, pushedWriter) : null;
  const transfers = writer ? liveRows(writer.transfers.nodes, pushedTransfers, () => true).slice(0, TRANSFERS_SHOWN) : [];
  const readAgain = () => reexecute({ requestPolicy: 'network-only' });
  return { writer, transfers, auditTrail: data?.auditTrail.nodes ?? [], fetching, error, readAgain };
}

function WriterHeader({ writer, sendingRefused, onSend }: { writer: Writer; sendingRefused: string | null; onSend: () => void }) {
  return (
    <PageHeader
      title={writer.displayName}
      eyebrow={BREADCRUMB}
      actions={
        <button
          type="button"
          className="button button-primary"
          onClick={onSend}
          disabled={Boolean(sendingRefused)}
          aria-describedby={sendingRefused ? 'send-funds-unavailable' : undefined}
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
      {sendingRefused && (
        <p id="send-funds-unavailable" className="hint">
          {sendingRefused}
        </p>
      )}
    </PageHeader>
  );
}

/** Syncing from Stripe, and disconnecting an account the writer connected through OAuth, when the gateway allows them. */
function AccountActions({ writer, onDisconnect }: { writer: Writer; onDisconnect: () => void }) {
  const role = useSessionState().session?.viewer.role ?? '';
  if (!writer.stripeAccountId) return null;
  return (
    <>
      {writer.allowedActions.includes('SYNC_ACCOUNT') && <SyncWriterButton writerId={writer.id} />}
      {writer.allowedActions.includes('DISCONNECT_ACCOUNT') && DISCONNECTING_ROLES.has(role) && (
        <button type="button" className="button button-small button-danger" onClick={onDisconnect}>
          Disconnect…
        </button>
      )}
    </>
  );
}

function WriterTransfers({ writer, transfers, canSend }: { writer: Writer; transfers: Transfer[]; canSend: boolean }) {
  return (
    <section aria-labelledby="writer-transfers-title">
      <div className="card-header">
        <h2 id="writer-transfers-title">Transfers</h2>
        {writer.transfers.totalCount > TRANSFERS_SHOWN && <Link to={`/transfers?writer=${writer.id}`}>All {writer.transfers.totalCount} transfers</Link>}
      </div>
      {transfers.length === 0 ? (
        <EmptyState title="No transfers yet">
          {canSend && <p className="muted">Use “Send funds” to pay {writer.displayName} from the platform balance.</p>}
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <TransfersTable transfers={transfers} showWriter={false} />
        </div>
      )}
    </section>
  );
}

interface WriterDialogProps {
  writer: Writer;
  name: WriterDialogName;
  onClose: (notice?: string) => void;
  readAgain: () => void;
}

/** The dialog open on the writer's page; closing it may leave a notice for the page. */
function WriterDialog({ writer, name, onClose, readAgain }: WriterDialogProps) {
  if (name === 'disconnect') {
    return (
      <DisconnectAccountDialog
        writer={writer}
        onClose={() => onClose()}
        onDisconnected={(accountId) => onClose(`Disconnected ${accountId} from the platform; ${writer.displayName} can no longer receive transfers.`)}
      />
    );
  }
  if (name === 'schedule') {
    const changed = () => {
      onClose(`Saved ${writer.displayName}'s payout schedule on Stripe.`);
      readAgain();
    };
    return <PayoutScheduleDialog writer={writer} onClose={() => onClose()} onChanged={changed} />;
  }
  const sent = (transfer: Transfer) =>
    onClose(
      transfer.status === 'FAILED'
        ? `Stripe refused the transfer of ${transfer.amount.formatted}; nothing was paid.`
        : `Sent ${transfer.amount.formatted} to ${writer.displayName}.`,
    );
  return <SendFundsDialog writer={writer} onClose={onClose} onSent={sent} />;
}

export function WriterPage({ writerId }: { writerId: string }) {
  const { writer, transfers, auditTrail, fetching, error, readAgain } = useLiveWriter(writerId);
  const canAct = useCanAct();
  const [dialog, setDialog] = useState<WriterDialogName | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  if (!writer) {
    return (
      <>
        <PageHeader title="Writer" eyebrow={BREADCRUMB} />
        {fetching ? <LoadingState label="Loading writer…" /> : <ErrorNotice title="Could not load this writer" error={error} />}
      </>
    );
  }
  const sendingRefused = sendingRefusal(writer, canAct);
  const closeDialog = (message?: string) => {
    setDialog(null);
    if (message) setNotice(message);
  };
  return (
    <>
      <WriterHeader writer={writer} sendingRefused={sendingRefused} onSend={() => setDialog('send')} />
      {notice && (
        <p className="notice notice-success" role="status">
          {notice}
        </p>
      )}
      <div className="grid">
        <WriterMoneyCard
          writerId={writer.id}
          payable={writer.payableBalance}
          transfers={writer.moneySummary}
          invitation={invitationState(writer.signedUp, auditTrail)}
        />
        <WriterAccountCard writer={writer} actions={<AccountActions writer={writer} onDisconnect={() => setDialog('disconnect')} />} />
        <WriterStandingCard standing={writer.standing} allowedActions={writer.allowedActions} detailsSubmitted={writer.detailsSubmitted} />
        <PayoutsCard writer={writer} scheduleLocked={scheduleLock(writer, canAct)} onChangeSchedule={() => setDialog('schedule')} />
        <RequirementsCard
          requirements={writer.requirements}
          disabledReason={writer.disabledReason}
          onboardingStatus={writer.onboardingStatus}
          ended={hasEnded(writer)}
        />
        {!writer.signedUp && canAct && <InviteCard writerId={writer.id} displayName={writer.displayName} onInvited={readAgain} />}
      </div>
      <WriterTransfers writer={writer} transfers={transfers} canSend={!sendingRefused} />
      <WriterEarningsSection writer={writer} />
      <WriterPayoutItemsSection writer={writer} />
      {dialog && <WriterDialog writer={writer} name={dialog} onClose={closeDialog} readAgain={readAgain} />}
    </>
  );
}
