import type { StripeEvent } from './event.model';
import { collectionStore } from './sandbox.state';

export const EVENTS = collectionStore<StripeEvent>({ name: 'events', idPrefix: 'evt', objectType: 'event', counts: (events) => ({ events: events.size }) });

export const EVENT_STORES = [EVENTS];
