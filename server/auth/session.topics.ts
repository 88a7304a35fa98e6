import { defineTopic } from '../pubsub/pubsub';

/** A session was signed out (its id): its WebSocket connections close on every instance. */
export const SessionRevoked = defineTopic<string>('SESSION_REVOKED');
