import { type EntityManager, In } from 'typeorm';
import type { Actor } from '../audit/actor.type';
import { User } from '../users/user.entity';
import { ApiKeyRecord } from './api-key.entity';

/** Audit's `ActorsById`: a person by their name, an API key by its own; one query for every actor a response names. */
export async function actorsById(manager: EntityManager, ids: readonly string[]): Promise<Array<Actor | null>> {
  const unique = [...new Set(ids)];
  const users = await manager.find(User, { where: { id: In(unique) }, select: { id: true, displayName: true } });
  const byId = new Map(users.map((user) => [user.id, { id: user.id, displayName: user.displayName }]));
  const keys = users.length < unique.length ? await manager.find(ApiKeyRecord, { where: { id: In(unique) }, select: { id: true, name: true } }) : [];
  for (const key of keys) byId.set(key.id, { id: key.id, displayName: `API key “${key.name}”` });
  return ids.map((id) => byId.get(id) ?? null);
}
