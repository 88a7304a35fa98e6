import { invalidParam } from '../kernel/errors';
import type { StripeList } from '../kernel/stripe-object.types';
import type { RangeFilter } from './params';

export interface ListOptions {
  limit?: number | null;
  starting_after?: string | null;
  ending_before?: string | null;
  created?: RangeFilter | null;
}

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 100;

/**
 * Stripe's cursor pagination over `items` (newest first): `starting_after` pages towards
 * older objects, `ending_before` towards newer ones.
 */
export function paginate<T extends { id: string; created?: number }>(items: T[], options: ListOptions, url: string, kind: string): StripeList<T> {
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (limit < 1 || limit > MAX_LIMIT) {
    throw invalidParam(`Invalid limit: must be between 1 and ${MAX_LIMIT}`, 'limit', 'parameter_invalid_integer');
  }
  if (options.starting_after && options.ending_before) {
    throw invalidParam('You may only specify one of these parameters: ending_before, starting_after.', 'ending_before', 'parameters_exclusive');
  }
  const filtered = options.created ? items.filter((item) => inRange(item.created ?? 0, options.created!)) : items;
  if (options.ending_before) {
    const newer = filtered.slice(0, cursorIndex(filtered, options.ending_before, 'ending_before', kind));
    return { object: 'list', url, has_more: newer.length > limit, data: newer.slice(-limit) };
  }
  const start = options.starting_after ? cursorIndex(filtered, options.starting_after, 'starting_after', kind) + 1 : 0;
  const older = filtered.slice(start);
  return { object: 'list', url, has_more: older.length > limit, data: older.slice(0, limit) };
}

function cursorIndex(items: { id: string }[], id: string, param: string, kind: string): number {
  const index = items.findIndex((item) => item.id === id);
  if (index < 0) throw invalidParam(`No such ${kind}: '${id}'`, param, 'resource_missing');
  return index;
}

export function inRange(value: number, range: RangeFilter): boolean {
  if (range.gt !== undefined && !(value > range.gt)) return false;
  if (range.gte !== undefined && !(value >= range.gte)) return false;
  if (range.lt !== undefined && !(value < range.lt)) return false;
  if (range.lte !== undefined && !(value <= range.lte)) return false;
  return true;
}
