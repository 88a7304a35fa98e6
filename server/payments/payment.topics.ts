import { defineTopic } from '../pubsub/pubsub';
import { Payment } from './payment.entity';

/** A reader's payment was created or changed (paid, refunded, disputed). */
export const PaymentUpdated = defineTopic('PAYMENT_UPDATED', Payment);
