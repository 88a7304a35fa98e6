import { defineTopic } from '../pubsub/pubsub';
import { Payout } from './payout.entity';

/** A payout of a writer's balance to their bank was made or changed status. */
export const PayoutUpdated = defineTopic('PAYOUT_UPDATED', Payout);
