import type { StripeEvent } from './event.model';
import { EVENTS } from './event.stores';
import { newId } from './ids';
import type { SandboxContext } from './sandbox.context';

interface EventInput {
  type: string;
  object: { id?: string; object: string };
  /** The connected account the event happened on; absent for the platform's own events. */
  account?: string;
  previousAttributes?: Record<string, unknown>;
  /**
   * Whose event list holds it: by default the account it happened on. Events sent to the
   * application itself (a disconnection) are the platform's, though they name the account.
   */
  listedFor?: string;
}

/** Records an event (visible to the account it happened on) and hands it to webhook delivery. */
export function emitEvent(context: SandboxContext, input: EventInput): StripeEvent {
  const event: StripeEvent = {
    id: newId(EVENTS.idPrefix),
    object: 'event',
    ...(input.account ? { account: input.account } : {}),
    api_version: context.settings.apiVersion,
    created: context.clock.nowSeconds(),
    // A snapshot: later changes to the object must not rewrite what the event said.
    data: {
      object: structuredClone(input.object),
      ...(input.previousAttributes ? { previous_attributes: structuredClone(input.previousAttributes) } : {}),
    },
    livemode: false,
    pending_webhooks: 0,
    request: { id: context.origin.requestId, idempotency_key: context.origin.idempotencyKey },
    type: input.type,
  };
  context.state.of(EVENTS).insert(input.listedFor ?? input.account ?? context.state.platformAccountId, event);
  context.publishEvent(event);
  return event;
}

/** The `account` an event about an object of `ownerId` carries: none for the platform's own. */
export function eventAccountOf(context: SandboxContext, ownerId: string): string | undefined {
  return ownerId === context.state.platformAccountId ? undefined : ownerId;
}

/**
 * What changed from `before` to `after`, as Stripe's `previous_attributes`: only the fields that
 * differ, with their old values; inside a hash (metadata, requirements, settings) only the keys
 * that differ, nested the same way; a key that did not exist before is `null`; lists and
 * arrays are given whole, as they were.
 */
export function previousAttributes<T extends object>(before: T, after: T): Record<string, unknown> | undefined {
  const changed = changedKeys(before as Record<string, unknown>, after as Record<string, unknown>);
  return Object.keys(changed).length > 0 ? changed : undefined;
}

function changedKeys(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (isEqual(before[key], after[key])) continue;
    changed[key] = isHash(before[key]) && isHash(after[key]) ? changedKeys(before[key], after[key]) : (before[key] ?? null);
  }
  return changed;
}

function isHash(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && (value as { object?: unknown }).object !== 'list';
}

function isEqual(left: unknown, right: unknown): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}
