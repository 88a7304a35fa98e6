import type Stripe from 'stripe';
import { WebhookRefusal } from './webhook-refusal';

// What webhook_events can hold: id, type and account are varchar(64), created a 32-bit integer.
const MAX_COLUMN_LENGTH = 64;
const MAX_UNIX_SECONDS = 2_147_483_647;

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isShortString = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_COLUMN_LENGTH;
const isUnixSeconds = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_UNIX_SECONDS;

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

/** What keeps `value` from being stored and applied as an event, or undefined when nothing does. */
function eventProblem(value: unknown): string | undefined {
  if (!isObject(value)) return `expected an object, got ${kindOf(value)}`;
  if (!isShortString(value.id)) return `"id" must be a string of 1 to ${MAX_COLUMN_LENGTH} characters`;
  if (!isShortString(value.type)) return `"type" must be a string of 1 to ${MAX_COLUMN_LENGTH} characters`;
  if (!isUnixSeconds(value.created)) return '"created" must be a number of unix seconds';
  if (value.account != null && !isShortString(value.account)) return '"account" must be an account id';
  // Every handler reads the object the event is about.
  if (!isObject(value.data) || !isObject(value.data.object)) return '"data.object" must be an object';
  return undefined;
}

/** A verified body as an event, or a refusal naming what is missing: never a half-stored row. */
export function asStripeEvent(value: unknown): Stripe.Event {
  const problem = eventProblem(value);
  if (problem) throw new WebhookRefusal(`The signed body is not a Stripe event: ${problem}.`);
  return value as Stripe.Event;
}
