import { mergeMetadata, type MetadataUpdate } from '../http/params';
import { emitEvent, eventAccountOf } from '../kernel/event.service';
import type { SandboxContext } from '../kernel/sandbox.context';

/** Updates the fields given, with one `<type>.updated` event naming what they were. */
export function updateFields<T extends { object: string; metadata: Record<string, string> }>(
  context: SandboxContext,
  ownerId: string,
  object: T,
  input: Partial<Record<keyof T, unknown>> & { metadata?: MetadataUpdate | null },
): T {
  const previous: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    const field = key as keyof T;
    const next = key === 'metadata' ? mergeMetadata(object.metadata, value as MetadataUpdate | null) : value;
    if (JSON.stringify(next) === JSON.stringify(object[field])) continue;
    previous[key] = object[field];
    (object as Record<string, unknown>)[key] = next;
  }
  if (Object.keys(previous).length === 0) return object;
  if ('updated' in object) (object as { updated: number }).updated = context.clock.nowSeconds();
  emitEvent(context, { type: `${object.object}.updated`, object, account: eventAccountOf(context, ownerId), previousAttributes: previous });
  return object;
}
