import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { powerOfTwoChunks } from './sized-chunks';

// 128 rows of a dozen columns stay far below SQLite's and PostgreSQL's limits on parameters.
const LARGEST_CHUNK = 128;

const statements = new Map<string, string>();

function insertStatement(manager: EntityManager, target: EntityTarget<ObjectLiteral>, properties: string[], key: string, rowCount: number): string {
  const metadata = manager.connection.getMetadata(target);
  const cacheKey = [metadata.tablePath, properties.join(','), key, rowCount].join('|');
  const known = statements.get(cacheKey);
  if (known) return known;
  const { driver } = manager.connection;
  const columnName = (property: string) => driver.escape(metadata.findColumnWithPropertyName(property)!.databaseName);
  let index = 0;
  const rows = Array.from({ length: rowCount }, () => `(${properties.map(() => driver.createParameter('value', index++)).join(', ')})`);
  const sql = `INSERT INTO ${driver.escape(metadata.tablePath)} (${properties.map(columnName).join(', ')}) VALUES ${rows.join(', ')} ON CONFLICT (${columnName(key)}) DO NOTHING RETURNING ${columnName(key)} AS "key"`;
  statements.set(cacheKey, sql);
  return sql;
}

/**
 * Inserts the rows whose `key` (a unique column) is not held yet and returns the keys it
 * inserted: one statement per chunk, no read before, no TypeORM entity handling. Every row sets
 * the same properties; values are converted as TypeORM converts them (dates, booleans).
 */
export async function insertNewRows<TEntity extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<TEntity>,
  rows: Array<Partial<TEntity>>,
  key: keyof TEntity & string,
): Promise<Set<unknown>> {
  const [firstRow] = rows;
  if (firstRow === undefined) return new Set();
  const properties = Object.keys(firstRow);
  const metadata = manager.connection.getMetadata(target);
  const columns = properties.map((property) => ({ property, column: metadata.findColumnWithPropertyName(property)! }));
  const { driver } = manager.connection;
  const inserted = new Set<unknown>();
  for (const chunk of powerOfTwoChunks(rows, LARGEST_CHUNK)) {
    const values = chunk.flatMap((row) => columns.map(({ property, column }) => driver.preparePersistentValue(row[property], column)));
    const returned: Array<{ key: unknown }> = await manager.query(insertStatement(manager, target, properties, key, chunk.length), values);
    for (const { key: insertedKey } of returned) inserted.add(insertedKey);
  }
  return inserted;
}
