import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Reads a row for a read-modify-write inside a transaction. PostgreSQL runs transactions side by
 * side, so the row is locked (SELECT … FOR UPDATE) until commit; on SQLite `Database.transaction`
 * already runs one write transaction at a time (and SQLite has no row locks).
 */
export function lockedRow<Entity extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<Entity>, where: Partial<Entity>): Promise<Entity | null> {
  const query = manager.createQueryBuilder(target, 'locked').where(where);
  if (manager.connection.options.type === 'postgres') query.setLock('pessimistic_write');
  return query.getOne();
}
