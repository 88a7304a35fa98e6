import type { AuditDetails } from '../audit/audit-entry.entity';
import type { AuditInput } from '../audit/audit.service';
import type { PaymentRefund } from './payment-refund.entity';
import type { Payment } from './payment.entity';

/** The audit entry of what happened to a refund of `payment`; `details` add what is the event's own. */
export function refundAudit(payment: Payment, refund: PaymentRefund, entry: Pick<AuditInput, 'actorUserId' | 'action'>, details: AuditDetails): AuditInput {
  return {
    ...entry,
    subjectType: 'Refund',
    subjectId: refund.id,
    amountMinor: refund.amountMinor,
    currency: refund.currency,
    details: {
      paymentId: payment.id,
      writerId: payment.writerId,
      ...details,
      reverseTransfer: refund.reverseTransfer,
      refundApplicationFee: refund.refundApplicationFee,
    },
  };
}
