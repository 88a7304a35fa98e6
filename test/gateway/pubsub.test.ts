import { createPubSub, type PubSubEventTarget } from '@graphql-yoga/subscription';
import { MAX_UNSENT_BYTES, nextSender } from '../../server/http/subscription-server';
import {
  MAX_PENDING_CHANGES,
  type TopicPayloads,
  SubscriberTooSlowError,
  TopicSubscription,
  createGatewayPubSub,
  defineTopic,
  filter,
} from '../../server/pubsub/pubsub';

interface Change {
  writerId: string;
  amount: number;
}

const Changed = defineTopic<Change>('CHANGED');
const Other = defineTopic<Change>('OTHER');

async function take<Payload>(subscription: AsyncIterator<Payload>, count: number): Promise<Payload[]> {
  const taken: Payload[] = [];
  for (let index = 0; index < count; index += 1) {
    const step = await subscription.next();
    if (step.done) break;
    taken.push(step.value);
  }
  return taken;
}

const change = (amount: number, writerId = 'w1'): Change => ({ writerId, amount });

describe('pub/sub with a queue per subscriber', () => {
  it('hands every subscriber every change of its topic, in order, the same object to all', async () => {
    const pubSub = createGatewayPubSub();
    const first = pubSub.subscribe(Changed);
    const second = pubSub.subscribe(Changed);
    const other = pubSub.subscribe(Other);
    const published = [1, 2, 3].map((amount) => change(amount));
    for (const payload of published) pubSub.publish(Changed, payload);
    expect(await take(first, 3)).toEqual(published);
    const received = await take(second, 3);
    expect(received).toEqual(published);
    received.forEach((payload, index) => expect(payload).toBe(published[index]));
    expect(other.size).toBe(0);
  });

  it('wakes a subscriber already waiting, and keeps only what a filter accepts, as it is published', async () => {
    const pubSub = createGatewayPubSub();
    const mine = filter((payload: Change) => payload.writerId === 'w1')(pubSub.subscribe(Changed));
    const waiting = mine.next();
    pubSub.publish(Changed, change(1));
    expect(await waiting).toEqual({ value: change(1), done: false });
    pubSub.publish(Changed, change(2, 'w2'));
    pubSub.publish(Changed, change(3));
    expect(mine.size).toBe(1);
    expect(await take(mine, 1)).toEqual([change(3)]);
  });

  it('keeps each subscriber to itself: one that takes nothing delays no other', async () => {
    const pubSub = createGatewayPubSub();
    const idle = pubSub.subscribe(Changed);
    const busy = pubSub.subscribe(Changed);
    for (let amount = 1; amount <= 100; amount += 1) {
      pubSub.publish(Changed, change(amount));
      expect((await busy.next()).value).toEqual(change(amount));
    }
    expect(idle.size).toBe(100);
    expect(busy.size).toBe(0);
  });

  it('ends a subscriber that falls too far behind, after what it holds, and the others go on', async () => {
    let left = 0;
    const slow = new TopicSubscription<number>(() => (left += 1), 3);
    for (let amount = 1; amount <= 5; amount += 1) slow.deliver(amount);
    expect(left).toBe(1);
    expect(slow.size).toBe(3);
    expect(await take(slow, 3)).toEqual([1, 2, 3]);
    await expect(slow.next()).rejects.toThrow(SubscriberTooSlowError);
    expect(await slow.next()).toEqual({ value: undefined, done: true });

    const pubSub = createGatewayPubSub();
    const behind = pubSub.subscribe(Changed);
    const keeping = pubSub.subscribe(Changed);
    for (let amount = 0; amount <= MAX_PENDING_CHANGES; amount += 1) {
      pubSub.publish(Changed, change(amount));
      await keeping.next();
    }
    expect(behind.size).toBe(MAX_PENDING_CHANGES);
    expect(pubSub.subscriberCount(Changed)).toBe(1);
  });

  it('leaves the topic when a subscriber ends, ending a pending wait at once', async () => {
    const pubSub = createGatewayPubSub();
    const first = pubSub.subscribe(Changed);
    const second = pubSub.subscribe(Changed);
    expect(pubSub.subscriberCount(Changed)).toBe(2);
    const waiting = first.next();
    expect(await first.return()).toEqual({ value: undefined, done: true });
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(pubSub.subscriberCount(Changed)).toBe(1);
    pubSub.publish(Changed, change(1));
    expect(await first.next()).toEqual({ value: undefined, done: true });
    await second.return();
    expect(pubSub.subscriberCount(Changed)).toBe(0);
  });

  it('listens on a shared event target (Redis) once per topic, only while someone subscribes', async () => {
    const target = new EventTarget() as PubSubEventTarget<TopicPayloads>;
    const added: string[] = [];
    const removed: string[] = [];
    const counting: PubSubEventTarget<TopicPayloads> = {
      addEventListener: (topic, listener, options) => (added.push(topic), target.addEventListener(topic, listener, options)),
      removeEventListener: (topic, listener, options) => (removed.push(topic), target.removeEventListener(topic, listener, options)),
      dispatchEvent: (event) => target.dispatchEvent(event),
    };
    const here = createGatewayPubSub(counting);
    const elsewhere = createGatewayPubSub(counting);
    const subscriptions = [here.subscribe(Changed), here.subscribe(Changed)];
    expect(added).toEqual(['CHANGED']);
    elsewhere.publish(Changed, change(7));
    for (const subscription of subscriptions) expect(await take(subscription, 1)).toEqual([change(7)]);
    for (const subscription of subscriptions) await subscription.return();
    expect(removed).toEqual(['CHANGED']);
    // What yoga's own PubSub publishes on the same target arrives too.
    const again = here.subscribe(Changed);
    createPubSub<TopicPayloads>({ eventTarget: counting }).publish('CHANGED', change(8));
    expect(await take(again, 1)).toEqual([change(8)]);
  });
});

describe('a connection whose client stopped reading', () => {
  it('is closed (1013) once it holds more than MAX_UNSENT_BYTES unsent, instead of growing', () => {
    const closes: Array<[number | undefined, string | undefined]> = [];
    const sent: string[] = [];
    const socket = {
      OPEN: 1 as const,
      readyState: 1 as 0 | 1 | 2 | 3,
      bufferedAmount: 0,
      send: (data: string) => void sent.push(data),
      close(code?: number, reason?: string) {
        closes.push([code, reason]);
        this.readyState = 2;
      },
    };
    const send = nextSender(socket as unknown as Parameters<typeof nextSender>[0], '7');
    send('{"data":{"n":1}}');
    expect(sent).toEqual(['{"id":"7","type":"next","payload":{"data":{"n":1}}}']);
    socket.bufferedAmount = MAX_UNSENT_BYTES + 1;
    send('{"data":{"n":2}}');
    send('{"data":{"n":3}}');
    expect(sent).toHaveLength(1);
    expect(closes).toEqual([[1013, expect.stringContaining('Too far behind')]]);
  });
});
