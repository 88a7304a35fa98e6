import { useQuery, useSubscription } from 'urql';
import { graphql } from '../gql';
import { useRefetchOnReconnect } from '../layout/socket-status';
import { Link } from '../router';
import { ErrorNotice } from '../ui/ErrorNotice';
import { formatDateTime } from '../ui/format';
import { useRefetchOnEvent } from '../ui/useRefetchOnEvent';

const DisputesCard_Disputes = graphql(`
  query DisputesCard_Disputes {
    disputesNeedingResponse {
      id
      paymentId
      stripeDisputeId
      reason
      evidenceDueBy
      amount {
        formatted
      }
    }
  }
`);

const DisputesCard_PaymentUpdated = graphql(`
  subscription DisputesCard_PaymentUpdated {
    paymentUpdated {
      id
      updatedAt
    }
  }
`);

/** Disputes waiting for the platform's evidence, soonest deadline first; shown only when there are some. */
export function DisputesCard() {
  const [{ data, error }, reexecute] = useQuery({ query: DisputesCard_Disputes, requestPolicy: 'cache-and-network' });
  useRefetchOnReconnect(reexecute);
  const [{ data: changed }] = useSubscription({ query: DisputesCard_PaymentUpdated });
  useRefetchOnEvent(changed, reexecute);
  if (error) return <ErrorNotice title="Could not read disputes" error={error} />;
  const disputes = data?.disputesNeedingResponse ?? [];
  if (disputes.length === 0) return null;
  return (
    <section className="card card-attention" aria-labelledby="disputes-title">
      <h2 id="disputes-title">Disputes needing a response</h2>
      <p className="muted">The platform settles readers' payments, so it answers their banks' disputes in the Stripe Dashboard.</p>
      <ul className="plain-list">
        {disputes.map((dispute) => (
          <li key={dispute.id} data-dispute-id={dispute.stripeDisputeId}>
            <Link to={`/payments/${dispute.paymentId}`}>{dispute.amount.formatted}</Link> · {dispute.reason}
            {dispute.evidenceDueBy && <> · evidence due {formatDateTime(dispute.evidenceDueBy)}</>}
          </li>
        ))}
      </ul>
    </section>
  );
}
