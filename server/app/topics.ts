import { SessionRevoked } from '../auth/session.topics';
import { PaymentUpdated } from '../payments/payment.topics';
import { PayoutRunProgressed } from '../payout-runs/payout-run.topics';
import { PayoutUpdated } from '../payouts/payout.topics';
import { TopUpUpdated } from '../topups/top-up.topics';
import { TransferUpdated } from '../transfers/transfer.topics';
import { OnboardingStatusChanged } from '../writers/writer.topics';

/** Every subscription topic the domains declare: with Redis, their payload classes are rebuilt on arrival. */
export const gatewayTopics = [OnboardingStatusChanged, TopUpUpdated, TransferUpdated, PaymentUpdated, PayoutUpdated, PayoutRunProgressed, SessionRevoked];
