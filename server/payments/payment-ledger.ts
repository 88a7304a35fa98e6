import type { EntityManager } from 'typeorm';
import { AuditAction } from '../audit/audit-action';
import type { AuditService } from '../audit/audit.service';
import type { PaymentRefund } from './payment-refund.entity';
import type { Payment } from './payment.entity';

/**
 * The two moments a payment moves the platform's books, each called once, inside the
 * transaction that records it: the charge succeeded (the writer's share and the platform's fee
 * arrive), and a refund succeeded (the reader's money leaves). The double-entry ledger posts
 * its entries here; until then the audit trail carries the same amounts.
 */
export class PaymentLedger {
  constructor(private readonly audit: AuditService) {}

  async paymentSucceeded(manager: EntityManager, payment: Payment): Promise<void> {
    await this.audit.record(manager, {
      actorUserId: null,
      action: AuditAction.PAYMENT_SUCCEEDED,
      subjectType: 'Payment',
      subjectId: payment.id,
      amountMinor: payment.amountMinor,
      currency: payment.currency,
      details: {
        writerId: payment.writerId,
        writerShareMinor: payment.amountMinor - payment.applicationFeeMinor,
        applicationFeeMinor: payment.applicationFeeMinor,
        stripePaymentIntentId: payment.stripePaymentIntentId,
      },
    });
  }

  async refundSucceeded(manager: EntityManager, payment: Payment, refund: PaymentRefund): Promise<void> {
    await this.audit.record(manager, {
      actorUserId: null,
      action: AuditAction.PAYMENT_REFUND_SUCCEEDED,
      subjectType: 'Refund',
      subjectId: refund.id,
      amountMinor: refund.amountMinor,
      currency: refund.currency,
      details: {
        paymentId: payment.id,
        writerId: payment.writerId,
        stripeRefundId: refund.stripeRefundId,
        reverseTransfer: refund.reverseTransfer,
        refundApplicationFee: refund.refundApplicationFee,
      },
    });
  }
}
