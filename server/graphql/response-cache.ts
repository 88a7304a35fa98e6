import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { Viewer } from '../identity/viewer';
import type { WriteClock } from '../db/write-clock';
import type { GatewayContext } from './context';

// Root fields whose answers come from this gateway's database alone: no Stripe call, no clock.
// platformBalance asks Stripe and moneyActivity counts days up to today; viewer and the team
// are cheap and stay out.
const CACHEABLE_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'writers',
  'writer',
  'writerStatusCounts',
  'transfers',
  'transfer',
  'topUps',
  'auditTrail',
  '__typename',
]);
const MAX_BYTES = 16 * 1024 * 1024;
const MAX_ENTRY_BYTES = 512 * 1024;
const MAX_KEY_LENGTH = 16 * 1024;

/** An HTTP answer as Apollo gave it: served again byte for byte. */
export interface CachedAnswer {
  status: number;
  headers: Array<[string, string]>;
  body: string;
}

/** A kept answer ready to write: its bytes and its headers (with their length) as one flat list. */
export interface KeptAnswer {
  status: number;
  flatHeaders: string[];
  body: Buffer;
}

interface Entry extends KeptAnswer {
  writeCount: number;
}

function kept({ status, headers, body }: CachedAnswer): KeptAnswer {
  const bytes = Buffer.from(body, 'utf8');
  const flatHeaders = headers.filter(([name]) => name.toLowerCase() !== 'content-length').flat();
  return { status, flatHeaders: [...flatHeaders, 'content-length', String(bytes.length)], body: bytes };
}

/** Everything a viewer's rights are made of, as this request read them from the rows. */
const rightsOf = (viewer: Viewer) => [viewer.userId, viewer.role, viewer.twoFactorVerified, viewer.writerId, viewer.apiKeyScopes?.join(',') ?? ''].join('|');

const isCacheableOperation = (operation: OperationDefinitionNode) =>
  operation.operation === 'query' &&
  operation.selectionSet.selections.every((selection) => selection.kind === Kind.FIELD && CACHEABLE_ROOT_FIELDS.has(selection.name.value));

/**
 * Answers a repeated read from memory while the database has not changed. The gateway sends
 * every write itself (SQLite, one instance), so the write clock moving (any statement but a read,
 * from any request, webhook or job) makes every entry stale at once; an answer is kept only when
 * no write ran from before its session lookup until it was complete. Rights are still read on
 * every request: the key holds the viewer's rights as this request's session lookup found them,
 * so a role change or a removal counts at once. Only answers Apollo gave without an error are
 * kept, after its limits, validation and access checks ran for exactly this request.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(private readonly writeClock: WriteClock) {}

  get writeCount(): number {
    return this.writeClock.now;
  }

  /** The key of a request: the viewer's rights and everything Apollo's answer depends on. */
  keyOf(viewer: Viewer | null, request: { body: unknown; contentType?: string; accept?: string }): string | undefined {
    if (!viewer || typeof request.body !== 'object' || request.body === null) return undefined;
    const key = [rightsOf(viewer), request.contentType ?? '', request.accept ?? '', JSON.stringify(request.body)].join('\n');
    return key.length <= MAX_KEY_LENGTH ? key : undefined;
  }

  lookup(key: string): KeptAnswer | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.writeCount !== this.writeClock.now) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** Keeps the answer when Apollo marked it cacheable and nothing was written since `writeCountAtStart`. */
  store(key: string, writeCountAtStart: number, context: GatewayContext, answer: CachedAnswer): void {
    if (!context.cacheTicket?.cacheable || this.writeClock.now !== writeCountAtStart || answer.status !== 200 || answer.body.length > MAX_ENTRY_BYTES) return;
    this.forget(key);
    const entry = { ...kept(answer), writeCount: writeCountAtStart };
    this.entries.set(key, entry);
    this.bytes += entry.body.length + key.length;
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= MAX_BYTES) break;
      this.forget(oldest);
    }
  }

  /** Marks a request's answer cacheable: a query of cacheable fields that Apollo answered without an error. */
  plugin(): ApolloServerPlugin<GatewayContext> {
    return {
      requestDidStart: async () => ({
        willSendResponse: async ({ operation, response, contextValue }) => {
          if (!operation || !isCacheableOperation(operation) || response.body.kind !== 'single') return;
          if (response.body.singleResult.errors || !response.body.singleResult.data) return;
          // A field that read Stripe (a writer's balance) makes the answer one-off.
          if (contextValue.cacheTicket) contextValue.cacheTicket.cacheable = !contextValue.cacheTicket.readsStripe;
        },
      }),
    };
  }

  private forget(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.body.length + key.length;
  }
}
