import 'reflect-metadata';
import { createGatewayPubSub, Topic } from '../../server/pubsub/pubsub';
import { Transfer } from '../../server/transfers/transfer.entity';

const transferOf = (writerId: string) => Object.assign(new Transfer(), { id: `t-${writerId}`, writerId });

// Subscriptions read what is published with `for await`; these read it by hand, one step at a time.
describe('the pub/sub', () => {
  it('hands each published payload, the same object, to every subscriber whose filter takes it', async () => {
    const pubSub = createGatewayPubSub();
    const everyone = pubSub.subscribe(Topic.TransferUpdated);
    const mine = pubSub.subscribe(Topic.TransferUpdated, (transfer) => transfer.writerId === 'w1');
    const theirs = transferOf('w2');
    const own = transferOf('w1');
    pubSub.publish(Topic.TransferUpdated, theirs);
    pubSub.publish(Topic.TransferUpdated, own);
    expect((await everyone.next()).value).toBe(theirs);
    expect((await everyone.next()).value).toBe(own);
    expect((await mine.next()).value).toBe(own);
  });

  it('wakes a subscriber already waiting, and only for its topic', async () => {
    const pubSub = createGatewayPubSub();
    const waiting = pubSub.subscribe(Topic.SessionRevoked).next();
    pubSub.publish(Topic.TransferUpdated, transferOf('w1'));
    pubSub.publish(Topic.SessionRevoked, 'session-1');
    expect(await waiting).toEqual({ value: 'session-1', done: false });
  });

  it('ends a subscription that stops reading, or falls 1,024 events behind', async () => {
    const pubSub = createGatewayPubSub();
    const stopped = pubSub.subscribe(Topic.SessionRevoked);
    const pending = stopped.next();
    await stopped.return();
    expect(await pending).toEqual({ value: undefined, done: true });
    pubSub.publish(Topic.SessionRevoked, 'after');
    expect(await stopped.next()).toEqual({ value: undefined, done: true });

    const behind = pubSub.subscribe(Topic.SessionRevoked);
    for (let index = 0; index <= 1024; index += 1) pubSub.publish(Topic.SessionRevoked, `session-${index}`);
    expect(await behind.next()).toEqual({ value: undefined, done: true });
  });
});
