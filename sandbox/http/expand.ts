import { invalidParam } from '../kernel/errors';
import type { SandboxContext } from '../kernel/sandbox.context';
import type { CollectionStore, ExpandableField, ExpandableFields, ExpandableSpec, SandboxStore } from '../kernel/sandbox.state';

/**
 * The `expand[]` fields of every object type, from what the stores declare: a field naming an
 * object type finds the id in that type's store.
 */
export function expandableFieldsOf(stores: readonly SandboxStore[]): ExpandableFields {
  const collections = stores.filter((store): store is CollectionStore<{ id: string }> => store.shape === 'collection');
  const byType = new Map(collections.flatMap((store) => (store.objectType ? [[store.objectType, store] as const] : [])));
  const resolve = (specs: Readonly<Record<string, ExpandableSpec>>): Record<string, ExpandableField> =>
    Object.fromEntries(Object.entries(specs).map(([field, spec]) => [field, typeof spec === 'string' ? foundIn(byType.get(spec), spec) : spec]));
  const fields: ExpandableFields = {};
  for (const store of collections) {
    if (store.objectType && store.expandable) fields[store.objectType] = resolve(store.expandable);
    for (const [type, specs] of Object.entries(store.nestedExpandable ?? {})) fields[type] = resolve(specs);
  }
  return fields;
}

function foundIn(store: CollectionStore<{ id: string }> | undefined, type: string): ExpandableField {
  if (!store) throw new Error(`sandbox: no store holds ${type} objects to expand`);
  return { expandsTo: type, find: (state, id) => state.of(store).get(id) };
}

/** Stripe expands at most four levels (`data.transfer.destination` is three). */
const MAX_EXPAND_DEPTH = 4;

/**
 * Checks `expand[]` paths against the answer's type before the handler runs, so a bad path
 * refuses the request instead of failing after the work is done.
 */
export function checkExpandPaths(registry: ExpandableFields, returns: string | undefined, paths: string[]): void {
  paths.forEach((path, index) => {
    if (path.split('.').length > MAX_EXPAND_DEPTH) {
      throw invalidParam(`You cannot expand more than ${MAX_EXPAND_DEPTH} levels of a property.`, `expand[${index}]`);
    }
    let type = returns;
    for (const field of path.split('.')) {
      if (type?.startsWith('list:') && field === 'data') {
        type = type.slice('list:'.length);
        continue;
      }
      const expandable = type ? registry[type]?.[field] : undefined;
      if (!expandable) throw invalidParam(`This property cannot be expanded (${field}).`, `expand[${index}]`);
      type = expandable.expandsTo;
      if (!type) break;
    }
  });
}

/** Replaces ids by the objects they name along each path; copies, never touches stored objects. */
export function expandObject(context: SandboxContext, registry: ExpandableFields, body: object, paths: string[]): object {
  return paths.reduce<object>((current, path) => expandPath(context, registry, current, path.split('.')) as object, body);
}

function expandPath(context: SandboxContext, registry: ExpandableFields, value: unknown, fields: string[]): unknown {
  const [field, ...rest] = fields;
  if (field === undefined || typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  if (record.object === 'list' && field === 'data' && Array.isArray(record.data)) {
    return { ...record, data: record.data.map((item) => expandPath(context, registry, item, rest)) };
  }
  let fieldValue = record[field];
  if (typeof fieldValue === 'string') {
    const expandable = registry[String(record.object)]?.[field];
    fieldValue = expandable?.find(context.state, fieldValue) ?? fieldValue;
  }
  return { ...record, [field]: expandPath(context, registry, fieldValue, rest) };
}
