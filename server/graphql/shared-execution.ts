import { type ExecutionArgs, type ExecutionResult, createSourceEventStream, execute, print } from 'graphql';
import { mapAsyncIterator } from 'graphql/execution/mapAsyncIterator';
import type { Viewer } from '../identity/viewer';
import type { GatewayContext } from './context';

type Results = Map<string, Promise<ExecutionResult>>;

/** A subscription's arguments, with the way to send it a result's JSON directly when there is one. */
export interface SharedSubscriptionArgs extends ExecutionArgs {
  /** Sends one `next` message with this payload JSON to the subscriber (graphql-ws framing). */
  sendNext?: (payloadJson: string) => void;
}

const isAsyncIterable = (value: unknown): value is AsyncIterable<unknown> => typeof (value as AsyncIterable<unknown>)?.[Symbol.asyncIterator] === 'function';

const rightsOf = (viewer: Viewer | null) => (viewer ? [viewer.userId, viewer.role, viewer.twoFactorVerified, viewer.writerId].join('|') : 'anonymous');

/**
 * One subscriber's results, the ones without errors sent from here as they come (their JSON
 * written once per result, whoever receives it); only a result with errors is handed to
 * graphql-ws, which words it. Not a generator: ending it must not wait for the next event.
 */
class SentDirectly implements AsyncIterableIterator<ExecutionResult> {
  private stopped = false;

  constructor(
    private readonly source: AsyncIterator<unknown>,
    private readonly executeFor: (payload: unknown) => Promise<ExecutionResult>,
    private readonly sendNext: (payloadJson: string) => void,
    private readonly jsonOf: (result: ExecutionResult) => string,
  ) {}

  async next(): Promise<IteratorResult<ExecutionResult>> {
    for (;;) {
      const step = await this.source.next();
      if (step.done) return { value: undefined, done: true };
      const result = await this.executeFor(step.value).catch(async (error: unknown) => {
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
    const executeFor = (payload: unknown): Promise<ExecutionResult> => {
      const run = () => Promise.resolve(execute({ ...args, rootValue: payload }));
      if (typeof payload !== 'object' || payload === null) return run();
      let results = resultsByEvent.get(payload);
      if (!results) resultsByEvent.set(payload, (results = new Map()));
      let result = results.get(key);
      if (!result) results.set(key, (result = run()));
      return result;
    };
    const events = (source as AsyncIterable<unknown>)[Symbol.asyncIterator]();
    if (args.sendNext) return new SentDirectly(events, executeFor, args.sendNext, jsonOf);
    return mapAsyncIterator(source as AsyncGenerator<unknown>, executeFor) as AsyncIterableIterator<ExecutionResult>;
  };
}
