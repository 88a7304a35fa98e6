import type { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { hydrateLean, selectEntityColumns } from './lean-rows';

interface Prepared<TEntity extends ObjectLiteral> {
  query: SelectQueryBuilder<TEntity>;
  sql: string;
  /** The looked-up properties in the order the SQL's placeholders want them. */
  order: string[];
}

/**
 * Whole rows of one entity whose columns equal the values given, as a select built once for the
 * driver in use (see PreparedSelect) and hydrated lean (see lean-rows): for lookups each webhook
 * or request makes, where TypeORM's find would build the query and transform its rows every
 * time. The looked-up columns hold strings or numbers (no conversion on the way in).
 */
export class PreparedLookup<TEntity extends ObjectLiteral> {
  private prepared: Prepared<TEntity> | undefined;

  constructor(
    private readonly target: EntityTarget<TEntity>,
    private readonly properties: Array<keyof TEntity & string>,
  ) {}

  async find(manager: EntityManager, values: Partial<TEntity>): Promise<TEntity[]> {
    const { query, sql, order } = (this.prepared ??= this.prepare(manager));
    const raw: ObjectLiteral[] = await manager.query(
      sql,
      order.map((property) => values[property]),
    );
    return hydrateLean(query, raw);
  }

  async findOne(manager: EntityManager, values: Partial<TEntity>): Promise<TEntity | null> {
    return (await this.find(manager, values))[0] ?? null;
  }

  private prepare(manager: EntityManager): Prepared<TEntity> {
    const query = selectEntityColumns(manager.createQueryBuilder(this.target, 'row'));
    // Each value is a marker, so its place among the driver's positional parameters shows.
    for (const property of this.properties) query.andWhere(`row.${property} = :${property}`, { [property]: `\u0000${property}` });
    const [sql, markers] = query.getQueryAndParameters();
    return { query, sql, order: markers.map((marker) => String(marker).slice(1)) };
  }
}
