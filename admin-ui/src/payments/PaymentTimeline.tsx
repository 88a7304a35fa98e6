import type { PaymentPage_PaymentFragment } from '../gql/graphql';
import { StatusBadge } from '../ui/StatusBadge';
import { Timestamp } from '../ui/Timestamp';

interface Step {
  key: string;
  title: string;
  detail: string;
  id?: string | null;
  at?: string | null;
  status?: string;
}

/** The payment's path through Stripe: session → charge → transfer → fee → refunds and disputes. */
function stepsOf(payment: PaymentPage_PaymentFragment): Step[] {
  const steps: Step[] = [
    {
      key: 'session',
      title: 'Checkout Session opened',
      detail: payment.description ?? 'The reader was sent to Stripe’s payment page.',
      id: payment.stripeCheckoutSessionId,
      at: payment.createdAt,
    },
  ];
  if (payment.stripeChargeId || payment.paidAt)
    steps.push({
      key: 'charge',
      title: 'Reader charged',
      detail: `${payment.amount.formatted} on the platform's account`,
      id: payment.stripeChargeId,
      at: payment.paidAt,
    });
  else if (payment.status !== 'OPEN')
    steps.push({ key: 'charge', title: 'Payment', detail: payment.failureMessage ?? 'No charge was made.', status: payment.status });
  if (payment.stripeTransferId)
    steps.push({
      key: 'transfer',
      title: 'Sent to the writer',
      detail: `${payment.amount.formatted} to ${payment.writer.displayName}'s account (destination charge)`,
      id: payment.stripeTransferId,
    });
  if (payment.stripeApplicationFeeId)
    steps.push({
      key: 'fee',
      title: 'Platform fee collected',
      detail: `${payment.applicationFee.formatted} back from the writer's account`,
      id: payment.stripeApplicationFeeId,
    });
  for (const refund of payment.refunds) {
    const extras = [refund.reverseTransfer && 'writer’s share reversed', refund.refundApplicationFee && 'fee refunded'].filter(Boolean).join(', ');
    steps.push({
      key: refund.id,
      title: `Refund of ${refund.amount.formatted}`,
      detail: extras || 'Refunded by the platform',
      id: refund.stripeRefundId,
      at: refund.createdAt,
      status: refund.status,
    });
  }
  for (const dispute of payment.disputes) {
    const due = dispute.evidenceDueBy ? ` · evidence due ${new Date(dispute.evidenceDueBy).toLocaleString()}` : '';
    steps.push({
      key: dispute.id,
      title: `Dispute: ${dispute.reason}`,
      detail: `${dispute.amount.formatted} taken from the platform balance${due}`,
      id: dispute.stripeDisputeId,
      at: dispute.createdAt,
      status: dispute.status,
    });
  }
  return steps;
}

export function PaymentTimeline({ payment }: { payment: PaymentPage_PaymentFragment }) {
  return (
    <section className="card" aria-labelledby="payment-timeline-title">
      <h2 id="payment-timeline-title">Timeline</h2>
      <ol className="timeline">
        {stepsOf(payment).map((step) => (
          <li key={step.key} data-step={step.key}>
            <p>
              <strong>{step.title}</strong> {step.status && <StatusBadge status={step.status} />}
            </p>
            <p className="muted">
              {step.detail}
              {step.id && (
                <>
                  {' '}
                  · <code>{step.id}</code>
                </>
              )}
              {step.at && (
                <>
                  {' '}
                  · <Timestamp iso={step.at} />
                </>
              )}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
