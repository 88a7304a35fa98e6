import { Field, ID, ObjectType } from 'type-graphql';
import { type EntityManager, In } from 'typeorm';
import { User } from '../users/user.entity';

@ObjectType({ description: 'The admin behind a money action.' })
export class Actor {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;
}

/** Batch function for a DataLoader: one query for every actor a response names. */
export async function actorsById(manager: EntityManager, ids: readonly string[]): Promise<Array<Actor | null>> {
  const users = await manager.find(User, { where: { id: In([...new Set(ids)]) }, select: { id: true, displayName: true } });
  const byId = new Map(users.map((user) => [user.id, { id: user.id, displayName: user.displayName }]));
  return ids.map((id) => byId.get(id) ?? null);
}
