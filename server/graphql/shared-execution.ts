import { type ExecutionArgs, type ExecutionResult, createSourceEventStream, execute, print } from 'graphql';
import { mapAsyncIterator } from 'graphql/execution/mapAsyncIterator';
import type { Viewer } from '../identity/viewer';
import type { GatewayContext } from './context';

type Results = Map<string, Promise<ExecutionResult>>;

const isAsyncIterable = (value: unknown): value is AsyncIterable<unknown> => typeof (value as AsyncIterable<unknown>)?.[Symbol.asyncIterator] === 'function';

const rightsOf = (viewer: Viewer | null) => (viewer ? [viewer.userId, viewer.role, viewer.twoFactorVerified, viewer.writerId].join('|') : 'anonymous');

/**
 * graphql-js's `subscribe`, except that one published event is executed once per distinct
 * (operation, variables, viewer's rights) rather than once per subscriber: a thousand consoles
 * following transfers cost one execution per change, not a thousand. Each subscriber's own
 * `subscribe` resolver still runs (access checks and filters), and each answer is still
 * formatted for its own connection. Events are matched by identity: the pub/sub hands every
 * local subscriber the same payload object.
 */
export function createSharedSubscribe() {
  const resultsByEvent = new WeakMap<object, Results>();
  return async (args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> => {
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
    return mapAsyncIterator(source as AsyncGenerator<unknown>, executeFor) as AsyncGenerator<ExecutionResult>;
  };
}
