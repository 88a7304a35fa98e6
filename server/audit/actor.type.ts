import { Field, ID, ObjectType } from 'type-graphql';
import { type EntityManager, In } from 'typeorm';
import { ApiKeyRecord } from '../auth/api-key.entity';
import { User } from '../users/user.entity';

@ObjectType({ description: 'The person (or API key of the platform’s backend) behind an action.' })
export class Actor {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;
}

/** Batch function for a DataLoader: one query for every actor a response names. */
export async function actorsById(manager: EntityManager, ids: readonly string[]): Promise<Array<Actor | null>> {
  const unique = [...new Set(ids)];
  const users = await manager.find(User, { where: { id: In(unique) }, select: { id: true, displayName: true } });
  const byId = new Map(users.map((user) => [user.id, { id: user.id, displayName: user.displayName }]));
  const keys = users.length < unique.length ? await manager.find(ApiKeyRecord, { where: { id: In(unique) }, select: { id: true, name: true } }) : [];
  for (const key of keys) byId.set(key.id, { id: key.id, displayName: `API key “${key.name}”` });
  return ids.map((id) => byId.get(id) ?? null);
}
