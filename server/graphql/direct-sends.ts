import type { ExecutionResult } from 'graphql';
import { isPromise } from 'graphql/jsutils/isPromise';
import type { TopicSubscription } from '../pubsub/pubsub';

/** One subscriber's execution of a change: shared with the other subscribers of the same operation. */
export type ExecuteFor = (payload: unknown) => ExecutionResult | Promise<ExecutionResult>;

/** How a subscriber's results leave: the ones without errors as JSON, written once per result whoever receives it. */
export interface DirectSends {
  send: (payloadJson: string) => void;
  jsonOf: (result: ExecutionResult) => string;
}

const DONE: IteratorResult<never> = { value: undefined, done: true };

type Handed = { step: IteratorResult<ExecutionResult> } | { error: Error };

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

/**
 * One subscriber's results, sent from here as its changes come: it takes them from its own
 * queue as soon as they are queued (a microtask later, never inside the publisher) and, when the
 * shared execution is already done, executes and sends without waiting on any promise. Only a
 * result with errors goes to graphql-ws (its `next`), which words it; nothing more is sent until
 * graphql-ws asks for the next one, so that order holds. Ending it does not wait for a change.
 */
export class DrainedDirectly implements AsyncIterableIterator<ExecutionResult> {
  private scheduled = false;
  private executing = false;
  /** A result with errors was handed to graphql-ws, which has not asked for another yet. */
  private untaken = false;
  private stopped = false;
  private handed: Handed | undefined;
  private asking: { resolve: (step: IteratorResult<ExecutionResult>) => void; reject: (error: Error) => void } | undefined;

  constructor(
    private readonly source: TopicSubscription<unknown>,
    private readonly executeFor: ExecuteFor,
    private readonly sends: DirectSends,
  ) {
    source.listen(() => this.schedule());
    this.schedule();
  }

  next(): Promise<IteratorResult<ExecutionResult>> {
    const handed = this.handed;
    if (handed) {
      this.handed = undefined;
      return 'error' in handed ? Promise.reject(handed.error) : Promise.resolve(handed.step);
    }
    if (this.untaken) {
      this.untaken = false;
      this.schedule();
    }
    if (this.stopped) return Promise.resolve(DONE);
    return new Promise((resolve, reject) => (this.asking = { resolve, reject }));
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    this.stopped = true;
    this.asking?.resolve(DONE);
    this.asking = undefined;
    await this.source.return();
    return DONE;
  }

  async throw(error: unknown): Promise<IteratorResult<ExecutionResult>> {
    await this.return();
    throw asError(error);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      this.drain();
    });
  }

  private drain(): void {
    while (!this.stopped && !this.executing && !this.untaken) {
      let step: IteratorResult<unknown> | undefined;
      try {
        step = this.source.poll();
      } catch (error) {
        this.end({ error: asError(error) });
        return;
      }
      if (!step) return;
      if (step.done) {
        this.end({ step: DONE });
        return;
      }
      let result: ExecutionResult | Promise<ExecutionResult>;
      try {
        result = this.executeFor(step.value);
      } catch (error) {
        void this.source.return();
        this.end({ error: asError(error) });
        return;
      }
      if (!isPromise(result)) {
        this.handle(result);
        continue;
      }
      this.executing = true;
      result.then(
        (settled) => {
          this.executing = false;
          this.handle(settled);
          this.drain();
        },
        (error: unknown) => {
          this.executing = false;
          void this.source.return();
          this.end({ error: asError(error) });
        },
      );
      return;
    }
  }

  private handle(result: ExecutionResult): void {
    if (this.stopped) return;
    if (!result.errors) {
      this.sends.send(this.sends.jsonOf(result));
      return;
    }
    this.untaken = true;
    this.hand({ step: { value: result, done: false } });
  }

  private end(handed: Handed): void {
    if (this.stopped) return;
    this.hand(handed);
    this.stopped = true;
  }

  private hand(handed: Handed): void {
    const asking = this.asking;
    this.asking = undefined;
    if (!asking) this.handed = handed;
    else if ('error' in handed) asking.reject(handed.error);
    else asking.resolve(handed.step);
  }
}
