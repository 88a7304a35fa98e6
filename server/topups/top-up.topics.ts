import { defineTopic } from '../pubsub/pubsub';
import { TopUp } from './top-up.entity';

/** A top-up was created or changed status. */
export const TopUpUpdated = defineTopic('TOP_UP_UPDATED', TopUp);
