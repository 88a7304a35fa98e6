import 'reflect-metadata';
import { statusFromStripe } from '../../server/stripe/stripe-statuses';
import { DisputeStatus } from '../../server/payments/dispute-status';
import { RefundStatus } from '../../server/payments/refund-status';
import { PayoutStatus } from '../../server/payouts/payout-status';
import { TopUpStatus } from '../../server/topups/top-up-status';

describe("Stripe's statuses in ours", () => {
  it('reads each status Stripe documents as ours in capitals', () => {
    const topUps = ['pending', 'succeeded', 'failed', 'canceled', 'reversed'].map((s) => statusFromStripe(TopUpStatus, s, TopUpStatus.PENDING));
    expect(topUps).toEqual(['PENDING', 'SUCCEEDED', 'FAILED', 'CANCELED', 'REVERSED']);
    const payouts = ['pending', 'in_transit', 'paid', 'failed', 'canceled'].map((s) => statusFromStripe(PayoutStatus, s, PayoutStatus.PENDING));
    expect(payouts).toEqual(['PENDING', 'IN_TRANSIT', 'PAID', 'FAILED', 'CANCELED']);
    expect(statusFromStripe(DisputeStatus, 'warning_under_review', DisputeStatus.NEEDS_RESPONSE)).toBe('WARNING_UNDER_REVIEW');
  });

  it('folds an alias into one of ours', () => {
    const aliases = { requires_action: RefundStatus.PENDING };
    const refunds = ['pending', 'requires_action', 'succeeded', 'failed', 'canceled'].map((s) =>
      statusFromStripe(RefundStatus, s, RefundStatus.PENDING, aliases),
    );
    expect(refunds).toEqual(['PENDING', 'PENDING', 'SUCCEEDED', 'FAILED', 'CANCELED']);
  });

  it('reads a status this version does not know, or none, as the one given for it', () => {
    expect(statusFromStripe(TopUpStatus, 'on_hold', TopUpStatus.PENDING)).toBe('PENDING');
    expect(statusFromStripe(RefundStatus, null, RefundStatus.PENDING)).toBe('PENDING');
    expect(statusFromStripe(DisputeStatus, 'unknown_new', DisputeStatus.NEEDS_RESPONSE)).toBe('NEEDS_RESPONSE');
  });
});
