import { defineTopic } from '../pubsub/pubsub';
import { Transfer } from './transfer.entity';

/** A transfer was created or changed (paid, failed, reversed). */
export const TransferUpdated = defineTopic('TRANSFER_UPDATED', Transfer);
