import { GraphQLInt, GraphQLObjectType, GraphQLSchema, type ExecutionResult, parse } from 'graphql';
import { createSharedSubscribe } from '../../server/graphql/shared-execution';
import { Role } from '../../server/identity/viewer';
import { MAX_PENDING_CHANGES, SubscriberTooSlowError, createGatewayPubSub, defineTopic } from '../../server/pubsub/pubsub';

const Changed = defineTopic<{ amount: number }>('CHANGED');

// A change's payload is an object; this one carries the number each subscriber is sent.
interface Change {
  amount: number;
}

function schemaOn(pubSub: ReturnType<typeof createGatewayPubSub>, executions: { count: number }) {
  const amount = {
    type: GraphQLInt,
    resolve: (change: Change) => {
      executions.count += 1;
      return change.amount;
    },
  };
  const failing = { type: GraphQLInt, resolve: (change: Change) => (change.amount < 0 ? Promise.reject(new Error('negative')) : change.amount) };
  // Odd amounts take a while (a loader, say); even ones are at hand.
  const slow = {
    type: GraphQLInt,
    resolve: (change: Change) => (change.amount % 2 ? new Promise((resolve) => setTimeout(() => resolve(change.amount), 20)) : change.amount),
  };
  const changed = new GraphQLObjectType({ name: 'Changed', fields: { amount, failing, slow } });
  return new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLInt } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: { changed: { type: changed, subscribe: () => pubSub.subscribe(Changed), resolve: (change: Change) => change } },
    }),
  });
}

describe('shared subscription execution', () => {
  const viewer = { userId: 'u1', role: Role.ADMIN, twoFactorVerified: true, writerId: null };

  it('executes and serializes a change once for every subscriber of the same operation, and sends it directly', async () => {
    const pubSub = createGatewayPubSub();
    const executions = { count: 0 };
    const schema = schemaOn(pubSub, executions);
    const subscribe = createSharedSubscribe();
    const sent: string[][] = [[], []];
    const iterators = await Promise.all(
      sent.map((messages) =>
        subscribe({ schema, document: parse('subscription { changed { amount } }'), contextValue: { viewer }, sendNext: (json) => messages.push(json) }),
      ),
    );
    const pending = iterators.map((iterator) => (iterator as AsyncIterator<ExecutionResult>).next());
    pubSub.publish(Changed, { amount: 7 });
    await new Promise((resolve) => setImmediate(resolve));
    expect(sent).toEqual([['{"data":{"changed":{"amount":7}}}'], ['{"data":{"changed":{"amount":7}}}']]);
    expect(executions.count).toBe(1);

    // Ending a subscription does not wait for another change.
    for (const iterator of iterators) await (iterator as AsyncIterator<ExecutionResult>).return!();
    expect(await Promise.all(pending)).toEqual([
      { value: undefined, done: true },
      { value: undefined, done: true },
    ]);
  });

  it('hands a result with errors to graphql-ws instead, to be worded there', async () => {
    const pubSub = createGatewayPubSub();
    const subscribe = createSharedSubscribe();
    const sent: string[] = [];
    const iterator = (await subscribe({
      schema: schemaOn(pubSub, { count: 0 }),
      document: parse('subscription { changed { failing } }'),
      contextValue: { viewer },
      sendNext: (json) => sent.push(json),
    })) as AsyncIterator<ExecutionResult>;
    const next = iterator.next();
    pubSub.publish(Changed, { amount: 3 });
    pubSub.publish(Changed, { amount: -1 });
    const { value } = await next;
    expect(sent).toEqual(['{"data":{"changed":{"failing":3}}}']);
    expect(value?.errors?.[0].message).toBe('negative');
    await iterator.return!();
  });

  it('sends each subscriber its changes in the order published, an execution that takes a while included', async () => {
    const pubSub = createGatewayPubSub();
    const subscribe = createSharedSubscribe();
    const sent: string[][] = [[], []];
    const iterators = await Promise.all(
      sent.map((messages) =>
        subscribe({
          schema: schemaOn(pubSub, { count: 0 }),
          document: parse('subscription { changed { slow } }'),
          contextValue: { viewer },
          sendNext: (json) => messages.push(json),
        }),
      ),
    );
    for (const amount of [1, 2, 3, 4]) pubSub.publish(Changed, { amount });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const expected = [1, 2, 3, 4].map((amount) => `{"data":{"changed":{"slow":${amount}}}}`);
    expect(sent).toEqual([expected, expected]);
    for (const iterator of iterators) await (iterator as AsyncIterator<ExecutionResult>).return!();
  });

  it('ends, with the reason, a subscription that falls too far behind, after what it held', async () => {
    const pubSub = createGatewayPubSub();
    const subscribe = createSharedSubscribe();
    const sent: string[] = [];
    const iterator = (await subscribe({
      schema: schemaOn(pubSub, { count: 0 }),
      document: parse('subscription { changed { amount } }'),
      contextValue: { viewer },
      sendNext: (json) => sent.push(json),
    })) as AsyncIterator<ExecutionResult>;
    // Published in one go, before the subscriber has had a turn to take any.
    for (let amount = 1; amount <= MAX_PENDING_CHANGES + 1; amount += 1) pubSub.publish(Changed, { amount });
    await expect(iterator.next()).rejects.toThrow(SubscriberTooSlowError);
    expect(sent).toHaveLength(MAX_PENDING_CHANGES);
    expect(sent.at(-1)).toBe(`{"data":{"changed":{"amount":${MAX_PENDING_CHANGES}}}}`);
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
  });
});
