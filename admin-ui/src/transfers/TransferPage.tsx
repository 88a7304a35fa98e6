import { type ReactNode, useCallback, useState } from 'react';
import { useCanAct, VIEWER_ONLY_REASON } from '../auth/viewer-context';
import { useQuery, useSubscription } from 'urql';
import { graphql } from '../gql';
import { useRefetchOnReconnect } from '../layout/socket-status';
import type { TransferPage_TransferFragment } from '../gql/graphql';
import { Link } from '../router';
import { ErrorNotice } from '../ui/ErrorNotice';
import { type Pushed, collectNewest, withNewest } from '../ui/live';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState, LoadingState } from '../ui/states';
import { StatusBadge } from '../ui/StatusBadge';
import { ReversalsTable } from './ReversalsTable';
import { TransferDetailsCard } from './TransferDetailsCard';
import { ReverseTransferDialog } from './ReverseTransferDialog';

export const TransferPage_Transfer = graphql(`
  fragment TransferPage_Transfer on Transfer {
    id
    status
    description
    stripeTransferId
    transferGroup
    idempotencyKey
    failureCode
    failureMessage
    createdAt
    amount {
      amount
      currency
      formatted
    }
    amountReversed {
      amount
      formatted
    }
    reversibleAmount {
      amount
      currency
      formatted
    }
    writer {
      id
      displayName
      email
      stripeAccountId
    }
    createdBy {
      id
      displayName
    }
    reversals {
      ...ReversalsTable_Reversal
    }
  }
`);

const TransferPage_Load = graphql(`
  query TransferPage_Load($id: ID!) {
    transfer(id: $id) {
      ...TransferPage_Transfer
    }
  }
`);

const TransferPage_TransferUpdated = graphql(`
  subscription TransferPage_TransferUpdated {
    transferUpdated {
      ...TransferPage_Transfer
    }
  }
`);

export function TransferPage({ transferId }: { transferId: string }) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: TransferPage_Load, variables: { id: transferId }, requestPolicy: 'cache-and-network' });
  useRefetchOnReconnect(reexecute);
  const [{ data: pushed }] = useSubscription({ query: TransferPage_TransferUpdated }, (collected: Pushed<TransferPage_TransferFragment>, event) =>
    event.transferUpdated.id === transferId ? collectNewest(collected, event.transferUpdated) : (collected ?? {}),
  );
  const breadcrumb = <Link to="/transfers">Transfers</Link>;
  if (!data) {
    return (
      <>
        <PageHeader title="Transfer" eyebrow={breadcrumb} />
        {fetching ? <LoadingState label="Loading transfer…" /> : <ErrorNotice title="Could not load this transfer" error={error} />}
      </>
    );
  }
  return <TransferDetails transfer={withNewest(data.transfer, pushed)} breadcrumb={breadcrumb} />;
}

function TransferDetails({ transfer, breadcrumb }: { transfer: TransferPage_TransferFragment; breadcrumb: ReactNode }) {
  const canAct = useCanAct();
  const [reversing, setReversing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const canReverse = transfer.reversibleAmount.amount > 0;
  const closeReversal = useCallback((message?: string) => {
    setReversing(false);
    if (message) setNotice(message);
  }, []);
  return (
    <>
      <PageHeader
        title={`${transfer.amount.formatted} to ${transfer.writer.displayName}`}
        eyebrow={breadcrumb}
        actions={
          canReverse && (
            <button type="button" className="button" onClick={() => setReversing(true)} disabled={!canAct} title={canAct ? undefined : VIEWER_ONLY_REASON}>
              Reverse
            </button>
          )
        }
      >
        <p className="title-row">
          <StatusBadge status={transfer.status} />
          {transfer.amountReversed.amount > 0 && <span className="muted">{transfer.amountReversed.formatted} reversed</span>}
        </p>
      </PageHeader>
      {notice && (
        <p className="notice notice-success" role="status">
          {notice}
        </p>
      )}
      {transfer.status === 'FAILED' && (
        <div className="notice notice-error">
          <p>Stripe refused this transfer; nothing was paid. {transfer.failureMessage}</p>
          {transfer.failureCode && <p className="error-detail">Stripe code {transfer.failureCode}</p>}
        </div>
      )}
      <TransferDetailsCard transfer={transfer} />
      <section aria-labelledby="reversals-title">
        <div className="card-header">
          <h2 id="reversals-title">Reversals</h2>
        </div>
        {transfer.reversals.length === 0 ? (
          <EmptyState title="No reversals">
            <p className="muted">Nothing has been taken back from this transfer.</p>
          </EmptyState>
        ) : (
          <div className="table-wrap">
            <ReversalsTable reversals={transfer.reversals} />
          </div>
        )}
      </section>
      {reversing && (
        <ReverseTransferDialog
          transferId={transfer.id}
          writerName={transfer.writer.displayName}
          reversible={transfer.reversibleAmount}
          onClose={closeReversal}
          onReversed={closeReversal}
        />
      )}
    </>
  );
}
