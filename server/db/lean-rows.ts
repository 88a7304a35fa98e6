import type { EntityMetadata, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

// Entities for hot lists whose rows go straight to GraphQL. The entity's own columns are
// selected under their property names and each value converted as TypeORM converts it (dates,
// booleans, JSON, transformers), skipping its entity transformer, which on a page of 50 costs
// more than running the query. No relations are loaded: resolvers batch those.

/** Selects the entity's columns, each under its property name (replacing any other selection). */
export function selectEntityColumns<TEntity extends ObjectLiteral>(query: SelectQueryBuilder<TEntity>): SelectQueryBuilder<TEntity> {
  const { metadata } = query.expressionMap.mainAlias!;
  query.select([]);
  for (const column of metadata.columns) query.addSelect(`${query.alias}.${column.propertyName}`, column.propertyName);
  return query;
}

/** Entities (with their class's getters) from rows selected by selectEntityColumns. */
export function hydrateLean<TEntity extends ObjectLiteral>(query: SelectQueryBuilder<TEntity>, rows: ObjectLiteral[]): TEntity[] {
  const metadata: EntityMetadata = query.expressionMap.mainAlias!.metadata;
  const driver = query.connection.driver;
  const prototype = (metadata.target as { prototype: object }).prototype;
  return rows.map((row) => {
    const entity = Object.create(prototype) as ObjectLiteral;
    for (const column of metadata.columns) entity[column.propertyName] = driver.prepareHydratedValue(row[column.propertyName], column);
    return entity as TEntity;
  });
}

/** Runs the query for lean entities; `raw` keeps each value as the database returned it. */
export async function leanEntities<TEntity extends ObjectLiteral>(query: SelectQueryBuilder<TEntity>): Promise<{ entities: TEntity[]; raw: ObjectLiteral[] }> {
  const raw: ObjectLiteral[] = await selectEntityColumns(query).getRawMany();
  return { entities: hydrateLean(query, raw), raw };
}
