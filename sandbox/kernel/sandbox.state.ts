import { Collection } from '../state/collection';
import { KeyedMap } from '../state/keyed-map';
import type { StateJournal } from '../state/state-journal';
import { entriesOf, pairsOf, type SerializedState } from '../state/state-rows';

/** For one expandable field: the type it expands to (if fixed) and how to find the object. */
export interface ExpandableField {
  expandsTo?: string;
  find(state: SandboxState, id: string): object | undefined;
}
export type ExpandableFields = Record<string, Record<string, ExpandableField>>;

/** An `expand[]` field as a store declares it: the object type whose store holds what the id names, or how to find it. */
export type ExpandableSpec = string | ExpandableField;

/**
 * A kind of Stripe object, kept in a `Collection`. Declared once, in its resource's
 * `*.stores.ts`, and listed in the registry (`sandbox.stores.ts`): the state, persistence, reset,
 * `expand[]`, balance transaction sources and the state summary all read it from there.
 */
export interface CollectionStore<T extends { id: string }> {
  readonly shape: 'collection';
  /** The name its rows are stored under (the key of an older JSON state file too). */
  readonly name: string;
  /** What its objects' ids start with: `tr` for `tr_…`. */
  readonly idPrefix: string;
  /** Stripe's `object` value of what it holds (none for the sandbox's own records); `expand[]` names stores by it. */
  readonly objectType?: string;
  /** The `expand[]` fields of its objects. */
  readonly expandable?: Readonly<Record<string, ExpandableSpec>>;
  /** `expand[]` fields of objects answered from its objects without a store of their own (an account's capabilities), by type. */
  readonly nestedExpandable?: Readonly<Record<string, Readonly<Record<string, ExpandableSpec>>>>;
  /** Finds what a balance transaction's `source` names when it is one of its objects (in `collection`) or an object read off them. */
  findSource?(state: SandboxState, id: string, collection: Collection<T>): object | undefined;
  /** What it adds to the counts of `GET /_sandbox/state`. */
  counts?(collection: Collection<T>): Record<string, number>;
}

/** A side record the sandbox keeps beside the Stripe objects (or a record of its own), in a `KeyedMap`. */
export interface KeyedMapStore<V extends object> {
  readonly shape: 'keyed-map';
  readonly name: string;
  /** Which values are stored; the others live in memory only (all are stored by default). */
  keeps?(value: V): boolean;
  counts?(map: KeyedMap<V>): Record<string, number>;
}

/** Any store of the registry (which holds stores of every object type). */
export type SandboxStore = CollectionStore<any> | KeyedMapStore<any>;

export function collectionStore<T extends { id: string }>(declaration: Omit<CollectionStore<T>, 'shape'>): CollectionStore<T> {
  return { shape: 'collection', ...declaration };
}

export function keyedMapStore<V extends object>(declaration: Omit<KeyedMapStore<V>, 'shape'>): KeyedMapStore<V> {
  return { shape: 'keyed-map', ...declaration };
}

/**
 * Everything the sandbox knows, as plain data: one collection or keyed map per store of the
 * registry, each noting what it hands out. A service reaches a store through its declaration:
 * `context.state.of(TRANSFERS).get(id)`.
 */
export class SandboxState {
  private readonly held = new Map<string, Collection<{ id: string }> | KeyedMap<object>>();

  /** `saved`: what a state file holds (a store it lacks starts empty); none for an empty state. */
  constructor(
    readonly platformAccountId: string,
    readonly stores: readonly SandboxStore[],
    journal: StateJournal,
    saved?: SerializedState,
  ) {
    for (const store of stores) {
      if (this.held.has(store.name)) throw new Error(`sandbox: two stores are named ${store.name}`);
      const held =
        store.shape === 'collection'
          ? new Collection(store.name, journal, entriesOf<{ id: string }>(saved, store.name))
          : new KeyedMap(store.name, journal, pairsOf<object>(saved, store.name), (value) => store.keeps?.(value) ?? true);
      this.held.set(store.name, held);
    }
  }

  of<T extends { id: string }>(store: CollectionStore<T>): Collection<T>;
  of<V extends object>(store: KeyedMapStore<V>): KeyedMap<V>;
  of(store: SandboxStore): Collection<{ id: string }> | KeyedMap<object> {
    const held = this.held.get(store.name);
    if (!held) throw new Error(`sandbox: the store ${store.name} is not in the registry (sandbox.stores.ts)`);
    return held;
  }
}
