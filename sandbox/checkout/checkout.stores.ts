import { collectionStore, keyedMapStore } from '../kernel/sandbox.state';
import type { CheckoutSession, CheckoutSide } from './checkout-session.model';

export const CHECKOUT_SESSIONS = collectionStore<CheckoutSession>({
  name: 'checkoutSessions',
  idPrefix: 'cs_test',
  objectType: 'checkout.session',
  expandable: {
    payment_intent: 'payment_intent',
    customer: 'customer',
    // Not an id in the object: the session route adds the list itself when asked.
    line_items: { find: () => undefined },
  },
  counts: (sessions) => ({ checkout_sessions: sessions.size, open_checkout_sessions: sessions.values((session) => session.status === 'open').length }),
});

export const CHECKOUT_SIDES = keyedMapStore<CheckoutSide>({ name: 'checkoutSides' });

export const CHECKOUT_STORES = [CHECKOUT_SESSIONS, CHECKOUT_SIDES];
