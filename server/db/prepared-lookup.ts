import type { Database as SqliteConnection, Statement } from 'better-sqlite3';
import type { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { sqliteConnectionOf } from './database';
import { hydrateLean, selectEntityColumns } from './lean-rows';

/** The select as a statement answering arrays (no object with named keys per row), and the column each place holds. */
interface SqliteSelect {
  statement: Statement;
  columns: ColumnMetadata[];
}

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
 * time. The looked-up columns hold strings or numbers (no conversion on the way in). On SQLite
 * the select is a better-sqlite3 statement run on the connection (in whatever transaction it is
 * in, as TypeORM's would be), without the query runner's work around each query.
 */
export class PreparedLookup<TEntity extends ObjectLiteral> {
  private prepared: Prepared<TEntity> | undefined;
  private readonly statements = new WeakMap<SqliteConnection, SqliteSelect>();

  constructor(
    private readonly target: EntityTarget<TEntity>,
    private readonly properties: Array<keyof TEntity & string>,
  ) {}

  async find(manager: EntityManager, values: Partial<TEntity>): Promise<TEntity[]> {
    const { query, sql, order } = (this.prepared ??= this.prepare(manager));
    const parameters = order.map((property) => values[property]);
    const sqlite = sqliteConnectionOf(manager.connection);
    if (!sqlite) return hydrateLean(query, await manager.query(sql, parameters));
    let select = this.statements.get(sqlite);
    if (!select) this.statements.set(sqlite, (select = sqliteSelect(sqlite, query, sql)));
    // Counted as TypeORM counts each query it runs (metrics).
    manager.connection.logger.logQuery(sql);
    const { statement, columns } = select;
    const { driver } = manager.connection;
    const prototype = (query.expressionMap.mainAlias!.metadata.target as { prototype: object }).prototype;
    return (statement.all(parameters) as unknown[][]).map((row) => {
      const entity = Object.create(prototype) as ObjectLiteral;
      columns.forEach((column, index) => (entity[column.propertyName] = driver.prepareHydratedValue(row[index], column)));
      return entity as TEntity;
    });
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

function sqliteSelect(sqlite: SqliteConnection, query: SelectQueryBuilder<ObjectLiteral>, sql: string): SqliteSelect {
  const statement = sqlite.prepare(sql).raw(true);
  const { metadata } = query.expressionMap.mainAlias!;
  // Each output column is named after the property it holds (see selectEntityColumns).
  const columns = statement.columns().map(({ name }) => metadata.findColumnWithPropertyName(name)!);
  return { statement, columns };
}
