import type { EventEmitter } from 'node:events';

/** Long enough for background work (webhooks, recovery) on a loaded 2-core machine; a wait ends as soon as its check holds. */
export const DEFAULT_WAIT_TIMEOUT_MS = 20_000;
const POLL_INTERVAL_MS = 50;

export interface WaitOptions {
  /** What is awaited, as the timeout error names it. */
  what: string;
  /** The upper bound; a check that holds ends the wait at once. */
  timeoutMs?: number;
  /** Emits `change` whenever the check may have a new answer; without it the check is polled. */
  changes?: EventEmitter;
  /** How often to poll without `changes` (50 ms by default). */
  intervalMs?: number;
  /** More for the timeout error, such as a process's output. */
  context?: () => string;
}

/** A value that ends a wait when no `until` is given: anything but `undefined`, `null` or `false`. */
type Answer<T> = Exclude<T, undefined | null | false>;
const isAnswer = <T>(value: T): value is Answer<T> => value !== undefined && value !== null && value !== false;

/**
 * The one way tests wait: re-runs `check` (reading a record, or looking at what an event
 * stream has delivered) until its value ends the wait (`until` holds, or any answer at all), and
 * resolves with that value. On timeout it fails naming what it waited for and the last value
 * it saw. A check that throws ends the wait with that error.
 */
export function waitFor<T, Done extends T>(check: () => T | Promise<T>, options: WaitOptions & { until: (value: T) => value is Done }): Promise<Done>;
export function waitFor<T>(check: () => T | Promise<T>, options: WaitOptions & { until: (value: T) => unknown }): Promise<T>;
export function waitFor<T>(check: () => T | Promise<T>, options: WaitOptions): Promise<Answer<T>>;
export async function waitFor<T>(check: () => T | Promise<T>, options: WaitOptions & { until?: (value: T) => unknown }): Promise<T> {
  const { what, timeoutMs = DEFAULT_WAIT_TIMEOUT_MS, until = isAnswer, changes, intervalMs = POLL_INTERVAL_MS, context } = options;
  const deadline = Date.now() + timeoutMs;
  // Listening across the whole wait: a change while `check` runs is not missed.
  let changed: boolean;
  let wake = () => {};
  const onChange = () => {
    changed = true;
    wake();
  };
  changes?.on('change', onChange);
  try {
    for (;;) {
      changed = false;
      const value = await check();
      if (until(value)) return value;
      const remainingMs = deadline - Date.now();
      if (remainingMs <= 0) {
        const last = value === undefined ? 'nothing' : JSON.stringify(value).slice(0, 1000);
        throw new Error(`waited ${timeoutMs} ms for ${what}; last saw ${last}${context ? `\n${context()}` : ''}`);
      }
      if (!changed)
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, changes ? remainingMs : Math.min(remainingMs, intervalMs));
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
    }
  } finally {
    changes?.off('change', onChange);
  }
}
