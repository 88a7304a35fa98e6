import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import type { Database } from '../db/database';
import { hydrateLean, leanEntities, selectEntityColumns } from '../db/lean-rows';
import { type Connection, connectionOf, decodeCursor, encodeCursor, pageSize } from '../graphql/connection';
import { Writer } from '../writers/writer.entity';
import { TransferReversal } from './transfer-reversal.entity';
import { Transfer } from './transfer.entity';
import type { WriterTransfersArgs } from './transfer.types';

export interface WriterTransfersKey extends WriterTransfersArgs {
  writerId: string;
}

export interface ContextLoaders {
  writer: DataLoader<string, Writer | null>;
  reversals: DataLoader<string, TransferReversal[]>;
  writerTransfers: DataLoader<WriterTransfersKey, Connection<Transfer>>;
}

/**
 * One set of loaders per GraphQL context, so a page of transfers (or of writers with their
 * transfers) costs a constant number of queries. They batch but never cache: a WebSocket
 * connection keeps one context for every event it receives.
 */
export class MoneyLoaders {
  private readonly byContext = new WeakMap<object, ContextLoaders>();

  constructor(private readonly database: Database) {}

  for(context: object): ContextLoaders {
    let loaders = this.byContext.get(context);
    if (!loaders) {
      const manager = this.database.manager;
      loaders = {
        writer: new DataLoader((ids) => writersById(manager, ids), { cache: false }),
        reversals: new DataLoader((ids) => reversalsByTransfer(manager, ids), { cache: false }),
        writerTransfers: new DataLoader((keys) => writerTransferPages(manager, keys), { cache: false }),
      };
      this.byContext.set(context, loaders);
    }
    return loaders;
  }
}

async function writersById(manager: EntityManager, ids: readonly string[]): Promise<Array<Writer | null>> {
  const { entities: writers } = await leanEntities(manager.createQueryBuilder(Writer, 'writer').where('writer.id IN (:...ids)', { ids: [...new Set(ids)] }));
  const byId = new Map(writers.map((writer) => [writer.id, writer]));
  return ids.map((id) => byId.get(id) ?? null);
}

async function reversalsByTransfer(manager: EntityManager, transferIds: readonly string[]): Promise<TransferReversal[][]> {
  const query = manager
    .createQueryBuilder(TransferReversal, 'reversal')
    .where('reversal.transferId IN (:...transferIds)', { transferIds: [...new Set(transferIds)] });
  const { entities: reversals } = await leanEntities(query.orderBy('reversal.createdAt', 'ASC').addOrderBy('reversal.id', 'ASC'));
  const byTransfer = new Map<string, TransferReversal[]>();
  for (const reversal of reversals) byTransfer.set(reversal.transferId, [...(byTransfer.get(reversal.transferId) ?? []), reversal]);
  return transferIds.map((transferId) => byTransfer.get(transferId) ?? []);
}

/** Pages for many writers at once: keys that share page arguments share three queries. */
async function writerTransferPages(manager: EntityManager, keys: readonly WriterTransfersKey[]): Promise<Array<Connection<Transfer>>> {
  const groups = new Map<string, WriterTransfersKey[]>();
  for (const key of keys) {
    const groupKey = JSON.stringify([key.first ?? null, key.after ?? null, key.status ?? null]);
    groups.set(groupKey, [...(groups.get(groupKey) ?? []), key]);
  }
  const pages = new Map<WriterTransfersKey, Connection<Transfer>>();
  for (const group of groups.values()) {
    const writerIds = [...new Set(group.map((key) => key.writerId))];
    // Every group holds at least the key that opened it.
    const byWriter = await pagesFor(manager, writerIds, group[0]!);
    for (const key of group) pages.set(key, byWriter.get(key.writerId)!);
  }
  return keys.map((key) => pages.get(key)!);
}

async function pagesFor(manager: EntityManager, writerIds: string[], args: WriterTransfersArgs): Promise<Map<string, Connection<Transfer>>> {
  const size = pageSize(args.first);
  const escape = (name: string) => manager.connection.driver.escape(name);
  const column = (name: string) => `${escape('transfer')}.${escape(name)}`;
  const filtered = () => {
    const query = manager.createQueryBuilder(Transfer, 'transfer').where('transfer.writerId IN (:...writerIds)', { writerIds });
    if (args.status) query.andWhere('transfer.status = :status', { status: args.status });
    return query;
  };
  const counts: Array<{ writerId: string; count: string | number }> = await filtered()
    .select('transfer.writerId', 'writerId')
    .addSelect('COUNT(*)', 'count')
    .groupBy('transfer.writerId')
    .getRawMany();
  // One query for every writer's page: each transfer ranked within its writer, all columns.
  const ranked = selectEntityColumns(filtered()).addSelect(
    `ROW_NUMBER() OVER (PARTITION BY ${column('writerId')} ORDER BY ${column('createdAt')} DESC, ${column('id')} DESC)`,
    'position',
  );
  if (args.after) {
    const cursor = decodeCursor(args.after);
    ranked.andWhere('(transfer.createdAt < :cursorCreatedAt OR (transfer.createdAt = :cursorCreatedAt AND transfer.id < :cursorId))', {
      cursorCreatedAt: cursor.createdAt,
      cursorId: cursor.id,
    });
  }
  const [sql, parameters] = ranked.getQueryAndParameters();
  const rows: RankedRow[] = await manager.query(`SELECT * FROM (${sql}) ${escape('ranked')} WHERE ${escape('position')} <= ${size + 1}`, parameters);
  const transfers = hydrateLean(ranked, rows);
  const byId = new Map(transfers.map((transfer) => [transfer.id, transfer]));
  const countByWriter = new Map(counts.map((row) => [row.writerId, Number(row.count)]));
  return new Map(
    writerIds.map((writerId) => {
      const own = rows.filter((row) => row.writerId === writerId).sort((a, b) => Number(a.position) - Number(b.position));
      return [writerId, pageOf(own, byId, size, args.after, countByWriter.get(writerId) ?? 0)];
    }),
  );
}

interface RankedRow {
  id: string;
  writerId: string;
  /** As the database stores it: cursors carry it unchanged. */
  createdAt: unknown;
  position: string | number;
}

function pageOf(rows: RankedRow[], byId: Map<string, Transfer>, size: number, after: string | undefined, totalCount: number): Connection<Transfer> {
  const page = rows.slice(0, size);
  const edges = page.map((row) => ({ cursor: encodeCursor(row.createdAt, row.id), node: byId.get(row.id)! }));
  return connectionOf(edges, totalCount, rows.length > size, after);
}
