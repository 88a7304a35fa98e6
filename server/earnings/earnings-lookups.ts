import { type EntityManager, In } from 'typeorm';
import { Writer } from '../writers/writer.entity';
import { Earning } from './earning.entity';

/** Ids per query: SQLite caps the parameters of one statement. */
export const LOOKUP_CHUNK = 500;

/** Writers named by id, email or acct_ id → their id. */
export async function writerIdsByName(manager: EntityManager, names: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(names)];
  const found = new Map<string, string>();
  for (let start = 0; start < unique.length; start += LOOKUP_CHUNK) {
    const chunk = unique.slice(start, start + LOOKUP_CHUNK);
    const emails = chunk.map((name) => name.toLowerCase());
    const writers = await manager.find(Writer, {
      where: [{ id: In(chunk) }, { email: In(emails) }, { stripeAccountId: In(chunk) }],
      select: { id: true, email: true, stripeAccountId: true },
    });
    const byName = new Map<string, string>();
    for (const writer of writers) {
      for (const name of [writer.id, writer.email, writer.stripeAccountId]) if (name) byName.set(name, writer.id);
    }
    for (const name of chunk) {
      const writerId = byName.get(name) ?? byName.get(name.toLowerCase());
      if (writerId) found.set(name, writerId);
    }
  }
  return found;
}

/** The earnings already recorded under these references, by reference. */
export async function earningsByReference(manager: EntityManager, references: string[]): Promise<Map<string, Earning>> {
  const found = new Map<string, Earning>();
  for (let start = 0; start < references.length; start += LOOKUP_CHUNK) {
    const earnings = await manager.findBy(Earning, { reference: In(references.slice(start, start + LOOKUP_CHUNK)) });
    for (const earning of earnings) found.set(earning.reference, earning);
  }
  return found;
}
