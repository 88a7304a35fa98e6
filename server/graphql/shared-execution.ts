import { type ExecutionArgs, type ExecutionResult, createSourceEventStream, execute, print } from 'graphql';
import { mapAsyncIterator } from 'graphql/execution/mapAsyncIterator';
import { isPromise } from 'graphql/jsutils/isPromise';
import type { Viewer } from '../identity/viewer';
import { TopicSubscription } from '../pubsub/pubsub';
import type { GatewayContext } from './context';
import { DrainedDirectly, type ExecuteFor } from './direct-sends';

/** By operation key: the result, or its promise until it settles. */
type Results = Map<string, ExecutionResult | Promise<ExecutionResult>>;

/** A subscription's arguments, with the way to send it a result's JSON directly when there is one. */
export interface SharedSubscriptionArgs extends ExecutionArgs {
  /** Sends one `next` message with this payload JSON to the subscriber (graphql-ws framing). */
  sendNext?: (payloadJson: string) => void;
}

const isAsyncIterable = (value: unknown): value is AsyncIterable<unknown> => typeof (value as AsyncIterable<unknown>)?.[Symbol.asyncIterator] === 'function';

const rightsOf = (viewer: Viewer | null) => (viewer ? [viewer.userId, viewer.role, viewer.twoFactorVerified, viewer.writerId].join('|') : 'anonymous');

/**
 * As DrainedDirectly, for a source other than a pub/sub topic: the results without errors sent
 * from here as they come; only a result with errors is handed to graphql-ws, which words it.
 * Not a generator: ending it must not wait for the next event.
 */
class SentDirectly implements AsyncIterableIterator<ExecutionResult> {
  private stopped = false;

  constructor(
    private readonly source: AsyncIterator<unknown>,
    private readonly executeFor: ExecuteFor,
    private readonly sendNext: (payloadJson: string) => void,
    private readonly jsonOf: (result: ExecutionResult) => string,
  ) {}

  async next(): Promise<IteratorResult<ExecutionResult>> {
    for (;;) {
      const step = await this.source.next();
      if (step.done) return { value: undefined, done: true };
      const result = await Promise.resolve(this.executeFor(step.value)).catch(async (error: unknown) => {
        await this.return();
        throw error;
      });
      if (result.errors) return { value: result, done: false };
      if (!this.stopped) this.sendNext(this.jsonOf(result));
    }
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    this.stopped = true;
    await this.source.return?.();
    return { value: undefined, done: true };
  }

  async throw(error: unknown): Promise<IteratorResult<ExecutionResult>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

/**
 * graphql-js's `subscribe`, except that one published event is executed once per distinct
 * (operation, variables, viewer's rights) rather than once per subscriber, and serialized once:
 * a thousand consoles following transfers cost one execution and one JSON text per change, not
 * a thousand. Each subscriber's own `subscribe` resolver still runs (access checks and filters).
 * Events are matched by identity: the pub/sub hands every local subscriber the same payload object.
 */
export function createSharedSubscribe() {
  const resultsByEvent = new WeakMap<object, Results>();
  const jsonByResult = new WeakMap<ExecutionResult, string>();
  const jsonOf = (result: ExecutionResult) => {
    let json = jsonByResult.get(result);
    if (json === undefined) jsonByResult.set(result, (json = JSON.stringify(result)));
    return json;
  };
  return async (args: SharedSubscriptionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> => {
    const source = await createSourceEventStream(args);
    if (!isAsyncIterable(source)) return source as ExecutionResult;
    const context = args.contextValue as GatewayContext | undefined;
    const key = [rightsOf(context?.viewer ?? null), args.operationName ?? '', JSON.stringify(args.variableValues ?? {}), print(args.document)].join('\n');
    const executeFor = (payload: unknown): ExecutionResult | Promise<ExecutionResult> => {
      if (typeof payload !== 'object' || payload === null) return execute({ ...args, rootValue: payload });
      let results = resultsByEvent.get(payload);
      if (!results) resultsByEvent.set(payload, (results = new Map()));
      const known = results.get(key);
      if (known) return known;
      const result = execute({ ...args, rootValue: payload });
      results.set(key, result);
      // Settled, it is handed out as it is: the subscribers after this one wait for nothing.
      if (isPromise(result))
        void result.then(
          (settled) => results.set(key, settled),
          () => undefined,
        );
      return result;
    };
    if (args.sendNext && source instanceof TopicSubscription) return new DrainedDirectly(source, executeFor, { send: args.sendNext, jsonOf });
    const events = (source as AsyncIterable<unknown>)[Symbol.asyncIterator]();
    if (args.sendNext) return new SentDirectly(events, executeFor, args.sendNext, jsonOf);
    return mapAsyncIterator(source as AsyncGenerator<unknown>, executeFor) as AsyncIterableIterator<ExecutionResult>;
  };
}
