import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { notFound } from '../errors/errors';
import { type Connection, type CursorFields, paginate } from './connection';

/** The row with this id, or NOT_FOUND naming it as `what` (`Top-up <id> was not found.`). */
export async function byIdOrNotFound<Row extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<Row>,
  what: string,
  id: string,
): Promise<Row> {
  const row = await manager.findOneBy(entity, { id } as FindOptionsWhere<Row>);
  if (!row) throw notFound(what, id);
  return row;
}

/**
 * One page of `entity`'s rows, newest first, keeping those whose column equals each value given
 * in `equal` (`{ status: args.status }`); a value not given keeps every row.
 */
export function pageWhere<Row extends ObjectLiteral & CursorFields>(
  manager: EntityManager,
  entity: EntityTarget<Row>,
  alias: string,
  equal: Record<string, string | null | undefined>,
  page: { first?: number; after?: string },
): Promise<Connection<Row>> {
  const query = manager.createQueryBuilder(entity, alias);
  for (const [column, value] of Object.entries(equal)) {
    if (value) query.andWhere(`${alias}.${column} = :${column}`, { [column]: value });
  }
  return paginate(query, page.first, page.after);
}

/** Which rows a `StatusReads` answers, and how NOT_FOUND names one (`Top-up`). */
export interface ReadsOf<Row> {
  entity: EntityTarget<Row>;
  alias: string;
  what: string;
}

/**
 * The reads of a service whose rows carry a status: a page of them, newest first and of one
 * status when asked, and one by id. The service extends it and adds what it does to them.
 */
export class StatusReads<Row extends ObjectLiteral & CursorFields> {
  constructor(
    private readonly store: { readonly manager: EntityManager },
    private readonly rows: ReadsOf<Row>,
  ) {}

  list(filter: { status?: string | null; first?: number; after?: string }): Promise<Connection<Row>> {
    return pageWhere(this.store.manager, this.rows.entity, this.rows.alias, { status: filter.status }, filter);
  }

  byId(id: string): Promise<Row> {
    return byIdOrNotFound(this.store.manager, this.rows.entity, this.rows.what, id);
  }
}
