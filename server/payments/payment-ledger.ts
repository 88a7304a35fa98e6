import type { EntityManager } from 'typeorm';
import { AuditAction } from '../audit/audit-action';
import type { AuditService } from '../audit/audit.service';
import { LedgerAccount } from '../ledger/ledger-account';
import { type LedgerService, credit, debit } from '../ledger/ledger.service';
import type { PaymentRefund } from './payment-refund.entity';
import type { Payment } from './payment.entity';
import { refundAudit } from './refund-audit';

/**
 * The two moments a payment moves the platform's books, each called once, inside the
 * transaction that records it: the charge succeeded (the writer's share and the platform's fee
 * arrive), and a refund succeeded (the reader's money leaves). Each posts one balanced ledger
 * transaction (once, by reference) and an audit entry with the same amounts.
 */
export class PaymentLedger {
  constructor(
    private readonly audit: AuditService,
    private readonly ledger: LedgerService,
  ) {}

  async paymentSucceeded(manager: EntityManager, payment: Payment): Promise<void> {
    const writerShare = payment.amountMinor - payment.applicationFeeMinor;
    await this.ledger.post(manager, {
      kind: 'PAYMENT_SUCCEEDED',
      reference: `payment:${payment.id}:succeeded`,
      currency: payment.currency,
      description: payment.description,
      lines: [
        debit(LedgerAccount.READER_PAYMENTS, payment.amountMinor),
        credit(LedgerAccount.WRITER_PAID, writerShare, payment.writerId),
        credit(LedgerAccount.APPLICATION_FEES, payment.applicationFeeMinor),
      ].filter((line) => line.amountMinor !== 0),
    });
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
    const { reversed, feeRefunded, platform } = refundShares(payment, refund);
    await this.ledger.post(manager, {
      kind: 'PAYMENT_REFUNDED',
      reference: `refund:${refund.id}:succeeded`,
      currency: refund.currency,
      lines: [
        debit(LedgerAccount.WRITER_PAID, reversed, payment.writerId),
        debit(LedgerAccount.APPLICATION_FEES, feeRefunded),
        debit(LedgerAccount.PLATFORM_CASH, platform),
        credit(LedgerAccount.READER_PAYMENTS, refund.amountMinor),
      ].filter((line) => line.amountMinor !== 0),
    });
    const succeeded = { actorUserId: null, action: AuditAction.PAYMENT_REFUND_SUCCEEDED };
    await this.audit.record(manager, refundAudit(payment, refund, succeeded, { stripeRefundId: refund.stripeRefundId }));
  }
}

/**
 * Who gives back a refund's amount: Stripe reverses the writer's transfer and refunds the
 * application fee in proportion to the refund (when asked); the platform's cash covers the rest.
 */
export function refundShares(payment: Payment, refund: PaymentRefund): { reversed: number; feeRefunded: number; platform: number } {
  const fraction = payment.amountMinor > 0 ? refund.amountMinor / payment.amountMinor : 0;
  const reversed = refund.reverseTransfer ? Math.round((payment.amountMinor - payment.applicationFeeMinor) * fraction) : 0;
  const feeRefunded = refund.refundApplicationFee ? Math.round(payment.applicationFeeMinor * fraction) : 0;
  return { reversed, feeRefunded, platform: refund.amountMinor - reversed - feeRefunded };
}
