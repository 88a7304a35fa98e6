import type Stripe from 'stripe';

export interface Outcome {
  id: string;
  outcome: string;
}

/** An event to store, with the body Stripe signed when there is one (kept as sent, not serialized again). */
export interface Received {
  event: Stripe.Event;
  rawBody?: Buffer;
}

/** A write to webhook_events: an event received, to store, or what applying one did. */
export type StoreWrite = { received: Received; outcome?: undefined } | { outcome: Outcome; received?: undefined };

/** The stored text of an event: the signed body as received, else the event serialized. */
export const payloadOf = ({ event, rawBody }: Received): string => (rawBody ? rawBody.toString('utf8') : JSON.stringify(event));

/** What is written of an outcome (the column holds 200 characters). */
export const outcomeText = (outcome: Outcome): string => outcome.outcome.slice(0, 200);

/** The first of each id among the events received; the results of a batch answer it with `isNewIn`. */
export function firstOfEachId(received: Received[]): Received[] {
  const first = new Map<string, Received>();
  for (const item of received) if (!first.has(item.event.id)) first.set(item.event.id, item);
  return [...first.values()];
}

/** The first of an id that was inserted is new; one held before, or its repeat in the batch, is not. */
export function isNewIn(received: Received[], inserted: Set<unknown>): boolean[] {
  return received.map(({ event }) => inserted.delete(event.id));
}

/** One result per write, in order: whether each received event is new (undefined for an outcome). */
export function resultsInOrder(writes: StoreWrite[], isNew: boolean[]): Array<boolean | undefined> {
  let nextReceived = 0;
  return writes.map((write) => (write.received ? isNew[nextReceived++] : undefined));
}

export function split(writes: StoreWrite[]): { received: Received[]; outcomes: Outcome[] } {
  const received: Received[] = [];
  const outcomes: Outcome[] = [];
  for (const write of writes) {
    if (write.received) received.push(write.received);
    else outcomes.push(write.outcome);
  }
  return { received, outcomes };
}
