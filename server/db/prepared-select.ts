import type { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/** What an output column of the select holds: which entity's property (for its conversion). */
export type ColumnSources = Record<string, [entity: EntityTarget<ObjectLiteral>, propertyName: string]>;

interface Prepared {
  sql: string;
  /** The named parameters in the order the SQL's placeholders want them. */
  order: string[];
  columns: Array<[alias: string, column: ColumnMetadata]>;
}

/**
 * A select TypeORM builds once for the driver in use (quoting, placeholders), then runs with
 * new parameter values each time and converts each output column as TypeORM would (dates,
 * booleans): for the lookups every request makes, where building the query costs more than
 * running it. Parameters are scalars (no `IN (:...list)`).
 */
export class PreparedSelect {
  private prepared: Prepared | undefined;

  constructor(
    private readonly build: (manager: EntityManager) => SelectQueryBuilder<ObjectLiteral>,
    private readonly parameterNames: string[],
    private readonly sources: ColumnSources,
  ) {}

  async rows(manager: EntityManager, parameters: Record<string, unknown>): Promise<ObjectLiteral[]> {
    const { sql, order, columns } = (this.prepared ??= this.prepare(manager));
    const raw: ObjectLiteral[] = await manager.query(
      sql,
      order.map((name) => parameters[name]),
    );
    const { driver } = manager.connection;
    return raw.map((row) => Object.fromEntries(columns.map(([alias, column]) => [alias, driver.prepareHydratedValue(row[alias], column)])));
  }

  private prepare(manager: EntityManager): Prepared {
    // Each parameter gets a marker value, so its place among the driver's positional values shows.
    const markers = Object.fromEntries(this.parameterNames.map((name) => [name, `\u0000${name}`]));
    const [sql, values] = this.build(manager).setParameters(markers).getQueryAndParameters();
    const columns = Object.entries(this.sources).map(([alias, [entity, propertyName]]): [string, ColumnMetadata] => {
      const column = manager.connection.getMetadata(entity).findColumnWithPropertyName(propertyName);
      if (!column) throw new Error(`PreparedSelect: no column ${propertyName}`);
      return [alias, column];
    });
    return { sql, order: values.map((value) => String(value).slice(1)), columns };
  }
}
