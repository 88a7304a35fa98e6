/**
 * Reads that fail the test, saying what was missing, where a `!` would let a missing value
 * through as an `undefined` (and a confusing failure several lines later).
 */

/** `value`, or a failure naming `what` when it is null or undefined. */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`expected ${what}, got ${value}`);
  return value;
}

/** The element at `index`, or a failure naming `what` when the list is shorter. */
export function elementAt<T>(list: readonly T[], index: number, what = 'element'): T {
  if (index < 0 || index >= list.length)
    throw new Error(`expected ${what} at index ${index}, the list has ${list.length}: ${JSON.stringify(list).slice(0, 500)}`);
  return list[index] as T;
}

/** The first element, or a failure naming `what` when the list is empty. */
export const first = <T>(list: readonly T[], what = 'element'): T => elementAt(list, 0, what);

type Tuple<T, N extends number, Built extends T[] = []> = Built['length'] extends N ? Built : Tuple<T, N, [...Built, T]>;

/** The first `count` elements, to destructure, or a failure naming `what` when the list is shorter. */
export function leading<T, N extends number>(list: readonly T[], count: N, what = 'elements'): Tuple<T, N> {
  if (list.length < count) throw new Error(`expected ${count} ${what}, the list has ${list.length}: ${JSON.stringify(list).slice(0, 500)}`);
  return list.slice(0, count) as Tuple<T, N>;
}

/** The element that matches, or a failure naming `what` when none does. */
export function findIn<T>(list: readonly T[], matches: (element: T) => boolean, what: string): T {
  const found = list.find(matches);
  if (found === undefined) throw new Error(`expected ${what} among ${list.length}: ${JSON.stringify(list).slice(0, 500)}`);
  return found;
}

/** The capture group `group` of `pattern` in `text`, or a failure naming `what`. */
export function captured(pattern: RegExp, text: string, what: string, group = 1): string {
  const match = pattern.exec(text);
  const value = match?.[group];
  if (value === undefined) throw new Error(`expected ${what} (${pattern}) in: ${text.slice(0, 2000)}`);
  return value;
}
