import { type ReactNode, useCallback, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { useCanAct, VIEWER_ONLY_REASON } from '../auth/viewer-context';
import { graphql } from '../gql';
import type { PaymentPage_PaymentFragment } from '../gql/graphql';
import { useRefetchOnReconnect } from '../layout/socket-status';
import { Link } from '../router';
import { ErrorNotice } from '../ui/ErrorNotice';
import { formatDateTime } from '../ui/format';
import { type Pushed, collectNewest, withNewest } from '../ui/live';
import { PageHeader } from '../ui/PageHeader';
import { LoadingState } from '../ui/states';
import { StatusBadge } from '../ui/StatusBadge';
import { PaymentTimeline } from './PaymentTimeline';
import { RefundPaymentDialog } from './RefundPaymentDialog';

export const PaymentPage_Payment = graphql(`
  fragment PaymentPage_Payment on Payment {
    id
    status
    description
    stripeCheckoutSessionId
    stripePaymentIntentId
    stripeChargeId
    stripeTransferId
    stripeApplicationFeeId
    failureMessage
    idempotencyKey
    paidAt
    createdAt
    updatedAt
    amount {
      amount
      currency
      formatted
    }
    applicationFee {
      formatted
    }
    writerShare {
      formatted
    }
    amountRefunded {
      amount
      formatted
    }
    refundableAmount {
      amount
      currency
      formatted
    }
    writer {
      id
      displayName
      email
    }
    refunds {
      id
      status
      reason
      reverseTransfer
      refundApplicationFee
      stripeRefundId
      failureMessage
      createdAt
      amount {
        formatted
      }
    }
    disputes {
      id
      stripeDisputeId
      status
      reason
      needsResponse
      evidenceDueBy
      createdAt
      amount {
        formatted
      }
    }
  }
`);

const PaymentPage_Load = graphql(`
  query PaymentPage_Load($id: ID!) {
    payment(id: $id) {
      ...PaymentPage_Payment
    }
  }
`);

const PaymentPage_PaymentUpdated = graphql(`
  subscription PaymentPage_PaymentUpdated {
    paymentUpdated {
      ...PaymentPage_Payment
    }
  }
`);

export function PaymentPage({ paymentId }: { paymentId: string }) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PaymentPage_Load, variables: { id: paymentId }, requestPolicy: 'cache-and-network' });
  useRefetchOnReconnect(reexecute);
  const [{ data: pushed }] = useSubscription({ query: PaymentPage_PaymentUpdated }, (collected: Pushed<PaymentPage_PaymentFragment>, event) =>
    event.paymentUpdated.id === paymentId ? collectNewest(collected, event.paymentUpdated) : (collected ?? {}),
  );
  const breadcrumb = <Link to="/payments">Payments</Link>;
  if (!data) {
    return (
      <>
        <PageHeader title="Payment" eyebrow={breadcrumb} />
        {fetching ? <LoadingState label="Loading payment…" /> : <ErrorNotice title="Could not load this payment" error={error} />}
      </>
    );
  }
  return <PaymentDetails payment={withNewest(data.payment, pushed)} breadcrumb={breadcrumb} />;
}

function PaymentDetails({ payment, breadcrumb }: { payment: PaymentPage_PaymentFragment; breadcrumb: ReactNode }) {
  const canAct = useCanAct();
  const [refunding, setRefunding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const closeRefund = useCallback((message?: string) => {
    setRefunding(false);
    if (message) setNotice(message);
  }, []);
  const openDisputes = payment.disputes.filter((dispute) => dispute.needsResponse);
  return (
    <>
      <PageHeader
        title={`${payment.amount.formatted} for ${payment.writer.displayName}`}
        eyebrow={breadcrumb}
        actions={
          payment.refundableAmount.amount > 0 && (
            <button type="button" className="button" onClick={() => setRefunding(true)} disabled={!canAct} title={canAct ? undefined : VIEWER_ONLY_REASON}>
              Refund
            </button>
          )
        }
      >
        <p className="title-row">
          <StatusBadge status={payment.status} />
          {payment.amountRefunded.amount > 0 && <span className="muted">{payment.amountRefunded.formatted} refunded</span>}
        </p>
      </PageHeader>
      {notice && (
        <p className="notice notice-success" role="status">
          {notice}
        </p>
      )}
      {openDisputes.map((dispute) => (
        <div key={dispute.id} className="notice notice-error" role="alert">
          <p>
            The reader's bank disputes {dispute.amount.formatted} ({dispute.reason}). Submit evidence in the Stripe Dashboard
            {dispute.evidenceDueBy && <> by {formatDateTime(dispute.evidenceDueBy)}</>}.
          </p>
        </div>
      ))}
      <PaymentFacts payment={payment} />
      <PaymentTimeline payment={payment} />
      {refunding && (
        <RefundPaymentDialog
          paymentId={payment.id}
          writerName={payment.writer.displayName}
          refundable={payment.refundableAmount}
          onClose={closeRefund}
          onRefunded={closeRefund}
        />
      )}
    </>
  );
}

function PaymentFacts({ payment }: { payment: PaymentPage_PaymentFragment }) {
  return (
    <section className="card" aria-labelledby="payment-details-title">
      <h2 id="payment-details-title">Details</h2>
      <dl className="details">
        <dt>Writer</dt>
        <dd>
          <Link to={`/writers/${payment.writer.id}`}>{payment.writer.displayName}</Link> <span className="muted">{payment.writer.email}</span>
        </dd>
        <dt>Amount</dt>
        <dd>{payment.amount.formatted}</dd>
        <dt>Platform fee</dt>
        <dd>{payment.applicationFee.formatted}</dd>
        <dt>Writer's share</dt>
        <dd>{payment.writerShare.formatted}</dd>
        <dt>Refunded</dt>
        <dd>{payment.amountRefunded.formatted}</dd>
        <dt>PaymentIntent</dt>
        <dd>{payment.stripePaymentIntentId ? <code>{payment.stripePaymentIntentId}</code> : <span className="muted">Not paid yet</span>}</dd>
        <dt>Idempotency key</dt>
        <dd>
          <code>{payment.idempotencyKey}</code>
        </dd>
      </dl>
    </section>
  );
}
