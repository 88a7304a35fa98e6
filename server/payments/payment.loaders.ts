import DataLoader from 'dataloader';
import { type EntityManager, In } from 'typeorm';
import type { Database } from '../db/database';
import { Writer } from '../writers/writer.entity';
import { Dispute } from './dispute.entity';
import { PaymentRefund } from './payment-refund.entity';

export interface PaymentContextLoaders {
  writer: DataLoader<string, Writer | null>;
  refunds: DataLoader<string, PaymentRefund[]>;
  disputes: DataLoader<string, Dispute[]>;
}

/** One set per GraphQL context: a page of payments costs a constant number of queries. Batch, never cache. */
export class PaymentLoaders {
  private readonly byContext = new WeakMap<object, PaymentContextLoaders>();

  constructor(private readonly database: Database) {}

  for(context: object): PaymentContextLoaders {
    let loaders = this.byContext.get(context);
    if (!loaders) {
      const manager = this.database.manager;
      loaders = {
        writer: new DataLoader(async (ids) => byKey(await manager.findBy(Writer, { id: In([...ids]) }), ids, (writer) => writer.id), { cache: false }),
        refunds: new DataLoader((ids) => grouped(manager, PaymentRefund, ids), { cache: false }),
        disputes: new DataLoader((ids) => grouped(manager, Dispute, ids), { cache: false }),
      };
      this.byContext.set(context, loaders);
    }
    return loaders;
  }
}

function byKey<T>(rows: T[], keys: readonly string[], keyOf: (row: T) => string): Array<T | null> {
  const byId = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byId.get(key) ?? null);
}

/** Each payment's rows, oldest first. */
async function grouped<T extends PaymentRefund | Dispute>(manager: EntityManager, target: new () => T, paymentIds: readonly string[]): Promise<T[][]> {
  const rows = (await manager.find(target, {
    where: { paymentId: In([...new Set(paymentIds)]) } as never,
    order: { createdAt: 'ASC', id: 'ASC' } as never,
  })) as T[];
  return paymentIds.map((paymentId) => rows.filter((row) => row.paymentId === paymentId));
}
